package cn.nanhu.talent.channel;

import cn.nanhu.talent.common.Hashing;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The two secrets of a channel: its feed API key (stored only as a SHA-256 hash: 256 random bits
 * need no slow hash) and its webhook signing secret (stored encrypted, since signing needs it).
 * Both are shown once, when made.
 */
final class ChannelSecrets {

    static final String KEY_PREFIX = "nhk_";
    static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChannelSecrets() {
    }

    static String newApiKey() {
        return KEY_PREFIX + random();
    }

    static String newWebhookSecret() {
        return SECRET_PREFIX + random();
    }

    static String hash(String apiKey) {
        return Hashing.sha256Hex(apiKey);
    }

    /** The first characters of a key, enough to tell keys apart in the console, far too few to guess the rest. */
    static String hint(String apiKey) {
        return apiKey.substring(0, KEY_PREFIX.length() + 4);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
