package cn.nanhu.talent.review;

import cn.nanhu.talent.audit.AuditLog;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.review.ReviewDtos.DecisionRequest;
import cn.nanhu.talent.review.ReviewDtos.ReviewItemDetail;
import cn.nanhu.talent.review.ReviewDtos.ReviewItemView;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review queue shared by every kind of subject. Features submit; reviewers list, claim and
 * decide. A decision names the version the reviewer saw, so of two reviewers deciding at once
 * exactly one wins, and the loser gets 409.
 */
@ApplicationScoped
public class ReviewQueue {

    static final Duration CLAIM_TIME = Duration.ofMinutes(30);

    private final Instance<ReviewSubjects> subjects;
    private final AuditLog audit;
    private final Clock clock;

    public ReviewQueue(Instance<ReviewSubjects> subjects, AuditLog audit, Clock clock) {
        this.subjects = subjects;
        this.audit = audit;
        this.clock = clock;
    }

    /** Queues a subject for review, superseding an earlier pending submission of the same subject. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String submit(ReviewKind kind, String subjectId, String summary, List<String> flags) {
        ReviewItem.update("status = ?1 where kind = ?2 and subjectId = ?3 and status = ?4",
                ReviewItem.Status.SUPERSEDED, kind, subjectId, ReviewItem.Status.PENDING);
        ReviewItem item = new ReviewItem();
        item.id = Ids.newId(clock);
        item.kind = kind;
        item.subjectId = subjectId;
        item.status = ReviewItem.Status.PENDING;
        item.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
        item.flags = flags == null || flags.isEmpty() ? null : String.join(",", flags);
        item.submittedAt = OffsetDateTime.now(clock);
        item.persist();
        return item.id;
    }

    /** Oldest first, so nothing waits forever. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReviewItemView> list(ReviewKind kind, ReviewItem.Status status, PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 2);
        StringBuilder q = new StringBuilder("status = :status");
        Parameters p = Parameters.with("status", status);
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (cursor != null) {
            q.append(" and (submittedAt > :at or (submittedAt = :at and id > :id))");
            p.and("at", cursorTime(cursor.part(0))).and("id", cursor.part(1));
        }
        List<ReviewItem> rows = ReviewItem.<ReviewItem>find(q + " order by submittedAt, id", p).page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), i -> Cursor.of(i.submittedAt.toString(), i.id)).map(ReviewQueue::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewItemDetail detail(String id) {
        ReviewItem item = find(id);
        return new ReviewItemDetail(view(item), handler(item.kind).details(item.subjectId));
    }

    /** Takes an item for 30 minutes so two reviewers don't work on the same one. */
    @Transactional
    public ReviewItemView claim(String id, String reviewerId) {
        ReviewItem item = find(id);
        requirePending(item);
        OffsetDateTime now = OffsetDateTime.now(clock);
        requireNotClaimedByAnother(item, reviewerId, now);
        item.claimedBy = reviewerId;
        item.claimedUntil = now.plus(CLAIM_TIME);
        return view(item);
    }

    @Transactional
    public void release(String id, String reviewerId) {
        ReviewItem item = find(id);
        if (reviewerId.equals(item.claimedBy)) {
            item.claimedBy = null;
            item.claimedUntil = null;
        }
    }

    /**
     * Decides an item. The status change is a conditional update on the version the reviewer saw,
     * so a concurrent or stale decision changes nothing and gets 409. The subject's feature then
     * applies the outcome, and the audit row is written, in the same transaction.
     */
    @Transactional
    public ReviewItemView decide(String id, DecisionRequest request, String reviewerId) {
        ReviewItem item = find(id);
        requirePending(item);
        OffsetDateTime now = OffsetDateTime.now(clock);
        requireNotClaimedByAnother(item, reviewerId, now);
        boolean approve = "APPROVE".equals(request.decision());
        String reason = approve ? blankToNull(request.reason()) : rejectionReason(request);
        ReviewItem.Status outcome = approve ? ReviewItem.Status.APPROVED : ReviewItem.Status.REJECTED;
        int changed = ReviewItem.update("status = ?1, decidedBy = ?2, decidedAt = ?3, reason = ?4, version = version + 1 "
                        + "where id = ?5 and version = ?6 and status = ?7",
                outcome, reviewerId, now, reason, id, request.version(), ReviewItem.Status.PENDING);
        if (changed != 1) {
            throw new ApiException.Conflict("已有其他审核员先作出决定，或页面已过期，请刷新 / someone decided first or your copy is stale: reload");
        }
        Map<String, Object> options = new HashMap<>();
        if (request.confirmAboveDesignatedSize() != null) {
            options.put("confirmAboveDesignatedSize", request.confirmAboveDesignatedSize());
        }
        if (approve) {
            handler(item.kind).approved(item.subjectId, reviewerId, options);
        } else {
            handler(item.kind).rejected(item.subjectId, reviewerId, reason);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reviewItemId", id);
        detail.put("decision", request.decision());
        if (reason != null) {
            detail.put("reason", reason);
        }
        detail.putAll(options);
        audit.record("STAFF", reviewerId, "REVIEW_" + outcome.name(), item.kind.name(), item.subjectId, detail);
        ReviewItem.getEntityManager().refresh(item);
        return view(item);
    }

    private static String rejectionReason(DecisionRequest request) {
        String template = blankToNull(request.reasonTemplate());
        String text = blankToNull(request.reason());
        if (template != null) {
            String templateText = ReasonTemplates.byCode(template)
                    .orElseThrow(() -> InvalidInput.of("reasonTemplate", "没有这个理由模板 / unknown reason template"))
                    .text();
            return text == null ? templateText : templateText + " " + text;
        }
        if (text == null) {
            throw InvalidInput.of("reason", "驳回必须填写理由 / a rejection needs a reason");
        }
        return text;
    }

    private ReviewSubjects handler(ReviewKind kind) {
        return subjects.stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no review handler for " + kind));
    }

    private static void requireNotClaimedByAnother(ReviewItem item, String reviewerId, OffsetDateTime now) {
        if (item.claimedBy != null && !item.claimedBy.equals(reviewerId) && item.claimedUntil.isAfter(now)) {
            throw new ApiException.Conflict("该条目已被其他审核员领取 / another reviewer is working on this item");
        }
    }

    private static void requirePending(ReviewItem item) {
        if (item.status != ReviewItem.Status.PENDING) {
            throw new ApiException.InvalidState("该条目已处理 / this item was already decided or superseded");
        }
    }

    private static ReviewItem find(String id) {
        ReviewItem item = Ids.looksLikeId(id) ? ReviewItem.findById(id) : null;
        if (item == null) {
            throw new ApiException.NotFound("没有这个审核条目 / no such review item");
        }
        return item;
    }

    private static OffsetDateTime cursorTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of("cursor", "无效的分页游标 / invalid cursor");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static ReviewItemView view(ReviewItem i) {
        List<String> flags = i.flags == null ? List.of() : Arrays.asList(i.flags.split(","));
        return new ReviewItemView(i.id, i.kind.name(), i.subjectId, i.status.name(), i.version, i.submittedAt, i.summary,
                flags, i.claimedBy, i.claimedUntil, i.decidedBy, i.decidedAt, i.reason);
    }
}
