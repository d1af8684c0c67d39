package cn.nanhu.talent.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void a_mobile_number_keeps_its_first_three_and_last_four_digits() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void a_resident_id_keeps_only_its_first_and_last_character() {
        assertThat(Masking.idNumber("33040219900101123X")).isEqualTo("3****************X");
    }

    @Test
    void a_name_keeps_its_family_name() {
        assertThat(Masking.personName("张三丰")).isEqualTo("张**");
        assertThat(Masking.personName("李")).isEqualTo("李*");
    }

    @Test
    void nulls_stay_null() {
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.idNumber(null)).isNull();
        assertThat(Masking.personName(null)).isNull();
    }

    @Property
    void a_masked_phone_never_contains_the_middle_digits_and_keeps_its_length(
            @ForAll @NumericChars @StringLength(min = 7, max = 15) String phone) {
        String masked = Masking.phone(phone);
        assertThat(masked).hasSameSizeAs(phone).isNotEqualTo(phone);
        assertThat(masked.chars().filter(c -> c == '*').count()).isGreaterThanOrEqualTo(3);
        assertThat(masked.chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(7);
    }

    @Property
    void a_masked_id_shows_at_most_two_characters(
            @ForAll @StringLength(min = 15, max = 18) @CharRange(from = '0', to = '9') String id) {
        String masked = Masking.idNumber(id);
        assertThat(masked).hasSameSizeAs(id);
        assertThat(masked.chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(2);
    }

    @Property
    void short_values_are_masked_entirely(@ForAll @NumericChars @StringLength(max = 6) String value) {
        assertThat(Masking.phone(value)).matches("\\**");
    }
}
