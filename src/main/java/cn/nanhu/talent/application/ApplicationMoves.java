package cn.nanhu.talent.application;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.job.Job;
import cn.nanhu.talent.job.JobViews;
import cn.nanhu.talent.notify.NotificationService;
import cn.nanhu.talent.notify.NotifyTemplates;
import cn.nanhu.talent.notify.SubscribeMessage;
import cn.nanhu.talent.stats.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves an application by the {@link Pipeline} table, writing its history and telling the seeker:
 * an inbox item for every step, and a WeChat subscribe message for the steps worth one.
 */
@ApplicationScoped
public class ApplicationMoves {

    static final String PAGE = "pages/application/detail";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter TEMPLATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NotificationService notifications;
    private final JobViews jobs;
    private final Tally tally;
    private final Clock clock;

    public ApplicationMoves(NotificationService notifications, JobViews jobs, Tally tally, Clock clock) {
        this.notifications = notifications;
        this.jobs = jobs;
        this.tally = tally;
        this.clock = clock;
    }

    /** The first history row and the seeker's receipt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(Application a, Job job) {
        history(a, null, ApplicationStatus.SUBMITTED, "USER", a.seekerId, null);
        notifications.notifyUser(a.seekerId, "APPLICATION", "投递成功：" + job.title,
                employerName(job) + " 已收到你的简历，请留意后续通知。", link(a), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Application a, Pipeline.Actor actor, ApplicationStatus to, String actorId, String reason, Interview interview) {
        if (!Pipeline.allowed(actor, a.status, to)) {
            throw new ApiException.InvalidState("投递当前状态为 " + a.status + "，不能变为 " + to
                    + " / a " + a.status + " application cannot become " + to + (actor == Pipeline.Actor.SEEKER ? " by the seeker" : ""));
        }
        ApplicationStatus from = a.status;
        history(a, from, to, "USER", actorId, reason);
        a.status = to;
        a.statusReason = to == ApplicationStatus.REJECTED || to == ApplicationStatus.WITHDRAWN ? reason : null;
        a.updatedAt = OffsetDateTime.now(clock);
        if (to == ApplicationStatus.VIEWED && a.viewedAt == null) {
            a.viewedAt = a.updatedAt;
        }
        tell(a, to, reason, interview);
    }

    /** A move the service makes on its own (e.g. for a deleted account): in the history, told to no one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bySystem(Application a, ApplicationStatus to, String reason) {
        history(a, a.status, to, "SYSTEM", null, reason);
        a.status = to;
        a.statusReason = reason;
        a.updatedAt = OffsetDateTime.now(clock);
    }

    /** Tells the seeker an interview is coming up (the day-before reminder). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remind(Application a, Interview i) {
        Job job = Job.findById(a.jobId);
        notifications.notifyUser(a.seekerId, "INTERVIEW_REMINDER", "面试提醒：" + job.title,
                "你的面试将于 " + when(i.scheduledAt) + " 开始，" + where(i) + "，联系人：" + i.contact + "。", link(a),
                new SubscribeMessage(NotifyTemplates.INTERVIEW_INVITE, PAGE + "?id=" + a.id, interviewData(job, i)));
    }

    /** Tells the member who sent the invitation how the seeker answered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(Application a, Interview i) {
        Job job = Job.findById(a.jobId);
        boolean accepted = i.response == Interview.Response.ACCEPTED;
        notifications.notifyUser(i.createdBy, "INTERVIEW_RESPONSE", (accepted ? "候选人已接受面试：" : "候选人婉拒面试：") + job.title,
                "面试时间 " + when(i.scheduledAt) + (i.responseNote == null ? "" : "。留言：" + i.responseNote)
                        + (accepted ? "。现在可以查看候选人的联系方式。" : "。"),
                "pages/employer/application?id=" + a.id, null);
    }

    private void tell(Application a, ApplicationStatus to, String reason, Interview interview) {
        Job job = Job.findById(a.jobId);
        String employer = employerName(job);
        switch (to) {
            case VIEWED -> notifications.notifyUser(a.seekerId, "APPLICATION", "简历已被查看：" + job.title,
                    employer + " 查看了你的简历。", link(a), status(job, to, "对方已查看"));
            case INTERVIEW -> notifications.notifyUser(a.seekerId, "INTERVIEW_INVITE", "面试邀请：" + job.title,
                    employer + " 邀请你于 " + when(interview.scheduledAt) + " 面试，" + where(interview) + "，联系人："
                            + interview.contact + "。请在小程序中接受或婉拒。", link(a),
                    new SubscribeMessage(NotifyTemplates.INTERVIEW_INVITE, PAGE + "?id=" + a.id, interviewData(job, interview)));
            case OFFER -> notifications.notifyUser(a.seekerId, "APPLICATION", "录用意向：" + job.title,
                    employer + " 向你发出了录用意向。", link(a), status(job, to, "请留意单位联系"));
            case HIRED -> notifications.notifyUser(a.seekerId, "APPLICATION", "入职确认：" + job.title,
                    "恭喜！" + employer + " 已确认你入职。", link(a), status(job, to, "恭喜入职"));
            case REJECTED -> notifications.notifyUser(a.seekerId, "APPLICATION", "投递结果：" + job.title,
                    employer + " 认为你暂不合适：" + reason, link(a), status(job, to, reason));
            case WITHDRAWN -> notifications.notifyUser(a.seekerId, "APPLICATION", "已撤回投递：" + job.title,
                    "你撤回了对 " + employer + " 的投递。", link(a), null);
            default -> {
            }
        }
    }

    private void history(Application a, ApplicationStatus from, ApplicationStatus to, String actorKind, String actorId, String reason) {
        ApplicationHistory h = new ApplicationHistory();
        h.id = Ids.newId(clock);
        h.applicationId = a.id;
        h.at = OffsetDateTime.now(clock);
        h.actorKind = actorKind;
        h.actorId = actorId;
        h.fromStatus = from;
        h.toStatus = to;
        h.reason = reason;
        h.persist();
        tally.application(a.id);
    }

    private String employerName(Job job) {
        String name = jobs.brief(job.employerId).name();
        return name == null ? "用人单位" : name;
    }

    // Field names follow the templates configured in the WeChat console (thing: up to 20 characters, phrase: up to 5).
    private SubscribeMessage status(Job job, ApplicationStatus to, String note) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("thing1", cut(job.title, 20));
        data.put("phrase2", cut(to.label(), 5));
        data.put("thing3", cut(note, 20));
        return new SubscribeMessage(NotifyTemplates.APPLICATION_STATUS, PAGE, data);
    }

    private static Map<String, String> interviewData(Job job, Interview i) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("thing1", cut(job.title, 20));
        data.put("time2", i.scheduledAt.atZoneSameInstant(Clocks.ZONE).format(TEMPLATE_TIME));
        data.put("thing3", cut(i.place != null ? i.place : "线上面试", 20));
        data.put("thing4", cut(i.contact, 20));
        return data;
    }

    static String when(OffsetDateTime at) {
        return at.atZoneSameInstant(Clocks.ZONE).format(WHEN);
    }

    private static String where(Interview i) {
        return i.place != null ? "地点：" + i.place : "线上：" + i.onlineLink;
    }

    private static String link(Application a) {
        return PAGE + "?id=" + a.id;
    }

    static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
