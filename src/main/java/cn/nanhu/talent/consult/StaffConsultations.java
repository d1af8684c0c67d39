package cn.nanhu.talent.consult;

import cn.nanhu.talent.audit.AuditLog;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.consult.ConsultDtos.StaffTicketView;
import cn.nanhu.talent.consult.TicketQueries.StaffFilter;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.identity.StaffDirectory;
import cn.nanhu.talent.identity.StaffDirectory.StaffSummary;
import cn.nanhu.talent.identity.UserDirectory;
import cn.nanhu.talent.notify.NotificationService;
import cn.nanhu.talent.notify.NotifyTemplates;
import cn.nanhu.talent.notify.SubscribeMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Consultations as staff work them. A SERVICE member sees and answers only the tickets assigned to
 * them (anything else is 404); an admin sees all, answers any and (re)assigns.
 */
@ApplicationScoped
public class StaffConsultations {

    static final String PAGE = "pages/consult/detail";
    private static final DateTimeFormatter TEMPLATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConsultationWaiting waiting;
    private final ConsultationViews views;
    private final StaffDirectory staff;
    private final UserDirectory users;
    private final NotificationService notifications;
    private final AuditLog audit;

    StaffConsultations(ConsultationWaiting waiting, ConsultationViews views, StaffDirectory staff, UserDirectory users,
            NotificationService notifications, AuditLog audit) {
        this.waiting = waiting;
        this.views = views;
        this.staff = staff;
        this.users = users;
        this.notifications = notifications;
        this.audit = audit;
    }

    /**
     * {@code assignee}: {@code me}, a staff id or {@code none} (unassigned); anything but {@code me}
     * (or one's own id) is for admins. {@code status}: OPEN, ANSWERED or CLOSED. {@code overdue=true}:
     * only tickets waiting for staff past their due time.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StaffTicketView> list(String staffId, boolean admin, String assignee, String status, String overdue, PageRequest page) {
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        boolean unassigned = "none".equals(who);
        String assigneeId = "me".equals(who) ? staffId : unassigned ? null : who;
        if (!admin) {
            if (unassigned || (assigneeId != null && !assigneeId.equals(staffId))) {
                throw new ApiException.Forbidden("只能查看分配给自己的咨询 / SERVICE staff see only the consultations assigned to them");
            }
            assigneeId = staffId;
        }
        Consultation.Status st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = Consultation.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("status", "status 取值为 OPEN、ANSWERED、CLOSED / status must be OPEN, ANSWERED or CLOSED");
            }
        }
        boolean overdueOnly;
        if (overdue == null || overdue.isBlank() || "false".equals(overdue.strip())) {
            overdueOnly = false;
        } else if ("true".equals(overdue.strip())) {
            overdueOnly = true;
        } else {
            throw InvalidInput.of("overdue", "overdue 取值为 true 或 false / overdue must be true or false");
        }
        Cursor cursor = Cursor.decode(page.cursor(), 2);
        var rows = TicketQueries.forStaff(new StaffFilter(assigneeId, unassigned, st, overdueOnly), views.now(), cursor, page.size() + 1);
        return Page.fromLookahead(rows, page.size(), TicketQueries::cursorOf).map(c -> views.forStaff(c, false));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffTicketView get(String staffId, boolean admin, String id) {
        return views.forStaff(reachable(staffId, admin, id, false), true);
    }

    /** A staff answer: the ticket is ANSWERED, and the asker gets an inbox notice and a subscribe message. */
    @Transactional
    public StaffTicketView reply(String staffId, boolean admin, String id, String text) {
        Consultation c = reachable(staffId, admin, id, true);
        ConsultationService.requireNotClosed(c);
        OffsetDateTime now = views.now();
        ConsultationMessage m = waiting.addMessage(c, ConsultationMessage.AuthorKind.STAFF, staffId, text.strip(), now);
        waiting.answered(c, m, now);
        audit.record("STAFF", staffId, "CONSULTATION_REPLIED", "CONSULTATION", c.id, Map.of("messageId", m.id));
        if (!c.askerDeleted && users.isActive(c.askerUserId)) {
            String who = staff.find(staffId).map(StaffSummary::displayName).orElse("工作人员");
            // field names follow the template configured in the WeChat console (thing: up to 20 characters)
            Map<String, String> data = new LinkedHashMap<>();
            data.put("thing1", cut(c.topic, 20));
            data.put("thing2", cut(who, 20));
            data.put("time3", now.atZoneSameInstant(Clocks.ZONE).format(TEMPLATE_TIME));
            notifications.notifyUser(c.askerUserId, "CONSULTATION_REPLY", "咨询已回复：" + cut(c.topic, 30),
                    who + " 回复了你的咨询，请在小程序中查看。", PAGE + "?id=" + c.id,
                    new SubscribeMessage(NotifyTemplates.CONSULTATION_REPLY, PAGE + "?id=" + c.id, data));
        }
        return views.forStaff(c, true);
    }

    /** An admin hands a ticket to an enabled SERVICE member. */
    @Transactional
    public StaffTicketView assign(String adminId, String id, String staffId) {
        Consultation c = reachable(adminId, true, id, true);
        StaffSummary to = staff.find(staffId.strip()).filter(s -> s.can(Roles.SERVICE))
                .orElseThrow(() -> InvalidInput.of("staffId", "需要一个启用的 SERVICE 工作人员 / staffId must be an enabled SERVICE staff member"));
        String previous = c.assigneeId;
        c.assigneeId = to.id();
        c.updatedAt = views.now();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("staffId", to.id());
        if (previous != null) {
            detail.put("previous", previous);
        }
        audit.record("STAFF", adminId, "CONSULTATION_ASSIGNED", "CONSULTATION", c.id, detail);
        return views.forStaff(c, true);
    }

    private static Consultation reachable(String staffId, boolean admin, String id, boolean lock) {
        Consultation c = !Ids.looksLikeId(id) ? null
                : lock ? Consultation.findById(id, LockModeType.PESSIMISTIC_WRITE) : Consultation.findById(id);
        if (c == null || (!admin && !staffId.equals(c.assigneeId))) {
            throw new ApiException.NotFound("没有这个咨询 / no such consultation");
        }
        return c;
    }

    static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
