package cn.nanhu.talent.console;

import cn.nanhu.talent.identity.Roles;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;

/** What every console page shows around its content: the signed-in person, the menu for their roles, the CSRF token. */
@TemplateData
public record Chrome(String displayName, String roleLabels, String csrf, List<NavEntry> nav) {

    /** One menu entry; {@code active} marks the current section. */
    @TemplateData
    public record NavEntry(String href, String label, boolean active) {
    }

    /** The header htmx adds to every request it sends: the session's CSRF token (URL-safe base64, nothing to escape). */
    public String hxHeaders() {
        return "{\"" + ConsoleGuard.CSRF_HEADER + "\":\"" + csrf + "\"}";
    }

    static Chrome of(Staffer s, String active) {
        List<NavEntry> nav = new ArrayList<>();
        nav.add(new NavEntry("/admin", "工作台", "home".equals(active)));
        if (s.hasAny(Roles.REVIEWER, Roles.ADMIN)) {
            nav.add(new NavEntry("/admin/reviews", "审核队列", "reviews".equals(active)));
            nav.add(new NavEntry("/admin/reviews?kind=JOB", "职位审核", "jobs".equals(active)));
        }
        nav.add(new NavEntry("/admin/employers", "用人单位", "employers".equals(active)));
        if (s.hasAny(Roles.SERVICE, Roles.ADMIN)) {
            nav.add(new NavEntry("/admin/consultations", "求职咨询", "consultations".equals(active)));
            nav.add(new NavEntry("/admin/service-records", "服务记录", "service".equals(active)));
        }
        if (s.hasAny(Roles.ADMIN)) {
            nav.add(new NavEntry("/admin/content", "公告与文章", "content".equals(active)));
        }
        if (s.hasAny(Roles.ADMIN, Roles.SERVICE)) {
            nav.add(new NavEntry("/admin/fairs", "招聘会", "fairs".equals(active)));
        }
        if (s.hasAny(Roles.ADMIN)) {
            nav.add(new NavEntry("/admin/channels", "渠道", "channels".equals(active)));
            nav.add(new NavEntry("/admin/stats", "统计", "stats".equals(active)));
            nav.add(new NavEntry("/admin/staff", "工作人员", "staff".equals(active)));
            nav.add(new NavEntry("/admin/audit", "审计日志", "audit".equals(active)));
        }
        List<String> labels = s.roles().stream().sorted().map(Chrome::roleLabel).toList();
        return new Chrome(s.displayName(), String.join("、", labels), s.csrf(), nav);
    }

    static String roleLabel(String role) {
        return switch (role) {
            case Roles.REVIEWER -> "审核专员";
            case Roles.SERVICE -> "专属HR";
            case Roles.ADMIN -> "管理员";
            default -> role;
        };
    }
}
