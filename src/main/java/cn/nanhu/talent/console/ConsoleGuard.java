package cn.nanhu.talent.console;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The console's one gate. For every console endpoint: a live session (pages redirect to the
 * sign-in page, htmx fragments get 401), the roles of {@link ConsoleRoles} (403), and for every
 * state-changing request the same origin and the session's CSRF token, from the {@code X-CSRF-Token}
 * header htmx sends or the {@code _csrf} form field (403). Responses get the security headers.
 */
public class ConsoleGuard {

    static final String COOKIE = "nanhu_console";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-src 'self'; frame-ancestors 'none'";
    /** Files may be shown in a frame of the console's own pages (the PDF preview of a licence). */
    static final String FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

    private final ConsoleSessions sessions;
    private final ConsoleContext context;

    public ConsoleGuard(ConsoleSessions sessions, ConsoleContext context) {
        this.sessions = sessions;
        this.context = context;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        if (!isConsole(resource)) {
            return null;
        }
        Method method = resource.getResourceMethod();
        boolean unsafe = !HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod());
        if (unsafe && !sameOrigin(request)) {
            return Pages.forbidden("请求来源不符 / cross-site request refused");
        }
        if (method.isAnnotationPresent(ConsolePublic.class)) {
            return null;
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        Optional<Staffer> staffer = cookie == null ? Optional.empty() : sessions.resolve(cookie.getValue());
        if (staffer.isEmpty()) {
            return isHtmx(request)
                    ? Response.status(401).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                            .entity("<p class=\"flash error\">登录已失效，请<a href=\"/admin/login\">重新登录</a>。</p>")
                            .header("HX-Redirect", "/admin/login").build()
                    : Response.seeOther(URI.create("/admin/login")).build();
        }
        context.set(staffer.get());
        ConsoleRoles roles = method.getAnnotation(ConsoleRoles.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(ConsoleRoles.class);
        }
        if (roles != null && !staffer.get().hasAny(roles.value())) {
            return Pages.forbidden("你的角色不能使用这个页面 / your role may not use this page");
        }
        if (unsafe && !csrfMatches(request, staffer.get().csrf())) {
            return Pages.forbidden("页面已过期或请求无效，请刷新后重试 / missing or wrong CSRF token");
        }
        return null;
    }

    @ServerResponseFilter
    public void headers(ContainerResponseContext response, ResourceInfo resource) {
        if (!isConsole(resource)) {
            return;
        }
        boolean file = resource.getResourceClass() == ConsoleFileResource.class;
        var h = response.getHeaders();
        h.putSingle("Content-Security-Policy", file ? FILE_CSP : CSP);
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle("Referrer-Policy", "same-origin");
        h.putSingle("X-Frame-Options", file ? "SAMEORIGIN" : "DENY");
        h.putSingle("Cache-Control", "no-store");
    }

    private static boolean isConsole(ResourceInfo resource) {
        return resource != null && resource.getResourceClass() != null
                && resource.getResourceClass().getPackageName().equals(ConsoleGuard.class.getPackageName());
    }

    static boolean isHtmx(ContainerRequestContext request) {
        return "true".equals(request.getHeaderString("HX-Request"));
    }

    /**
     * The Origin must name this very site; without one, or with the opaque {@code null}, the
     * browser's Sec-Fetch-Site must say same-origin when it sends that header.
     */
    private static boolean sameOrigin(ContainerRequestContext request) {
        String host = request.getHeaderString("Host");
        String origin = request.getHeaderString("Origin");
        if (origin != null && !"null".equals(origin)) {
            try {
                URI o = URI.create(origin);
                String authority = o.getPort() == -1 ? o.getHost() : o.getHost() + ":" + o.getPort();
                return host != null && authority != null && authority.equalsIgnoreCase(host);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        return site == null || "same-origin".equals(site);
    }

    private static boolean csrfMatches(ContainerRequestContext request, String expected) {
        String presented = request.getHeaderString(CSRF_HEADER);
        if (presented == null && request.getMediaType() != null
                && request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            presented = formField(request, CSRF_FIELD);
        }
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads one field of a url-encoded form and puts the body back for the endpoint. */
    private static String formField(ContainerRequestContext request, String name) {
        try {
            byte[] body = request.getEntityStream().readNBytes(1 << 20);
            request.setEntityStream(new ByteArrayInputStream(body));
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
