package cn.nanhu.talent.audit;

import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The audit log: who did what to which subject, when, and with what detail. Entries are written in
 * the transaction of the action, so an action and its audit row commit together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    /** An audit row as staff see it. */
    public record AuditView(String id, OffsetDateTime at, String actorKind, String actorId, String action,
            String subjectKind, String subjectId, Map<String, Object> detail) {
    }

    private final Clock clock;
    private final ObjectMapper mapper;

    public AuditLog(Clock clock, ObjectMapper mapper) {
        this.clock = clock;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actorKind, String actorId, String action, String subjectKind, String subjectId,
            Map<String, ?> detail) {
        AuditEntry e = new AuditEntry();
        e.id = Ids.newId(clock);
        e.at = OffsetDateTime.now(clock);
        e.actorKind = actorKind;
        e.actorId = actorId;
        e.action = action;
        e.subjectKind = subjectKind;
        e.subjectId = subjectId;
        try {
            String json = detail == null || detail.isEmpty() ? null : mapper.writeValueAsString(detail);
            e.detail = json != null && json.length() > 2000 ? json.substring(0, 2000) : json;
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("audit detail not serialisable", ex);
        }
        e.persist();
    }

    /** Newest first, optionally for one subject. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditView> list(String subjectKind, String subjectId, PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (subjectKind != null && !subjectKind.isBlank()) {
            q.append(" and subjectKind = :kind");
            p.and("kind", subjectKind.strip());
        }
        if (subjectId != null && !subjectId.isBlank()) {
            q.append(" and subjectId = :sid");
            p.and("sid", subjectId.strip());
        }
        if (cursor != null) {
            q.append(" and id < :after");
            p.and("after", cursor.part(0));
        }
        List<AuditEntry> rows = AuditEntry.<AuditEntry>find(q + " order by id desc", p).page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), e -> Cursor.of(e.id)).map(this::view);
    }

    @SuppressWarnings("unchecked")
    private AuditView view(AuditEntry e) {
        Map<String, Object> detail = null;
        if (e.detail != null) {
            try {
                detail = mapper.readValue(e.detail, Map.class);
            } catch (JsonProcessingException ex) {
                detail = Map.of("raw", e.detail);
            }
        }
        return new AuditView(e.id, e.at, e.actorKind, e.actorId, e.action, e.subjectKind, e.subjectId, detail);
    }
}
