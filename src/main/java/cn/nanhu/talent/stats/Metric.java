package cn.nanhu.talent.stats;

import java.util.Arrays;
import java.util.List;

/**
 * The figures the district is judged on. A FLOW counts events per China day (e.g. applications
 * sent); a GAUGE is the state now (e.g. jobs open). The CHANNEL family is an extension point: the
 * channel feature adds its per-channel daily counts through {@link Tally#channel}.
 */
public enum Metric {
    EMPLOYERS_REGISTERED(Kind.FLOW, "单位注册"),
    EMPLOYERS_VERIFIED(Kind.FLOW, "单位认证通过"),
    EMPLOYERS_PENDING(Kind.GAUGE, "待审核单位"),
    EMPLOYERS_APPROVED(Kind.GAUGE, "已认证单位"),
    EMPLOYERS_REJECTED(Kind.GAUGE, "未通过单位"),
    EMPLOYERS_SUSPENDED(Kind.GAUGE, "已暂停单位"),
    EMPLOYERS_ABOVE_SIZE(Kind.GAUGE, "规上企业（已认证）"),

    JOBS_PUBLISHED(Kind.FLOW, "职位发布"),
    JOBS_CLOSED(Kind.FLOW, "职位关闭"),
    JOBS_EXPIRED(Kind.FLOW, "职位过期"),
    JOBS_OPEN(Kind.GAUGE, "在招职位"),

    SEEKERS_REGISTERED(Kind.FLOW, "求职登记"),
    SEEKERS(Kind.GAUGE, "求职登记人数"),
    SEEKERS_COMPLETE(Kind.GAUGE, "登记完整度≥80%人数"),
    SEEKERS_COMPLETENESS_SUM(Kind.GAUGE, "登记完整度合计"),

    APPLICATIONS(Kind.FLOW, "投递"),
    INTERVIEWS(Kind.FLOW, "面试邀请"),
    OFFERS(Kind.FLOW, "录用通知"),
    HIRES(Kind.FLOW, "入职"),

    CONSULTATIONS(Kind.FLOW, "咨询提出"),
    CONSULTATIONS_ANSWERED(Kind.FLOW, "咨询答复"),
    CONSULTATIONS_ON_TIME(Kind.FLOW, "按时答复"),
    CONSULTATIONS_LATE(Kind.FLOW, "超时答复"),

    FAIRS_PUBLISHED(Kind.FLOW, "招聘会发布"),
    FAIR_EMPLOYERS(Kind.FLOW, "招聘会参会单位"),
    FAIR_JOBS(Kind.FLOW, "招聘会职位"),
    FAIR_SIGNUPS(Kind.FLOW, "招聘会报名"),
    FAIR_CHECKINS(Kind.FLOW, "招聘会签到"),

    CHANNEL_PUSHED(Kind.FLOW, "渠道推送"),
    CHANNEL_VIEWS(Kind.FLOW, "渠道浏览"),
    CHANNEL_APPLICATIONS(Kind.FLOW, "渠道投递");

    /** Events per day, or the state now. */
    public enum Kind { FLOW, GAUGE }

    private final Kind kind;
    private final String label;

    Metric(Kind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public Kind kind() {
        return kind;
    }

    /** The Chinese name shown in exports. */
    public String label() {
        return label;
    }

    public boolean channelFamily() {
        return name().startsWith("CHANNEL_");
    }

    public static List<Metric> of(Kind kind) {
        return Arrays.stream(values()).filter(m -> m.kind == kind).toList();
    }
}
