package cn.nanhu.talent.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final Map<String, String> NAMES = Map.of("2-02-10-03", "软件开发工程技术人员", "2-02-10-00", "计算机与应用工程技术人员",
            "2-02-00-00", "工程技术人员", "2-02-10-04", "软件测试工程技术人员", "330402", "南湖区", "3304", "嘉兴市", "33", "浙江省",
            "330411", "秀洲区", "3301", "杭州市", "330106", "西湖区");

    private final MatchScorer scorer = new MatchScorer(new Weights(), 10, c -> NAMES.getOrDefault(c, c), c -> NAMES.getOrDefault(c, c));

    private static MatchScorer.Seeker seeker() {
        return new MatchScorer.Seeker(List.of("2-02-10-03"), "330402", List.of("330402"), 9000, "本科", 5, List.of("Java", "SQL"));
    }

    private static MatchScorer.Job job(String occupation, String district, int min, int max, String education, int years) {
        return new MatchScorer.Job(occupation, district, min, max, education, years, "Java开发工程师 负责后端服务 SQL 调优 五险一金",
                NOW.minusDays(1), List.of("VERIFIED", "ABOVE_DESIGNATED_SIZE"));
    }

    @Test
    void a_perfect_job_scores_high_with_a_reason_for_every_field_that_matched() {
        MatchScorer.Match m = scorer.score(seeker(), job("2-02-10-03", "330402", 10000, 15000, "本科", 3), 3, NOW).orElseThrow();
        assertThat(m.score()).isGreaterThanOrEqualTo(95);
        assertThat(m.stretch()).isFalse();
        assertThat(m.reasons()).contains("职业匹配：软件开发工程技术人员 (2-02-10-03)", "工作地点：南湖区", "薪资符合期望",
                "技能匹配：Java、SQL", "学历要求满足（本科）", "经验要求满足（3年以上）", "新发布", "规上企业", "和你相似的求职者也投递或收藏了");
    }

    @Test
    void occupation_closeness_follows_the_classification_tree() {
        int same = score(job("2-02-10-03", "330402", 9000, 12000, "不限", 0));
        int minor = score(job("2-02-10-04", "330402", 9000, 12000, "不限", 0));
        int middle = score(job("2-02-30-01", "330402", 9000, 12000, "不限", 0));
        int major = score(job("2-05-01-01", "330402", 9000, 12000, "不限", 0));
        int other = score(job("6-01-01-01", "330402", 9000, 12000, "不限", 0));
        assertThat(same).isGreaterThan(minor);
        assertThat(minor).isGreaterThan(middle);
        assertThat(middle).isGreaterThan(major);
        assertThat(major).isGreaterThan(other);
        assertThat(reasons(job("2-02-10-04", "330402", 9000, 12000, "不限", 0))).contains("职业相近：软件测试工程技术人员，同属计算机与应用工程技术人员");
        assertThat(reasons(job("6-01-01-01", "330402", 9000, 12000, "不限", 0))).noneMatch(r -> r.startsWith("职业"));
    }

    @Test
    void district_same_beats_same_city_beats_desired_area_beats_elsewhere() {
        MatchScorer.Seeker s = new MatchScorer.Seeker(List.of("2-02-10-03"), "330402", List.of("3301"), null, "本科", 5, List.of());
        int same = scorer.score(s, job("2-02-10-03", "330402", 9000, 12000, "不限", 0), 0, NOW).orElseThrow().score();
        int city = scorer.score(s, job("2-02-10-03", "330411", 9000, 12000, "不限", 0), 0, NOW).orElseThrow().score();
        int desired = scorer.score(s, job("2-02-10-03", "330106", 9000, 12000, "不限", 0), 0, NOW).orElseThrow().score();
        int elsewhere = scorer.score(s, job("2-02-10-03", "110101", 9000, 12000, "不限", 0), 0, NOW).orElseThrow().score();
        assertThat(same).isGreaterThan(city);
        assertThat(city).isGreaterThan(desired);
        assertThat(desired).isGreaterThan(elsewhere);
        assertThat(scorer.score(s, job("2-02-10-03", "330411", 9000, 12000, "不限", 0), 0, NOW).orElseThrow().reasons())
                .contains("工作地点：嘉兴市秀洲区");
        assertThat(scorer.score(s, job("2-02-10-03", "330106", 9000, 12000, "不限", 0), 0, NOW).orElseThrow().reasons())
                .contains("工作地点在期望地区：杭州市");
    }

    @Test
    void education_two_levels_short_is_no_match_and_one_level_is_a_marked_stretch() {
        MatchScorer.Seeker dazhuan = new MatchScorer.Seeker(List.of("2-02-10-03"), "330402", List.of(), null, "大专", 5, List.of());
        assertThat(scorer.score(dazhuan, job("2-02-10-03", "330402", 9000, 12000, "硕士", 0), 0, NOW)).isEmpty();
        MatchScorer.Match stretch = scorer.score(dazhuan, job("2-02-10-03", "330402", 9000, 12000, "本科", 0), 0, NOW).orElseThrow();
        MatchScorer.Match fits = scorer.score(dazhuan, job("2-02-10-03", "330402", 9000, 12000, "大专", 0), 0, NOW).orElseThrow();
        assertThat(stretch.stretch()).isTrue();
        assertThat(stretch.reasons()).contains("学历略低于要求（本科），可以试试");
        assertThat(fits.score() - stretch.score()).isEqualTo(10);
        // 中专 and 高中 are one level
        MatchScorer.Seeker zhongzhuan = new MatchScorer.Seeker(List.of(), null, List.of(), null, "中专", 0, List.of());
        assertThat(scorer.score(zhongzhuan, job("6-01-01-01", "330402", 5000, 6000, "高中", 0), 0, NOW).orElseThrow().stretch()).isFalse();
    }

    @Test
    void experience_two_years_short_is_no_match_and_one_year_is_a_stretch() {
        MatchScorer.Seeker s = new MatchScorer.Seeker(List.of("2-02-10-03"), "330402", List.of(), null, "本科", 2, List.of());
        assertThat(scorer.score(s, job("2-02-10-03", "330402", 9000, 12000, "本科", 4), 0, NOW)).isEmpty();
        MatchScorer.Match m = scorer.score(s, job("2-02-10-03", "330402", 9000, 12000, "本科", 3), 0, NOW).orElseThrow();
        assertThat(m.stretch()).isTrue();
        assertThat(m.reasons()).contains("经验略少于要求（3年），可以试试");
        // short on both counts at once is too far
        MatchScorer.Seeker both = new MatchScorer.Seeker(List.of("2-02-10-03"), "330402", List.of(), null, "大专", 2, List.of());
        assertThat(scorer.score(both, job("2-02-10-03", "330402", 9000, 12000, "本科", 3), 0, NOW)).isEmpty();
    }

    @Test
    void salary_reasons_follow_the_range() {
        assertThat(reasons(job("2-02-10-03", "330402", 9000, 12000, "不限", 0))).contains("薪资符合期望");
        assertThat(reasons(job("2-02-10-03", "330402", 7000, 9500, "不限", 0))).contains("薪资范围覆盖期望");
        assertThat(reasons(job("2-02-10-03", "330402", 5000, 6000, "不限", 0))).noneMatch(r -> r.startsWith("薪资"));
        assertThat(score(job("2-02-10-03", "330402", 9000, 12000, "不限", 0)))
                .isGreaterThan(score(job("2-02-10-03", "330402", 5000, 6000, "不限", 0)));
    }

    @Test
    void no_skill_reason_without_a_skill_in_the_post() {
        MatchScorer.Job plain = new MatchScorer.Job("2-02-10-03", "330402", 9000, 12000, "不限", 0, "仓库整理", NOW.minusDays(40), List.of());
        MatchScorer.Match m = scorer.score(seeker(), plain, 0, NOW).orElseThrow();
        assertThat(m.reasons()).noneMatch(r -> r.startsWith("技能")).doesNotContain("新发布", "规上企业", "和你相似的求职者也投递或收藏了");
    }

    @Property
    void the_score_stays_within_0_and_100(@ForAll @IntRange(min = 0, max = 50) int similar, @ForAll @IntRange(min = 0, max = 400) int ageDays,
            @ForAll @IntRange(min = 1000, max = 40000) int salary) {
        MatchScorer.Job j = new MatchScorer.Job("2-02-10-03", "330402", salary, salary + 2000, "不限", 0, "Java SQL", NOW.minusDays(ageDays),
                List.of("VERIFIED", "ABOVE_DESIGNATED_SIZE"));
        scorer.score(seeker(), j, similar, NOW).ifPresent(m -> assertThat(m.score()).isBetween(0, 100));
    }

    private int score(MatchScorer.Job j) {
        return scorer.score(seeker(), j, 0, NOW).orElseThrow().score();
    }

    private List<String> reasons(MatchScorer.Job j) {
        return scorer.score(seeker(), j, 0, NOW).orElseThrow().reasons();
    }

    /** The documented defaults. */
    private static final class Weights implements MatchingConfig.Weights {
        public double occupation() {
            return 30;
        }

        public double district() {
            return 20;
        }

        public double salary() {
            return 15;
        }

        public double skills() {
            return 10;
        }

        public double behaviour() {
            return 10;
        }

        public double freshness() {
            return 10;
        }

        public double badges() {
            return 5;
        }
    }

    @Test
    void skills_match_latin_words_in_any_case_and_leave_other_text_alone() {
        assertThat(MatchScorer.asciiLower("熟悉 Java、SQL 与 PLC 编程")).isEqualTo("熟悉 java、sql 与 plc 编程");
        String chinese = "负责发电设备的运行与维护";
        assertThat(MatchScorer.asciiLower(chinese)).isSameAs(chinese);
    }
}
