package cn.nanhu.talent.console;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Violation;
import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;

/** Small helpers for console responses: HTML with a status, redirects that work for htmx and plain forms, error text. */
final class Pages {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private Pages() {
    }

    static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).entity(page.render()).build();
    }

    static Response forbidden(String message) {
        return Response.status(403).type(HTML)
                .entity(Views.message("error", message).render()).build();
    }

    /** Where to go after an action: htmx follows {@code HX-Redirect}, a plain form the 303. */
    static Response redirect(boolean htmx, String location) {
        return htmx ? Response.ok().header("HX-Redirect", location).build() : Response.seeOther(URI.create(location)).build();
    }

    /** A message fragment for an htmx target, with the status the service's answer had. */
    static Response message(int status, String kind, String text) {
        return Response.status(status).type(HTML).entity(Views.message(kind, text).render()).build();
    }

    /** What went wrong, in words for staff; the same texts the API puts in {@code detail}. */
    static String describe(RuntimeException e) {
        if (e instanceof InvalidInput invalid) {
            return invalid.violations().stream().map(Violation::message).collect(Collectors.joining("；"));
        }
        return e.getMessage();
    }

    static int status(RuntimeException e) {
        return e instanceof ApiException api ? api.status() : 400;
    }

    static String violations(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining("；"));
    }
}
