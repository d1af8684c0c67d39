package cn.nanhu.talent.service;

import static cn.nanhu.talent.service.ServiceQueries.china;
import static cn.nanhu.talent.service.ServiceQueries.cursorTime;
import static cn.nanhu.talent.service.ServiceQueries.date;
import static cn.nanhu.talent.service.ServiceQueries.notBlank;
import static cn.nanhu.talent.service.ServiceQueries.period;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.StaffDirectory;
import cn.nanhu.talent.service.ServiceDtos.RecordView;
import cn.nanhu.talent.service.ServiceDtos.SubjectView;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading the service log: per staff member (a dedicated HR only their own), per employer, per
 * seeker and by dates; and the follow-ups a staff member has due.
 */
@ApplicationScoped
public class ServiceLog {

    private final ServiceSubjects subjects;
    private final StaffDirectory staffDirectory;
    private final Clock clock;

    public ServiceLog(ServiceSubjects subjects, StaffDirectory staffDirectory, Clock clock) {
        this.subjects = subjects;
        this.staffDirectory = staffDirectory;
        this.clock = clock;
    }

    /** A dedicated HR reads their own records (asking for another's is 403); an admin reads anyone's. Newest service first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RecordView> list(Staff staff, String staffId, String employerId, String seekerUserId, String from, String to,
            PageRequest page) {
        String author = notBlank(staffId) ? staffId.strip() : null;
        if (!staff.admin()) {
            if (author != null && !author.equals(staff.id())) {
                throw new ApiException.Forbidden("只能查看自己的服务记录 / you may only read your own service records");
            }
            author = staff.id();
        }
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (author != null) {
            q.append(" and createdBy = :author");
            p.and("author", author);
        }
        if (notBlank(employerId)) {
            q.append(" and subjectKind = :ek and subjectId = :eid");
            p.and("ek", ServiceRecord.SubjectKind.EMPLOYER).and("eid", employerId.strip());
        }
        if (notBlank(seekerUserId)) {
            q.append(" and subjectKind = :sk and subjectId = :sid");
            p.and("sk", ServiceRecord.SubjectKind.SEEKER).and("sid", seekerUserId.strip());
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        period(q, p, fromDate, toDate);
        Cursor cursor = Cursor.decode(page.cursor(), 2);
        if (cursor != null) {
            q.append(" and (servedAt < :cs or (servedAt = :cs and id < :ci))");
            p.and("cs", cursorTime(cursor.part(0))).and("ci", cursor.part(1));
        }
        List<ServiceRecord> rows = ServiceRecord.<ServiceRecord>find(q + " order by servedAt desc, id desc", p)
                .page(0, page.size() + 1).list();
        return views(staff, Page.fromLookahead(rows, page.size(), r -> Cursor.of(r.servedAt.toString(), r.id)));
    }

    /** The caller's own follow-ups due on or before {@code due} (today in China by default) and not done, the oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RecordView> followUps(Staff staff, String due, PageRequest page) {
        LocalDate dueDate = date("due", due);
        if (dueDate == null) {
            dueDate = LocalDate.now(clock.withZone(Clocks.ZONE));
        }
        StringBuilder q = new StringBuilder("createdBy = :me and followUpOn is not null and followUpOn <= :due and followUpDoneAt is null");
        Parameters p = Parameters.with("me", staff.id()).and("due", dueDate);
        Cursor cursor = Cursor.decode(page.cursor(), 2);
        if (cursor != null) {
            q.append(" and (followUpOn > :cd or (followUpOn = :cd and id > :ci))");
            try {
                p.and("cd", LocalDate.parse(cursor.part(0))).and("ci", cursor.part(1));
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("cursor", "无效的分页游标 / invalid cursor");
            }
        }
        List<ServiceRecord> rows = ServiceRecord.<ServiceRecord>find(q + " order by followUpOn, id", p).page(0, page.size() + 1).list();
        return views(staff, Page.fromLookahead(rows, page.size(), r -> Cursor.of(r.followUpOn.toString(), r.id)));
    }

    Page<RecordView> views(Staff staff, Page<ServiceRecord> page) {
        Map<String, SubjectView> subjectViews = subjects.views(page.items());
        Map<String, String> staffNames = new HashMap<>();
        return page.map(s -> view(staff, s, subjectViews.get(ServiceSubjects.key(s.subjectKind, s.subjectId)),
                staffNames.computeIfAbsent(s.createdBy, this::staffName)));
    }

    RecordView view(Staff staff, ServiceRecord s) {
        return view(staff, s, subjects.views(List.of(s)).get(ServiceSubjects.key(s.subjectKind, s.subjectId)), staffName(s.createdBy));
    }

    private RecordView view(Staff staff, ServiceRecord s, SubjectView subject, String staffName) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new RecordView(s.id, subject, s.channel.name(), china(s.servedAt), s.note, s.followUpOn, china(s.followUpDoneAt),
                s.createdBy, staffName, china(s.createdAt), china(s.updatedAt),
                s.createdBy.equals(staff.id()) && now.isBefore(s.createdAt.plus(ServiceRecords.EDITABLE_FOR)));
    }

    String staffName(String staffId) {
        return staffDirectory.find(staffId).map(StaffDirectory.StaffSummary::displayName).orElse(null);
    }
}
