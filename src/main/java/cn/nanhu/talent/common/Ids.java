package cn.nanhu.talent.common;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Opaque, unguessable, time-ordered ids (26 characters of Crockford base32: 48 bits of
 * milliseconds, then 80 random bits). Ordering by id is ordering by creation, which keyset
 * pagination and histories rely on: within one copy of the service ids strictly increase, even
 * within one millisecond (or under a clock that stands still in tests), because a second id in
 * the same millisecond adds a random step of 1 to 2^32 to the previous random part, which keeps
 * it unguessable.
 */
public final class Ids {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    private static final long FORTY_BITS = (1L << 40) - 1;
    private static final Sequence SEQUENCE = new Sequence();

    public static String newId(Clock clock) {
        return SEQUENCE.next(clock.millis());
    }

    /**
     * Makes strictly increasing ids. One is shared by the service; tests make their own, so odd
     * times they try do not move the service's.
     */
    static final class Sequence {
        private long lastMillis = -1;
        private long lastHi;
        private long lastLo;

        synchronized String next(long millis) {
            long hi;
            long lo;
            if (millis <= lastMillis) {
                millis = lastMillis;
                lo = lastLo + 1 + (RANDOM.nextInt() & 0xffffffffL);
                hi = lastHi + (lo >>> 40);
                lo &= FORTY_BITS;
                if (hi > FORTY_BITS) {
                    // the random part ran over (about never): move on to the next millisecond
                    millis++;
                    hi &= FORTY_BITS >>> 1;
                }
            } else {
                byte[] random = new byte[10];
                RANDOM.nextBytes(random);
                hi = 0;
                for (int i = 0; i < 5; i++) {
                    hi = (hi << 8) | (random[i] & 0xff);
                }
                lo = 0;
                for (int i = 5; i < 10; i++) {
                    lo = (lo << 8) | (random[i] & 0xff);
                }
                // leave headroom for the steps of later ids in the same millisecond
                hi &= FORTY_BITS >>> 1;
            }
            lastMillis = millis;
            lastHi = hi;
            lastLo = lo;
            return format(millis, hi, lo);
        }
    }

    private static String format(long millis, long hi, long lo) {
        char[] out = new char[26];
        long time = millis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        // 80 random bits as 16 base32 characters
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }

    /** True when the text has the shape of an id, so lookups can refuse garbage without a query. */
    public static boolean looksLikeId(String text) {
        if (text == null || text.length() != 26) {
            return false;
        }
        for (int i = 0; i < 26; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'L' && c != 'O' && c != 'U'))) {
                return false;
            }
        }
        return true;
    }
}
