package cn.nanhu.talent.job;

import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Violation;
import cn.nanhu.talent.job.JobDtos.JobRequest;
import cn.nanhu.talent.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The checks Bean Validation cannot make: codes that exist, a sane salary range, a date window. */
@ApplicationScoped
public class JobRules {

    public static final List<String> EDUCATION = List.of("不限", "初中", "高中", "中专", "大专", "本科", "硕士", "博士");
    /** Beyond this a post is stale; the employer can post again. */
    static final Duration MAX_LIFETIME = Duration.ofDays(180);
    /** A wider range says nothing about the pay, and boards use it to bait clicks. */
    static final int MAX_SALARY_RATIO = 3;

    private final ReferenceData reference;
    private final Clock clock;

    public JobRules(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    /** Throws a 400 naming every bad field at once, so the form can mark them all. */
    public void check(JobRequest r) {
        List<Violation> bad = new ArrayList<>();
        if (reference.occupation(r.occupationCode().strip()).isEmpty()) {
            bad.add(new Violation("occupationCode", "没有这个职业分类代码 / no such occupation code"));
        }
        if (reference.division(r.districtCode().strip()).isEmpty()) {
            bad.add(new Violation("districtCode", "没有这个行政区划代码 / no such division code"));
        }
        if (r.salaryMin() > r.salaryMax()) {
            bad.add(new Violation("salaryMax", "最高月薪不能低于最低月薪 / salaryMax must not be below salaryMin"));
        } else if (r.salaryMax() > MAX_SALARY_RATIO * r.salaryMin()) {
            bad.add(new Violation("salaryMax", "最高月薪不能超过最低月薪的 3 倍 / salaryMax must be at most 3 × salaryMin"));
        }
        if (!EDUCATION.contains(r.education().strip())) {
            bad.add(new Violation("education", "学历要求取值为 " + String.join("、", EDUCATION) + " / education must be one of the listed values"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!r.expiresAt().isAfter(now)) {
            bad.add(new Violation("expiresAt", "截止日期必须在将来 / expiresAt must be in the future"));
        } else if (r.expiresAt().isAfter(now.plus(MAX_LIFETIME))) {
            bad.add(new Violation("expiresAt", "截止日期最多在 180 天后 / expiresAt is at most 180 days away"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInput(bad);
        }
    }
}
