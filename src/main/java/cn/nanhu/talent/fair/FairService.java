package cn.nanhu.talent.fair;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.common.Violation;
import cn.nanhu.talent.fair.FairDtos.Created;
import cn.nanhu.talent.fair.FairDtos.FairRequest;
import cn.nanhu.talent.fair.FairDtos.FairStats;
import cn.nanhu.talent.fair.FairDtos.FairView;
import cn.nanhu.talent.files.FileInfo;
import cn.nanhu.talent.files.FileService;
import cn.nanhu.talent.identity.SubjectKind;
import cn.nanhu.talent.reference.DictDtos.DivisionView;
import cn.nanhu.talent.reference.ReferenceData;
import cn.nanhu.talent.stats.Tally;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fairs as admins run them (create a draft, edit, publish, cancel, figures) and as everyone sees
 * them (published fairs, by status). The status follows the clock: see {@link Fair#statusAt}.
 */
@ApplicationScoped
public class FairService {

    /** The longest fair: a week-long online fair is common, longer is a mistake. */
    static final Duration MAX_LENGTH = Duration.ofDays(31);
    private static final Set<String> COVER_TYPES = Set.of("image/jpeg", "image/png");

    private final ReferenceData reference;
    private final FileService files;
    private final EntityManager em;
    private final Tally tally;
    private final Clock clock;

    public FairService(ReferenceData reference, FileService files, EntityManager em, Tally tally, Clock clock) {
        this.reference = reference;
        this.files = files;
        this.em = em;
        this.clock = clock;
        this.tally = tally;
    }

    @Transactional
    public Created create(String staffId, FairRequest r) {
        validate(r, 0, staffId, null);
        Fair f = new Fair();
        f.id = Ids.newId(clock);
        f.createdBy = staffId;
        f.createdAt = OffsetDateTime.now(clock);
        apply(f, r);
        f.persist();
        return new Created(f.id, Fair.Status.DRAFT.name());
    }

    /** Edits a fair that has not started; the capacity never drops below the tickets given out. */
    @Transactional
    public FairView update(String staffId, String id, FairRequest r) {
        Fair f = locked(id);
        Fair.Status status = f.statusAt(OffsetDateTime.now(clock));
        if (status != Fair.Status.DRAFT && status != Fair.Status.PUBLISHED) {
            throw new ApiException.InvalidState("招聘会" + label(status) + "，不能再修改 / a " + status + " fair cannot be edited");
        }
        validate(r, f.signups, staffId, f.coverFileId);
        apply(f, r);
        return view(f);
    }

    @Transactional
    public FairView publish(String id) {
        Fair f = locked(id);
        if (f.statusAt(OffsetDateTime.now(clock)) != Fair.Status.DRAFT) {
            throw new ApiException.InvalidState("只有草稿可以发布 / only a draft can be published");
        }
        if (!f.endAt.isAfter(OffsetDateTime.now(clock))) {
            throw new ApiException.InvalidState("招聘会已过结束时间 / the fair is already over");
        }
        f.publishedAt = OffsetDateTime.now(clock);
        f.updatedAt = f.publishedAt;
        tally.fair(f.id);
        return view(f);
    }

    @Transactional
    public FairView cancel(String id) {
        Fair f = locked(id);
        Fair.Status status = f.statusAt(OffsetDateTime.now(clock));
        if (status == Fair.Status.ENDED || status == Fair.Status.CANCELLED) {
            throw new ApiException.InvalidState("招聘会" + label(status) + " / a " + status + " fair cannot be cancelled");
        }
        f.cancelledAt = OffsetDateTime.now(clock);
        f.updatedAt = f.cancelledAt;
        return view(f);
    }

    /** For admins: every fair, drafts too, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FairView> all(PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        List<Fair> rows = (cursor == null ? Fair.<Fair>find("order by id desc") : Fair.<Fair>find("id < ?1 order by id desc", cursor.part(0)))
                .page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), f -> Cursor.of(f.id)).map(this::view);
    }

    /** For everyone: published fairs, soonest first; {@code status} narrows to PUBLISHED (upcoming), ONGOING or ENDED. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FairView> published(String status, PageRequest page) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Cursor cursor = Cursor.decode(page.cursor(), 2);
        StringBuilder q = new StringBuilder("publishedAt is not null and cancelledAt is null");
        Parameters p = new Parameters();
        if (status != null && !status.isBlank()) {
            switch (status.strip()) {
                case "PUBLISHED" -> q.append(" and startAt > :now");
                case "ONGOING" -> q.append(" and startAt <= :now and endAt > :now");
                case "ENDED" -> q.append(" and endAt <= :now");
                default -> throw InvalidInput.of("status", "status 取值为 PUBLISHED、ONGOING、ENDED / status must be PUBLISHED, ONGOING or ENDED");
            }
            p.and("now", now);
        }
        if (cursor != null) {
            q.append(" and (startAt > :cs or (startAt = :cs and id > :ci))");
            try {
                p.and("cs", OffsetDateTime.parse(cursor.part(0))).and("ci", cursor.part(1));
            } catch (java.time.format.DateTimeParseException e) {
                throw InvalidInput.of("cursor", "无效的分页游标 / invalid cursor");
            }
        }
        List<Fair> rows = Fair.<Fair>find(q.append(" order by startAt, id").toString(), p).page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), f -> Cursor.of(f.startAt.toString(), f.id)).map(this::view);
    }

    /** For the home page: up to {@code n} published fairs under way or still to come, soonest first, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FairView> currentAndUpcoming(int n) {
        return Fair.<Fair>find("publishedAt is not null and cancelledAt is null and endAt > ?1 order by startAt, id", OffsetDateTime.now(clock))
                .page(0, n).list().stream().map(this::view).toList();
    }

    /** A published fair; a draft is 404 to everyone but admins. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FairView get(String id, boolean staff) {
        Fair f = find(id);
        if (!staff && f.publishedAt == null) {
            throw new ApiException.NotFound("没有这个招聘会 / no such fair");
        }
        return view(f);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FairStats stats(String id) {
        Fair f = find(id);
        long employers = count("select count(*) from fair_registration where fair_id = ?1 and status = 'APPROVED'", f.id);
        long jobs = count("select count(distinct rj.job_id) from fair_registration_job rj join fair_registration r on r.id = rj.registration_id"
                + " where r.fair_id = ?1 and r.status = 'APPROVED'", f.id);
        long checkins = count("select count(*) from fair_ticket where fair_id = ?1 and checked_in_at is not null", f.id);
        long tickets = count("select count(*) from fair_ticket where fair_id = ?1", f.id);
        // applications made from the fair's page (the application feature stores the fair id)
        long applications = count("select count(*) from application where fair_id = ?1", f.id);
        return new FairStats(f.id, f.statusAt(OffsetDateTime.now(clock)).name(), employers, jobs, f.capacity, tickets, checkins, applications);
    }

    /** The fair, its row locked until the transaction ends: an edit waits for a sign-up in flight and sees its count. */
    static Fair locked(String id) {
        Fair f = Ids.looksLikeId(id) ? Fair.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE) : null;
        if (f == null) {
            throw new ApiException.NotFound("没有这个招聘会 / no such fair");
        }
        return f;
    }

    static Fair find(String id) {
        Fair f = Ids.looksLikeId(id) ? Fair.findById(id) : null;
        if (f == null) {
            throw new ApiException.NotFound("没有这个招聘会 / no such fair");
        }
        return f;
    }

    FairView view(Fair f) {
        return new FairView(f.id, f.title, f.mode.name(), f.statusAt(OffsetDateTime.now(clock)).name(), f.startAt, f.endAt, f.venue,
                f.districtCode, f.districtCode == null ? null : reference.division(f.districtCode).map(DivisionView::name).orElse(null),
                f.capacity, f.signups, Math.max(0, f.capacity - f.signups), f.description, f.coverFileId, f.publishedAt);
    }

    static String label(Fair.Status s) {
        return switch (s) {
            case DRAFT -> "尚未发布";
            case PUBLISHED -> "尚未开始";
            case ONGOING -> "正在进行";
            case ENDED -> "已结束";
            case CANCELLED -> "已取消";
        };
    }

    private long count(String sql, String id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    private void apply(Fair f, FairRequest r) {
        f.title = r.title().strip();
        f.mode = Fair.Mode.valueOf(r.mode());
        f.startAt = r.startAt();
        f.endAt = r.endAt();
        f.venue = r.venue() == null || r.venue().isBlank() ? null : r.venue().strip();
        f.districtCode = r.districtCode() == null || r.districtCode().isBlank() ? null : r.districtCode().strip();
        f.capacity = r.capacity();
        f.description = r.description().strip();
        f.coverFileId = r.coverFileId() == null || r.coverFileId().isBlank() ? null : r.coverFileId().strip();
        f.updatedAt = OffsetDateTime.now(clock);
    }

    /**
     * Checks what an admin wrote. A cover is shown to everyone once the fair is published, so it
     * must be a JPEG or PNG the calling admin uploaded (or the cover the fair already has).
     */
    private void validate(FairRequest r, int signups, String staffId, String currentCover) {
        List<Violation> bad = new ArrayList<>();
        String cover = r.coverFileId() == null || r.coverFileId().isBlank() ? null : r.coverFileId().strip();
        if (cover != null && !cover.equals(currentCover)) {
            Optional<FileInfo> info = files.info(cover);
            if (info.isEmpty() || !files.isOwnedBy(cover, SubjectKind.STAFF, staffId)) {
                bad.add(new Violation("coverFileId", "文件不存在或不是你上传的 / no such file among your uploads"));
            } else if (!COVER_TYPES.contains(info.get().contentType())) {
                bad.add(new Violation("coverFileId", "封面须为 JPEG 或 PNG 图片 / the cover must be a JPEG or PNG image"));
            }
        }
        if (!r.endAt().isAfter(r.startAt())) {
            bad.add(new Violation("endAt", "结束时间须晚于开始时间 / endAt must be after startAt"));
        } else if (Duration.between(r.startAt(), r.endAt()).compareTo(MAX_LENGTH) > 0) {
            bad.add(new Violation("endAt", "招聘会最长 31 天 / a fair lasts at most 31 days"));
        }
        if (!r.endAt().isAfter(OffsetDateTime.now(clock))) {
            bad.add(new Violation("endAt", "结束时间须在将来 / endAt must be in the future"));
        }
        if ("OFFLINE".equals(r.mode())) {
            if (r.venue() == null || r.venue().isBlank()) {
                bad.add(new Violation("venue", "线下招聘会须填写场地 / an OFFLINE fair needs a venue"));
            }
            if (r.districtCode() == null || r.districtCode().isBlank()) {
                bad.add(new Violation("districtCode", "线下招聘会须填写所在区县 / an OFFLINE fair needs a districtCode"));
            }
        }
        if (r.districtCode() != null && !r.districtCode().isBlank() && reference.division(r.districtCode().strip()).isEmpty()) {
            bad.add(new Violation("districtCode", "没有这个行政区划代码 / no such division code"));
        }
        if (r.capacity() < signups) {
            bad.add(new Violation("capacity", "名额不能少于已报名人数 " + signups + " / capacity cannot drop below the " + signups + " tickets given"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInput(bad);
        }
    }
}
