package cn.nanhu.talent.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that is down or restarting apart from a bug: such a failure becomes a 503 with
 * {@code Retry-After}, not a 500, and the pool reconnects by itself once the server is back.
 */
public final class DatabaseOutage {

    public static final int RETRY_AFTER_SECONDS = 5;

    /** SQLSTATE classes and codes of a lost or refused connection and of a server shutting down or starting. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {
    }

    /**
     * Whether {@code e}, its causes or what they suppressed (a commit that failed keeps the driver's
     * error there) say the connection to the database was lost or refused.
     */
    public static boolean causedBy(Throwable e) {
        return causedBy(e, 0);
    }

    private static boolean causedBy(Throwable e, int level) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            if (level < 3) {
                for (Throwable suppressed : t.getSuppressed()) {
                    if (causedBy(suppressed, level + 1)) {
                        return true;
                    }
                }
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage());
                // the pool's own words when no connection can be had
                if (message.contains("Acquisition timeout") || message.contains("Unable to acquire JDBC Connection")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost cause's class and SQLSTATE, for the log line (no URL, no credentials). */
    static String describe(Throwable e) {
        Throwable root = e;
        int depth = 0;
        while (root.getCause() != null && depth++ < 20) {
            root = root.getCause();
        }
        String state = root instanceof SQLException sql ? " SQLSTATE " + sql.getSQLState() : "";
        return root.getClass().getSimpleName() + state;
    }
}
