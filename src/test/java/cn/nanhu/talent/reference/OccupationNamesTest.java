package cn.nanhu.talent.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OccupationNamesTest {

    @Test
    void marks_become_flags() {
        assertThat(OccupationNames.parse("计算机软件工程技术人员S")).isEqualTo(new OccupationNames("计算机软件工程技术人员", true, false));
        assertThat(OccupationNames.parse("汽车工程技术人员L")).isEqualTo(new OccupationNames("汽车工程技术人员", false, true));
        assertThat(OccupationNames.parse("大地测量工程技术人员L/S")).isEqualTo(new OccupationNames("大地测量工程技术人员", true, true));
        assertThat(OccupationNames.parse("会计专业人员")).isEqualTo(new OccupationNames("会计专业人员", false, false));
    }

    @Test
    void latin_titles_keep_their_last_letter() {
        assertThat(OccupationNames.parse("IOS").name()).isEqualTo("IOS");
        assertThat(OccupationNames.parse("Node.js").name()).isEqualTo("Node.js");
    }

    @Test
    void aliases_drop_the_name_itself_and_duplicates() {
        assertThat(OccupationNames.aliases("Java,软件工程师,java,计算机软件工程技术人员S,Java开发", "计算机软件工程技术人员"))
                .containsExactly("Java", "软件工程师", "Java开发");
    }

    @Test
    void the_parent_of_a_code_zeroes_its_last_significant_segment() {
        assertThat(OccupationNames.parentCode("2-02-10-03")).isEqualTo("2-02-10-00");
        assertThat(OccupationNames.parentCode("2-02-10-00")).isEqualTo("2-02-00-00");
        assertThat(OccupationNames.parentCode("2-02-00-00")).isEqualTo("2-00-00-00");
        assertThat(OccupationNames.parentCode("2-00-00-00")).isNull();
        assertThat(OccupationNames.group("2-02-10-03", 3)).isEqualTo("2-02-10-00");
        assertThat(OccupationNames.group("2-02-10-03", 2)).isEqualTo("2-02-00-00");
        assertThat(OccupationNames.group("2-02-10-03", 1)).isEqualTo("2-00-00-00");
        assertThat(OccupationNames.group("2-02-10-03", 4)).isEqualTo("2-02-10-03");
    }
}
