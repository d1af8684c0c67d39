package cn.nanhu.talent.service;

import cn.nanhu.talent.audit.AuditLog;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.common.Violation;
import cn.nanhu.talent.identity.StaffDirectory;
import cn.nanhu.talent.service.ServiceDtos.Created;
import cn.nanhu.talent.service.ServiceDtos.RecordRequest;
import cn.nanhu.talent.service.ServiceDtos.RecordUpdate;
import cn.nanhu.talent.service.ServiceDtos.RecordView;
import cn.nanhu.talent.service.ServiceDtos.SubjectView;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dedicated HRs' service log (服务记录): writing a record, reading it per staff member and per
 * subject, editing it within a day, and the follow-ups it asks for. Records are never deleted.
 */
@ApplicationScoped
public class ServiceRecords {

    /** How long the author may correct a record; after that it stands as written. */
    static final Duration EDITABLE_FOR = Duration.ofHours(24);
    /** Leeway for a client clock a little ahead of ours: "now" on a phone may be a minute in our future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ServiceSubjects subjects;
    private final StaffDirectory staffDirectory;
    private final AuditLog audit;
    private final Clock clock;

    public ServiceRecords(ServiceSubjects subjects, StaffDirectory staffDirectory, AuditLog audit, Clock clock) {
        this.subjects = subjects;
        this.staffDirectory = staffDirectory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Created create(Staff staff, RecordRequest r) {
        boolean employer = notBlank(r.employerId());
        boolean seeker = notBlank(r.seekerUserId());
        if (employer == seeker) {
            throw InvalidInput.of(employer ? "seekerUserId" : "employerId",
                    "须且只能填写 employerId 或 seekerUserId 之一 / give exactly one of employerId and seekerUserId");
        }
        check(r.servedAt(), r.followUpOn());
        ServiceRecord.SubjectKind kind = employer ? ServiceRecord.SubjectKind.EMPLOYER : ServiceRecord.SubjectKind.SEEKER;
        String subjectId = employer ? subjects.servableEmployer(staff, r.employerId()) : subjects.servableSeeker(r.seekerUserId());
        ServiceRecord s = write(staff.id(), kind, subjectId, ServiceRecord.Channel.valueOf(r.channel()), r.servedAt(), r.note());
        s.followUpOn = r.followUpOn();
        return new Created(s.id);
    }

    /** Writes a record in the caller's transaction, e.g. the one a registration on a seeker's behalf comes with. */
    @Transactional(Transactional.TxType.MANDATORY)
    ServiceRecord write(String staffId, ServiceRecord.SubjectKind kind, String subjectId, ServiceRecord.Channel channel,
            OffsetDateTime servedAt, String note) {
        ServiceRecord s = new ServiceRecord();
        s.id = Ids.newId(clock);
        s.subjectKind = kind;
        s.subjectId = subjectId;
        s.channel = channel;
        s.servedAt = servedAt.truncatedTo(ChronoUnit.MICROS);
        s.note = note.strip();
        s.createdBy = staffId;
        s.createdAt = OffsetDateTime.now(clock);
        s.updatedAt = s.createdAt;
        s.persist();
        return s;
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

    /** The author corrects a record within a day of writing it; the previous version goes to the audit log. */
    @Transactional
    public RecordView update(Staff staff, String id, RecordUpdate r) {
        ServiceRecord s = authored(staff, id, true);
        if (!OffsetDateTime.now(clock).isBefore(s.createdAt.plus(EDITABLE_FOR))) {
            throw new ApiException.InvalidState("服务记录只能在填写后 24 小时内修改 / a record can only be edited within 24 hours of writing it");
        }
        check(r.servedAt(), r.followUpOn());
        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("channel", s.channel.name());
        previous.put("servedAt", s.servedAt.toString());
        previous.put("note", s.note.length() > 1500 ? s.note.substring(0, 1500) : s.note);
        if (s.followUpOn != null) {
            previous.put("followUpOn", s.followUpOn.toString());
        }
        if (s.followUpOn == null ? r.followUpOn() != null : !s.followUpOn.equals(r.followUpOn())) {
            // a new follow-up date is a new follow-up, still to do
            s.followUpDoneAt = null;
        }
        s.channel = ServiceRecord.Channel.valueOf(r.channel());
        s.servedAt = r.servedAt().truncatedTo(ChronoUnit.MICROS);
        s.note = r.note().strip();
        s.followUpOn = r.followUpOn();
        s.updatedAt = OffsetDateTime.now(clock);
        audit.record("STAFF", staff.id(), "SERVICE_RECORD_EDITED", "SERVICE_RECORD", s.id, Map.of("previous", previous));
        return view(staff, s);
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

    /** The author marks a record's follow-up done, once; a record without a follow-up, or one already done, is 409. */
    @Transactional
    public RecordView followUpDone(Staff staff, String id) {
        ServiceRecord s = authored(staff, id, false);
        if (s.followUpOn == null) {
            throw new ApiException.InvalidState("这条记录没有待跟进事项 / this record has no follow-up");
        }
        if (s.followUpDoneAt != null) {
            throw new ApiException.InvalidState("已跟进 / the follow-up is already done");
        }
        s.followUpDoneAt = OffsetDateTime.now(clock);
        s.updatedAt = s.followUpDoneAt;
        return view(staff, s);
    }

    /** The record, locked, when the caller wrote it. A dedicated HR is told another's does not exist; an admin may see it but not change it. */
    private static ServiceRecord authored(Staff staff, String id, boolean lock) {
        ServiceRecord s = Ids.looksLikeId(id) ? (lock ? ServiceRecord.findById(id, LockModeType.PESSIMISTIC_WRITE) : ServiceRecord.findById(id)) : null;
        if (s == null || (!staff.admin() && !s.createdBy.equals(staff.id()))) {
            throw new ApiException.NotFound("没有这条服务记录 / no such service record");
        }
        if (!s.createdBy.equals(staff.id())) {
            throw new ApiException.Forbidden("只有记录人可以修改 / only its author may change a record");
        }
        return s;
    }

    private void check(OffsetDateTime servedAt, LocalDate followUpOn) {
        List<Violation> bad = new ArrayList<>();
        if (servedAt.isAfter(OffsetDateTime.now(clock).plus(CLOCK_SKEW))) {
            bad.add(new Violation("servedAt", "服务时间不能晚于现在 / servedAt cannot be in the future"));
        }
        if (followUpOn != null && followUpOn.isBefore(servedAt.atZoneSameInstant(Clocks.ZONE).toLocalDate())) {
            bad.add(new Violation("followUpOn", "跟进日期不能早于服务日期 / followUpOn cannot be before the day of service"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInput(bad);
        }
    }

    static void period(StringBuilder q, Parameters p, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInput.of("to", "结束日期不能早于开始日期 / to cannot be before from");
        }
        if (from != null) {
            q.append(" and servedAt >= :from");
            p.and("from", from.atStartOfDay(Clocks.ZONE).toOffsetDateTime());
        }
        if (to != null) {
            q.append(" and servedAt < :to");
            p.and("to", to.plusDays(1).atStartOfDay(Clocks.ZONE).toOffsetDateTime());
        }
    }

    /** A query parameter that is a date (2026-11-26), or null when absent. */
    static LocalDate date(String field, String raw) {
        if (!notBlank(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, field + " 须为日期，如 2026-11-26 / " + field + " must be a date such as 2026-11-26");
        }
    }

    private static OffsetDateTime cursorTime(String raw) {
        try {
            return OffsetDateTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("cursor", "无效的分页游标 / invalid cursor");
        }
    }

    private Page<RecordView> views(Staff staff, Page<ServiceRecord> page) {
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
                s.createdBy.equals(staff.id()) && now.isBefore(s.createdAt.plus(EDITABLE_FOR)));
    }

    String staffName(String staffId) {
        return staffDirectory.find(staffId).map(StaffDirectory.StaffSummary::displayName).orElse(null);
    }

    /** The database hands times back in UTC; the API speaks China Standard Time. */
    static OffsetDateTime china(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Clocks.ZONE).toOffsetDateTime();
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
