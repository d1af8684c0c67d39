package cn.nanhu.talent.console;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.ClientInfo;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.review.ReviewItem;
import cn.nanhu.talent.review.ReviewQueue;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The console's entry: sign-in, sign-out and the start page. */
@Path("/admin")
@Produces("text/html;charset=UTF-8")
public class ConsoleHomeResource {

    private final ConsoleSessions sessions;
    private final ConsoleContext context;
    private final ConsoleConfig config;
    private final ReviewQueue reviews;

    public ConsoleHomeResource(ConsoleSessions sessions, ConsoleContext context, ConsoleConfig config, ReviewQueue reviews) {
        this.sessions = sessions;
        this.context = context;
        this.config = config;
        this.reviews = reviews;
    }

    @GET
    public Response home() {
        Staffer s = context.staffer();
        long pending = s.hasAny(Roles.REVIEWER, Roles.ADMIN)
                ? reviews.list(null, ReviewItem.Status.PENDING, new PageRequest(null, PageRequest.MAX_SIZE)).items().size()
                : 0;
        return Pages.html(200, Views.home(context.chrome("home"), pending));
    }

    @GET
    @Path("/login")
    @ConsolePublic
    public Response loginPage() {
        return Pages.html(200, Views.login(null, ""));
    }

    @POST
    @Path("/login")
    @ConsolePublic
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
            HttpServerRequest request) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return Pages.html(400, Views.login("请输入用户名和密码", username == null ? "" : username));
        }
        ConsoleSessions.Opened opened;
        try {
            String ip = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
            opened = sessions.signIn(username, password, ClientInfo.of(ip, request.getHeader(HttpHeaders.USER_AGENT)));
        } catch (ApiException.TooManyRequests e) {
            return Pages.html(429, Views.login("登录失败次数过多，账号已临时锁定，请稍后再试", username));
        } catch (ApiException.Unauthorized e) {
            return Pages.html(401, Views.login("用户名或密码错误", username));
        }
        return Response.seeOther(URI.create("/admin"))
                .header(HttpHeaders.SET_COOKIE, cookie(opened.token(), config.absoluteTimeout().toSeconds()))
                .build();
    }

    @POST
    @Path("/logout")
    public Response logout() {
        sessions.revoke(context.staffer().sessionId());
        return Response.seeOther(URI.create("/admin/login")).header(HttpHeaders.SET_COOKIE, cookie("", 0)).build();
    }

    /** HttpOnly, Secure, SameSite=Strict, and sent to the console's paths only. */
    static String cookie(String value, long maxAge) {
        return ConsoleGuard.COOKIE + "=" + value + "; Path=/admin; Max-Age=" + maxAge + "; HttpOnly; Secure; SameSite=Strict";
    }
}
