package cn.nanhu.talent.employer;

import cn.nanhu.talent.notify.NotificationService;
import cn.nanhu.talent.notify.SubscribeMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells an employer's members what a review decided (an inbox item for each member, and a WeChat
 * subscribe message to those who granted the review-result template, sent later by the outbox),
 * and tells other features, such as job search, that the employer's status changed.
 */
@ApplicationScoped
public class EmployerEvents {

    static final String PAGE = "pages/employer/mine";

    private final NotificationService notifications;
    private final Event<EmployerStatusChanged> statusChanges;

    public EmployerEvents(NotificationService notifications, Event<EmployerStatusChanged> statusChanges) {
        this.notifications = notifications;
        this.statusChanges = statusChanges;
    }

    void statusChanged(Employer e) {
        statusChanges.fire(new EmployerStatusChanged(e.id, e.status.name()));
    }

    void reviewed(Employer e, boolean approved, String reason) {
        String title = approved ? "单位认证已通过" : "单位认证未通过";
        String body = approved
                ? e.name + " 已通过实名认证，现在可以发布岗位。"
                : e.name + " 未通过审核：" + reason + "。请修改后重新提交。";
        // Field names follow the review-result template configured in the WeChat console
        // (thing: up to 20 characters, phrase: up to 5).
        Map<String, String> data = new LinkedHashMap<>();
        data.put("thing1", cut(e.name, 20));
        data.put("phrase2", approved ? "审核通过" : "未通过");
        data.put("thing3", cut(approved ? "可发布岗位" : reason, 20));
        List<EmployerMember> members = EmployerMember.<EmployerMember>find("employerId", e.id).list();
        for (EmployerMember m : members) {
            notifications.notifyUser(m.userId, "EMPLOYER_REVIEW", title, body, PAGE,
                    new SubscribeMessage("REVIEW_RESULT", PAGE, data));
        }
        statusChanged(e);
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
