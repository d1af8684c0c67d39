package cn.nanhu.talent.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values read by native queries, whose Java types differ between H2 and PostgreSQL drivers. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamp with time zone} column as an OffsetDateTime, whatever the driver returned. */
    public static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
