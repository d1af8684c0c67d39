package cn.nanhu.talent.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP responses. Every error is problem+json with a stable
 * type; unknown errors become a 500 that names only the request id, and their stack trace goes to
 * the log alone.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response.ResponseBuilder builder = builder(
                Problem.of(e.status(), e.type(), e.title(), e.detail()), uri);
        if (e instanceof ApiException.Unavailable u) {
            builder.header(HttpHeaders.RETRY_AFTER, u.retryAfterSeconds());
        } else if (e instanceof ApiException.TooManyRequests t) {
            builder.header(HttpHeaders.RETRY_AFTER, t.retryAfterSeconds());
        } else if (e instanceof ApiException.Unauthorized) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, UriInfo uri) {
        return validation(e.violations(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> list = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return validation(list, uri);
    }

    /** Jackson's own mapper for this type would answer in its own format; this one speaks problem+json. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, UriInfo uri) {
        boolean syntax = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            syntax |= t instanceof JsonParseException;
        }
        String field = !syntax && e instanceof JsonMappingException m ? jsonPath(m) : null;
        String message;
        if (syntax) {
            message = "请求体不是合法的 JSON / the body is not valid JSON";
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "不支持的字段 / unknown field";
        } else if (e instanceof InvalidFormatException || (field != null && !field.isEmpty())) {
            message = "格式不正确 / wrong type or format";
        } else {
            message = "请求体不是合法的 JSON / the body is not valid JSON";
        }
        return validation(List.of(new Violation(field == null || field.isEmpty() ? "body" : field, message)), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return builder(Problem.of(403, "forbidden", "无权操作 / Forbidden",
                "当前身份无权执行此操作 / your role does not allow this"), uri).build();
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return builder(Problem.of(409, "conflict", "冲突 / Conflict",
                "数据已被他人修改，请刷新后重试 / someone else changed this first"), uri).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        Response.ResponseBuilder builder = builder(Problem.of(status, "http-" + status, title, detailFor(status)), uri);
        if (e.getResponse() != null && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            // the database is down or restarting: nothing was written, and trying again soon will work
            LOG.warnf("Database unavailable on %s (request %s): %s", uri == null ? "?" : uri.getPath(), RequestIds.current(),
                    DatabaseOutage.describe(e));
            return builder(Problem.of(503, "database-unavailable", "服务暂不可用 / Service unavailable",
                    "数据库暂不可用，请稍后重试 / the database is unavailable: retry in a few seconds"), uri)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        if (clientWentAway(e)) {
            // the client hung up while its request was being read: nothing to fix here, and no one to answer
            LOG.debugf("Client closed the connection on %s (request %s)", uri == null ? "?" : uri.getPath(), RequestIds.current());
            return builder(Problem.of(400, "client-closed", "连接已断开 / Connection closed",
                    "客户端在请求发送完之前断开了连接 / the client closed the connection before the request was complete"), uri).build();
        }
        LOG.errorf(e, "Unexpected error on %s (request %s)", uri == null ? "?" : uri.getPath(), RequestIds.current());
        return builder(Problem.of(500, "internal", "服务器内部错误 / Internal error",
                "请稍后重试，并在反馈时提供 requestId / retry later and quote the requestId"), uri).build();
    }

    /** A request body cut off because the client closed the connection (it gave up, or a load test ended). */
    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static Response unauthorizedResponse(UriInfo uri) {
        return builder(Problem.of(401, "unauthorized", "未登录 / Unauthorized",
                "需要有效的登录凭证 / a valid bearer token is required"), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static Response validation(List<Violation> violations, UriInfo uri) {
        String fields = violations.stream().map(Violation::field).distinct().collect(Collectors.joining(", "));
        Problem problem = Problem.of(400, "validation", "请求参数有误 / Invalid request",
                "以下字段有误 / invalid fields: " + fields).withViolations(violations);
        return builder(problem, uri).build();
    }

    private static Response.ResponseBuilder builder(Problem problem, UriInfo uri) {
        Problem body = uri == null ? problem : problem.withInstance(uri.getPath());
        return Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body);
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "没有这个地址 / no such resource";
            case 405 -> "不支持此方法 / method not allowed";
            case 406 -> "无法提供所需的格式 / not acceptable";
            case 413 -> "请求体过大 / payload too large";
            case 415 -> "不支持的内容类型 / unsupported media type";
            default -> "请求无法处理 / the request could not be processed";
        };
    }

    /** Drops the method and body-parameter nodes, so {@code create.body.title} becomes {@code title}. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean bodyParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            String name = node.getName();
            if (node.getKind() == ElementKind.PARAMETER) {
                bodyParameter = true;
                names.add(name);
                continue;
            }
            boolean element = node.getKind() == ElementKind.CONTAINER_ELEMENT || (name != null && name.startsWith("<"));
            if (!names.isEmpty() && (element || node.getIndex() != null || node.getKey() != null)) {
                // an element of a list (tags[1]), a map (labels[key]) or a set (roles[])
                String suffix = node.getIndex() != null ? "[" + node.getIndex() + "]"
                        : node.getKey() != null ? "[" + node.getKey() + "]" : element ? "[]" : "";
                int last = names.size() - 1;
                names.set(last, names.get(last) + suffix);
            }
            if (name != null && !name.isEmpty() && !element) {
                names.add(name);
            }
        }
        if (bodyParameter && names.size() > 1) {
            names.remove(0);
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
