package cn.nanhu.talent.service;

import static cn.nanhu.talent.service.ServiceQueries.notBlank;

import cn.nanhu.talent.audit.AuditLog;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Violation;
import cn.nanhu.talent.service.ServiceDtos.Created;
import cn.nanhu.talent.service.ServiceDtos.RecordRequest;
import cn.nanhu.talent.service.ServiceDtos.RecordUpdate;
import cn.nanhu.talent.service.ServiceDtos.RecordView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writing the dedicated HRs' service log (服务记录): a record to exactly one subject the staff
 * member may serve, corrected by its author within a day, its follow-up marked done. Records are
 * never deleted. Reading is {@link ServiceLog}.
 */
@ApplicationScoped
public class ServiceRecords {

    /** How long the author may correct a record; after that it stands as written. */
    static final Duration EDITABLE_FOR = Duration.ofHours(24);
    /** Leeway for a client clock a little ahead of ours: "now" on a phone may be a minute in our future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ServiceSubjects subjects;
    private final ServiceLog log;
    private final AuditLog audit;
    private final Clock clock;

    public ServiceRecords(ServiceSubjects subjects, ServiceLog log, AuditLog audit, Clock clock) {
        this.subjects = subjects;
        this.log = log;
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
        return log.view(staff, s);
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
        return log.view(staff, s);
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
}
