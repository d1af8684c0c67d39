package cn.nanhu.talent.identity;

import cn.nanhu.talent.common.RateLimits;
import cn.nanhu.talent.identity.IdentityDtos.RefreshRequest;
import cn.nanhu.talent.identity.IdentityDtos.StaffLoginRequest;
import cn.nanhu.talent.identity.IdentityDtos.TokenResponse;
import cn.nanhu.talent.identity.IdentityDtos.WechatLoginRequest;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Sign-in, token refresh and sign-out. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class AuthResource {

    private final AuthService auth;
    private final CurrentAccount caller;
    private final RateLimits limits;

    public AuthResource(AuthService auth, CurrentAccount caller, RateLimits limits) {
        this.auth = auth;
        this.caller = caller;
        this.limits = limits;
    }

    @POST
    @Path("/wechat-login")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Sign in with the code of wx.login(); creates the user on first sign-in")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "429", description = "too many sign-ins from this address; see Retry-After")
    @APIResponse(responseCode = "401", description = "the login code is invalid or was already used")
    public TokenResponse wechatLogin(@Valid @NotNull(message = "请求体不能为空 / body is required") WechatLoginRequest body,
            @Context HttpServerRequest request) {
        ClientInfo client = client(request);
        limits.login(client.ip());
        return auth.wechatLogin(body.code().strip(), client);
    }

    @POST
    @Path("/staff-login")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Staff sign-in with username and password")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "429", description = "too many sign-ins from this address, or the account is locked; see Retry-After")
    @APIResponse(responseCode = "401", description = "wrong username or password, or the account is not active")
    public TokenResponse staffLogin(@Valid @NotNull(message = "请求体不能为空 / body is required") StaffLoginRequest body,
            @Context HttpServerRequest request) {
        ClientInfo client = client(request);
        limits.login(client.ip());
        return auth.staffLogin(body.username(), body.password(), client);
    }

    @POST
    @Path("/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Exchange a refresh token for a new pair; the old refresh token stops working")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "the refresh token is invalid, expired or was already used (which signs that session out)")
    public TokenResponse refresh(@Valid @NotNull(message = "请求体不能为空 / body is required") RefreshRequest body,
            @Context HttpServerRequest request) {
        // not limited by address: a refresh token cannot be guessed, and many users may share one address
        return auth.refresh(body.refreshToken().strip(), client(request));
    }

    @POST
    @Path("/logout")
    @Authenticated
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "Done")
    @Operation(summary = "Sign out everywhere: revokes the caller's refresh tokens and access tokens")
    public void logout() {
        auth.logout(caller.kind(), caller.id());
    }

    static ClientInfo client(HttpServerRequest request) {
        String ip = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return ClientInfo.of(ip, request.getHeader(HttpHeaders.USER_AGENT));
    }
}
