package cn.nanhu.talent.common;

/**
 * Base of the domain exceptions that map to a problem+json response with a stable type URI.
 * Services throw the small subclasses below; {@link ProblemMappers} turns them into responses.
 */
public abstract class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    protected ApiException(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** The stable last segment of the problem type URI, e.g. {@code not-found}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    /** The resource or object that was asked for does not exist, or the caller may not know it exists. */
    public static final class NotFound extends ApiException {
        public NotFound(String detail) {
            super(404, "not-found", "未找到 / Not found", detail);
        }
    }

    /** The request conflicts with the current state, e.g. a duplicate or a stale version. */
    public static final class Conflict extends ApiException {
        public Conflict(String detail) {
            super(409, "conflict", "冲突 / Conflict", detail);
        }
    }

    /** The object is in a state that does not allow the requested change. */
    public static final class InvalidState extends ApiException {
        public InvalidState(String detail) {
            super(409, "invalid-state", "状态不允许此操作 / Invalid state", detail);
        }
    }

    /** The caller is known but may not do this. */
    public static final class Forbidden extends ApiException {
        public Forbidden(String detail) {
            super(403, "forbidden", "无权操作 / Forbidden", detail);
        }
    }

    /** A dependency (e.g. WeChat) is down; the client may retry after the given number of seconds. */
    public static final class Unavailable extends ApiException {
        private final long retryAfterSeconds;

        public Unavailable(String detail, long retryAfterSeconds) {
            super(503, "unavailable", "服务暂不可用 / Service unavailable", detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** The caller is not signed in, or the credential presented is not valid. */
    public static final class Unauthorized extends ApiException {
        public Unauthorized(String detail) {
            super(401, "unauthorized", "未登录 / Unauthorized", detail);
        }
    }

    /** The request carries more data than the endpoint accepts, e.g. an upload over its size limit. */
    public static final class PayloadTooLarge extends ApiException {
        public PayloadTooLarge(String detail) {
            super(413, "payload-too-large", "内容过大 / Payload too large", detail);
        }
    }

    /** The content is of a type the endpoint does not accept, as judged by the content itself. */
    public static final class UnsupportedMediaType extends ApiException {
        public UnsupportedMediaType(String detail) {
            super(415, "unsupported-media-type", "不支持的内容类型 / Unsupported media type", detail);
        }
    }

    /** The caller has done this too often; the client may retry after the given number of seconds. */
    public static final class TooManyRequests extends ApiException {
        private final long retryAfterSeconds;

        public TooManyRequests(String detail, long retryAfterSeconds) {
            super(429, "too-many-requests", "请求过于频繁 / Too many requests", detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** The caller must first do something else, e.g. agree to the current privacy policy (RFC 6585). */
    public static final class PreconditionRequired extends ApiException {
        public PreconditionRequired(String type, String detail) {
            super(428, type, "需要先完成前置步骤 / Precondition required", detail);
        }
    }

    /** The request is well formed but cannot be processed as it stands, e.g. an idempotency key reused for another request. */
    public static final class Unprocessable extends ApiException {
        public Unprocessable(String detail) {
            super(422, "unprocessable", "无法处理的请求 / Unprocessable content", detail);
        }
    }
}
