package cn.nanhu.talent.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Refuses TRACE and TRACK on every route, the service's own and the framework's ({@code /q/*}),
 * before anything else runs: they echo a request back and serve no purpose here. The answer is a
 * 405 problem with the methods the API does use.
 */
@ApplicationScoped
public class MethodGuard {

    private static final Set<String> REFUSED = Set.of("TRACE", "TRACK", "CONNECT");
    private static final String BODY = "{\"type\":\"" + Problem.TYPE_BASE + "method-not-allowed\","
            + "\"title\":\"不支持的请求方法 / Method not allowed\",\"status\":405,"
            + "\"detail\":\"这个服务不接受该方法 / this service does not accept this method\"}";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            HttpMethod method = ctx.request().method();
            if (method != null && REFUSED.contains(method.name())) {
                ctx.response().setStatusCode(405)
                        .putHeader("Allow", "GET, POST, PUT, DELETE, OPTIONS")
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(BODY);
                return;
            }
            ctx.next();
        });
    }
}
