package cn.nanhu.talent.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.stream.IntStream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Encryption and look-up hashing of personal data, and the checks on their keys. */
class PiiTest {

    private static final String KEY = key(1);
    private static final String HASH_KEY = key(101);

    private final Pii pii = new Pii(config(KEY, HASH_KEY));

    @Property
    void what_is_encrypted_decrypts_to_the_same_text(
            @ForAll @StringLength(max = 200) @CharRange(from = ' ', to = '~') @CharRange(from = '\u00a0', to = '\u07ff')
            @CharRange(from = '\u4e00', to = '\u9fa5') @CharRange(from = '\u3000', to = '\u303f') String plain) {
        assertThat(pii.decrypt(pii.encrypt(plain))).isEqualTo(plain);
    }

    @Test
    void chinese_text_emoji_and_the_empty_string_survive_a_round_trip() {
        for (String plain : new String[] {"张三丰", "13812345678", "o_6_bmjrPTlm6_2sgVt7hMZOPfL2M", "简历 😀 résumé", ""}) {
            assertThat(pii.decrypt(pii.encrypt(plain))).isEqualTo(plain);
        }
    }

    @Test
    void a_ciphertext_names_its_key_and_does_not_contain_the_plaintext() {
        String sealed = pii.encrypt("13812345678");

        assertThat(sealed).startsWith("k1:").doesNotContain("13812345678");
        assertThat(Base64.getDecoder().decode(sealed.substring(3))).hasSizeGreaterThan(12 + 16);
    }

    @Test
    void encrypting_the_same_value_twice_gives_different_ciphertexts() {
        assertThat(pii.encrypt("13812345678")).isNotEqualTo(pii.encrypt("13812345678"));
    }

    @Test
    void a_tampered_ciphertext_is_refused() {
        String sealed = pii.encrypt("13812345678");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length / 2] ^= 0x01;
        String tampered = "k1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> pii.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_ciphertext_under_another_key_or_not_base64_is_refused() {
        String sealed = pii.encrypt("13812345678");
        Pii other = new Pii(config(key(7), HASH_KEY));

        assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pii.decrypt("k2:" + sealed.substring(3))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pii.decrypt("k1:not base64!")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pii.decrypt("k1:AAAA")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_hash_is_deterministic_and_64_hex_characters() {
        String hash = pii.hash("13812345678");

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("13812345678");
        assertThat(pii.hash("13812345678")).isEqualTo(hash);
        assertThat(new Pii(config(key(7), HASH_KEY)).hash("13812345678")).isEqualTo(hash);
    }

    @Property
    void different_inputs_hash_differently(
            @ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~') @CharRange(from = '\u4e00', to = '\u9fa5') String a,
            @ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~') @CharRange(from = '\u4e00', to = '\u9fa5') String b) {
        Assume.that(!a.equals(b));
        assertThat(pii.hash(a)).isNotEqualTo(pii.hash(b));
    }

    @Test
    void another_hash_key_gives_another_hash() {
        Pii other = new Pii(config(KEY, key(202)));

        assertThat(other.hash("13812345678")).isNotEqualTo(pii.hash("13812345678"));
    }

    @Test
    void null_stays_null() {
        assertThat(pii.encrypt(null)).isNull();
        assertThat(pii.decrypt(null)).isNull();
        assertThat(pii.hash(null)).isNull();
    }

    @Test
    void an_encryption_key_that_is_not_base64_of_32_bytes_is_refused_by_name() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        for (String bad : new String[] {"not base64!", short16, key(1) + "AAAA"}) {
            assertThatThrownBy(() -> new Pii(config(bad, HASH_KEY)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("PII_KEY")
                    .hasMessageNotContaining(bad);
        }
    }

    @Test
    void a_hash_key_that_is_not_base64_of_32_bytes_is_refused_by_name() {
        String long48 = Base64.getEncoder().encodeToString(new byte[48]);
        for (String bad : new String[] {"%%%", long48}) {
            assertThatThrownBy(() -> new Pii(config(KEY, bad)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("PII_HASH_KEY")
                    .hasMessageNotContaining("(PII_KEY)");
        }
    }

    /** Base64 of 32 distinct bytes starting at {@code seed}. */
    private static String key(int seed) {
        byte[] bytes = new byte[32];
        IntStream.range(0, 32).forEach(i -> bytes[i] = (byte) (seed + i * 7));
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static NanhuConfig config(String key, String hashKey) {
        NanhuConfig.Pii keys = new NanhuConfig.Pii() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String hashKey() {
                return hashKey;
            }
        };
        return new NanhuConfig() {
            @Override
            public String dataDir() {
                throw new UnsupportedOperationException();
            }

            @Override
            public NanhuConfig.Pii pii() {
                return keys;
            }

            @Override
            public Jwt jwt() {
                throw new UnsupportedOperationException();
            }

            @Override
            public BootstrapAdmin bootstrapAdmin() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
