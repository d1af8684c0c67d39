package cn.nanhu.talent.common;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** The id of the request being served, kept in the logging MDC so every log line carries it. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    /** Keeps a well-formed id from the client (e.g. a gateway's), otherwise makes a new one. */
    public static String accept(String fromClient) {
        return fromClient != null && ACCEPTABLE.matcher(fromClient).matches()
                ? fromClient
                : UUID.randomUUID().toString().replace("-", "");
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
