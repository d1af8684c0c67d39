package cn.nanhu.talent.employer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91330100799655058B", "914403001922038216", "9144030071526726XG", "91110000802100433B"})
    void codes_of_real_companies_are_valid(String code) {
        assertThat(UnifiedCreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91330100799655058C", // wrong check character
            "91330100799655058",  // too short
            "91330100799655058BB", // too long
            "9133010079965505IB", // I is not in the alphabet
            "91330100799655O58B", // O is not in the alphabet
            "91AB0100799655058B", // the division part must be digits
            ""})
    void malformed_or_mistyped_codes_are_invalid(String code) {
        assertThat(UnifiedCreditCode.isValid(code)).isFalse();
    }

    @Test
    void null_is_invalid_and_normalising_fixes_case_and_spaces() {
        assertThat(UnifiedCreditCode.isValid(null)).isFalse();
        assertThat(UnifiedCreditCode.normalise(" 9144030071526726xg ")).isEqualTo("9144030071526726XG");
        assertThat(UnifiedCreditCode.normalise("9144 0300 7152 6726 XG")).isEqualTo("9144030071526726XG");
    }

    @Property
    void a_generated_code_is_valid_and_any_single_change_makes_it_invalid(
            @ForAll("first17") String first17, @ForAll @IntRange(min = 0, max = 17) int position, @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = first17 + UnifiedCreditCode.checkCharacter(first17);
        assertThat(UnifiedCreditCode.isValid(code)).isTrue();
        String alphabet = UnifiedCreditCode.ALPHABET;
        char original = code.charAt(position);
        char replaced = alphabet.charAt((alphabet.indexOf(original) + shift) % alphabet.length());
        String changed = code.substring(0, position) + replaced + code.substring(position + 1);
        assertThat(UnifiedCreditCode.isValid(changed)).isFalse();
    }

    @Provide
    Arbitrary<String> first17() {
        Arbitrary<String> head = Arbitraries.of("11", "12", "13", "19", "51", "52", "53", "59", "91", "92", "93", "Y1");
        Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> org = Arbitraries.strings().withChars(UnifiedCreditCode.ALPHABET.toCharArray()).ofLength(9);
        return Combinators.combine(head, division, org).as((h, d, o) -> h + d + o);
    }
}
