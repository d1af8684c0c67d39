package cn.nanhu.talent.identity;

import cn.nanhu.talent.identity.IdentityDtos.MeView;
import cn.nanhu.talent.identity.IdentityDtos.PhoneRequest;
import cn.nanhu.talent.identity.IdentityDtos.PhoneView;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The caller's own account. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {

    private final MeService me;
    private final CurrentAccount caller;

    public MeResource(MeService me, CurrentAccount caller) {
        this.me = me;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "Who the caller is: roles, masked phone, seeker profile and employer membership")
    public MeView get() {
        return me.me(caller.kind(), caller.id());
    }

    @POST
    @Path("/phone")
    @RolesAllowed(Roles.SEEKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bind the phone number behind a getPhoneNumber code; answers the masked number")
    public PhoneView bindPhone(@Valid @NotNull(message = "请求体不能为空 / body is required") PhoneRequest body) {
        return me.bindPhone(caller.userId(), body.phoneCode().strip());
    }

    @DELETE
    @RolesAllowed(Roles.SEEKER)
    @ResponseStatus(204)
    @Operation(summary = "Delete the caller's account (注销): tokens revoked at once, personal data erased")
    public void delete() {
        me.delete(caller.userId());
    }
}
