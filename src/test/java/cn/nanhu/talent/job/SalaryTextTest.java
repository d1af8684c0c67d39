package cn.nanhu.talent.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SalaryTextTest {

    @Test
    void amounts_read_the_way_job_boards_print_them() {
        assertThat(SalaryText.amount(800)).isEqualTo("800");
        assertThat(SalaryText.amount(8000)).isEqualTo("8千");
        assertThat(SalaryText.amount(8500)).isEqualTo("8.5千");
        assertThat(SalaryText.amount(12000)).isEqualTo("1.2万");
        assertThat(SalaryText.amount(10000)).isEqualTo("1万");
        assertThat(SalaryText.amount(12345)).isEqualTo("1.2万");
    }

    @Test
    void a_range_is_per_month_and_collapses_when_both_ends_match() {
        assertThat(SalaryText.range(8000, 12000)).isEqualTo("8千-1.2万/月");
        assertThat(SalaryText.range(5000, 5000)).isEqualTo("5千/月");
        assertThat(SalaryText.range(800, 1500)).isEqualTo("800-1.5千/月");
    }
}
