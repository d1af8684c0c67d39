package cn.nanhu.talent.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quoted_fields_may_hold_commas_quotes_and_newlines() {
        List<List<String>> rows = Csv.parse("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"line1\nline2\",\n");
        assertThat(rows).containsExactly(
                List.of("a", "b", "c"),
                List.of("1", "x, y", "say \"hi\""),
                List.of("2", "line1\nline2", ""));
    }

    @Test
    void a_byte_order_mark_and_a_missing_final_newline_are_tolerated() {
        assertThat(Csv.withHeader(Csv.parse("\uFEFFcode,name\n11,北京市")))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("code", "11").containsEntry("name", "北京市"));
    }
}
