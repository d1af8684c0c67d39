package cn.nanhu.talent.wechat;

/** What can go wrong when calling WeChat. Callers decide what each means for their endpoint. */
public abstract class WeChatException extends RuntimeException {

    protected WeChatException(String message) {
        super(message, null, false, false);
    }

    /** WeChat refused the request for a reason that a retry will not fix, e.g. an invalid or used code (40029, 40163). */
    public static final class Rejected extends WeChatException {
        private final int errcode;

        public Rejected(int errcode, String message) {
            super("WeChat rejected the request: errcode " + errcode + " " + message);
            this.errcode = errcode;
        }

        public int errcode() {
            return errcode;
        }
    }

    /** WeChat's per-user or per-app frequency limit was reached (45011). */
    public static final class RateLimited extends WeChatException {
        public RateLimited() {
            super("WeChat frequency limit reached");
        }
    }

    /** WeChat did not answer usefully: busy (-1), a 5xx, a timeout or a malformed answer. Worth a retry. */
    public static final class Unavailable extends WeChatException {
        public Unavailable(String message) {
            super(message);
        }
    }
}
