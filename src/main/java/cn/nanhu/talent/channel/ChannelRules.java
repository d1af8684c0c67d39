package cn.nanhu.talent.channel;

import cn.nanhu.talent.channel.ChannelDtos.ChannelRequest;
import cn.nanhu.talent.channel.ChannelDtos.FilterBody;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Violation;
import cn.nanhu.talent.job.JobRules;
import cn.nanhu.talent.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * What a channel must satisfy beyond its field formats: the codes exist in the reference data, the
 * kind has its code (a region for REGION and LABOR_SOURCE, a college for COLLEGE), and a webhook
 * mode has a URL the SSRF guard accepts.
 */
@ApplicationScoped
class ChannelRules {

    private final ReferenceData reference;
    private final WebhookUrlGuard guard;

    ChannelRules(ReferenceData reference, WebhookUrlGuard guard) {
        this.reference = reference;
        this.guard = guard;
    }

    /** The delivery mode the request asks for: as given, else BOTH with a webhook URL and FEED without. */
    static Channel.Mode mode(ChannelRequest r) {
        if (r.deliveryMode() != null && !r.deliveryMode().isBlank()) {
            return Channel.Mode.valueOf(r.deliveryMode());
        }
        return r.webhookUrl() == null || r.webhookUrl().isBlank() ? Channel.Mode.FEED : Channel.Mode.BOTH;
    }

    void validate(ChannelRequest r) {
        List<Violation> bad = new ArrayList<>();
        Channel.Kind kind = Channel.Kind.valueOf(r.kind());
        boolean college = kind == Channel.Kind.COLLEGE;
        if (college) {
            if (blank(r.collegeCode())) {
                bad.add(new Violation("collegeCode", "高校渠道需要教育部院校代码 / a COLLEGE channel needs collegeCode"));
            } else if (reference.university(r.collegeCode().strip()).isEmpty()) {
                bad.add(new Violation("collegeCode", "没有这个院校代码 / unknown MoE college code"));
            }
            if (!blank(r.regionCode())) {
                bad.add(new Violation("regionCode", "高校渠道不填地区 / a COLLEGE channel has no regionCode"));
            }
        } else {
            if (blank(r.regionCode())) {
                bad.add(new Violation("regionCode", "地区渠道需要行政区划代码 / a " + kind + " channel needs regionCode"));
            } else if (reference.division(r.regionCode().strip()).isEmpty()) {
                bad.add(new Violation("regionCode", "没有这个行政区划代码 / unknown division code"));
            }
            if (!blank(r.collegeCode())) {
                bad.add(new Violation("collegeCode", "只有高校渠道填院校代码 / only a COLLEGE channel has collegeCode"));
            }
        }
        FilterBody f = r.filter();
        if (f != null) {
            each(f.districts(), "filter.districts", c -> reference.division(c).isPresent(), "没有这个行政区划代码 / unknown division code", bad);
            each(f.occupations(), "filter.occupations", c -> reference.occupation(c).isPresent(), "没有这个职业代码 / unknown occupation code", bad);
            each(f.jobTypes(), "filter.jobTypes", ChannelFilter.JOB_TYPES::contains,
                    "工作性质取值为 FULL_TIME、PART_TIME、INTERNSHIP / job types are FULL_TIME, PART_TIME or INTERNSHIP", bad);
            if (f.education() != null && !JobRules.EDUCATION.contains(f.education().strip())) {
                bad.add(new Violation("filter.education", "学历取值为 " + String.join("、", JobRules.EDUCATION) + " / education must be one of the listed values"));
            }
        }
        Channel.Mode mode = mode(r);
        if (mode.webhook()) {
            if (blank(r.webhookUrl())) {
                bad.add(new Violation("webhookUrl", "WEBHOOK 或 BOTH 方式需要回调网址 / WEBHOOK and BOTH need webhookUrl"));
            } else {
                try {
                    guard.check(r.webhookUrl());
                } catch (WebhookUrlGuard.Refused e) {
                    bad.add(new Violation("webhookUrl", e.getMessage()));
                }
            }
        } else if (!blank(r.webhookUrl())) {
            bad.add(new Violation("webhookUrl", "FEED 方式不使用回调网址 / a FEED channel has no webhookUrl"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInput(bad);
        }
    }

    static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    private static void each(List<String> values, String field, java.util.function.Predicate<String> known, String message, List<Violation> bad) {
        if (values == null) {
            return;
        }
        for (String v : values) {
            if (v == null || v.isBlank() || !known.test(v.strip())) {
                bad.add(new Violation(field, message + ": " + v));
                return;
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
