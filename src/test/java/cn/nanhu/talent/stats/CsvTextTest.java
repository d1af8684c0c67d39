package cn.nanhu.talent.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** CSV cells: RFC 4180 quoting, numbers as numbers, and formulas turned into text. */
class CsvTextTest {

    @Test
    void text_starting_like_a_formula_gets_a_leading_quote() {
        assertThat(CsvText.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvText.cell("+86 139")).isEqualTo("'+86 139");
        assertThat(CsvText.cell("-1")).isEqualTo("'-1");
        assertThat(CsvText.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvText.cell("\t=x")).isEqualTo("'\t=x");
        assertThat(CsvText.cell("南湖区")).isEqualTo("南湖区");
        assertThat(CsvText.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void numbers_stay_numbers_and_specials_are_quoted() {
        assertThat(CsvText.cell(-3L)).isEqualTo("-3");
        assertThat(CsvText.cell(null)).isEmpty();
        assertThat(CsvText.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvText.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvText.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvText.cell(" padded")).isEqualTo("\" padded\"");
        assertThat(CsvText.cell("=a,\"b\"")).isEqualTo("\"'=a,\"\"b\"\"\"");
        assertThat(new CsvText().row(List.of("维度", 1L)).row(Arrays.asList("x", null)).toString()).isEqualTo("\uFEFF维度,1\r\nx,\r\n");
    }

    @Property
    void no_text_cell_starts_with_a_formula_character(@ForAll String text) {
        String cell = CsvText.cell(text);
        String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertThat(unquoted).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
    }
}
