package cn.nanhu.talent.job;

import cn.nanhu.talent.common.SqlValues;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.AccountDeleted;
import cn.nanhu.talent.job.JobDtos.FavoriteView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A seeker's saved jobs. Saved jobs that were taken down stay listed with their status, so the seeker knows why. */
@ApplicationScoped
public class Favorites {

    private final JobBoard board;
    private final JobViews views;
    private final EntityManager em;
    private final Clock clock;

    public Favorites(JobBoard board, JobViews views, EntityManager em, Clock clock) {
        this.board = board;
        this.views = views;
        this.em = em;
        this.clock = clock;
    }

    /** Idempotent: saving a saved job changes nothing. Only a visible job can be saved. */
    @Transactional
    public void add(String userId, String jobId) {
        board.visible(jobId);
        long exists = ((Number) em.createNativeQuery("select count(*) from favorite where user_id = ?1 and job_id = ?2")
                .setParameter(1, userId).setParameter(2, jobId).getSingleResult()).longValue();
        if (exists == 0) {
            em.createNativeQuery("insert into favorite (user_id, job_id, created_at) values (?1, ?2, ?3)")
                    .setParameter(1, userId).setParameter(2, jobId).setParameter(3, OffsetDateTime.now(clock)).executeUpdate();
        }
    }

    @Transactional
    public void remove(String userId, String jobId) {
        em.createNativeQuery("delete from favorite where user_id = ?1 and job_id = ?2")
                .setParameter(1, userId).setParameter(2, jobId).executeUpdate();
    }

    /** Newest favourite first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FavoriteView> list(String userId, PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 2);
        String sql = "select job_id, created_at from favorite where user_id = ?1"
                + (cursor == null ? "" : " and (created_at < ?2 or (created_at = ?2 and job_id < ?3))")
                + " order by created_at desc, job_id desc";
        var query = em.createNativeQuery(sql).setParameter(1, userId).setMaxResults(page.size() + 1);
        if (cursor != null) {
            query.setParameter(2, time(cursor.part(0))).setParameter(3, cursor.part(1));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Saved> saved = new ArrayList<>();
        for (Object[] row : rows) {
            saved.add(new Saved((String) row[0], SqlValues.time(row[1])));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Page.fromLookahead(saved, page.size(), s -> Cursor.of(s.at().toString(), s.jobId())).map(s -> {
            Job j = Job.findById(s.jobId());
            boolean available = j.visibleAt(now) && views.employer(j.employerId).isPresent();
            String status = j.status == JobStatus.PUBLISHED && !available ? JobStatus.EXPIRED.name() : j.status.name();
            if (j.status == JobStatus.PUBLISHED && j.expiresAt.isAfter(now) && !available) {
                status = "UNAVAILABLE";
            }
            return new FavoriteView(views.summary(j), status, available, s.at());
        });
    }

    void onAccountDeleted(@Observes AccountDeleted event) {
        em.createNativeQuery("delete from favorite where user_id = ?1").setParameter(1, event.userId()).executeUpdate();
    }

    private record Saved(String jobId, OffsetDateTime at) {
    }


    private static OffsetDateTime time(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("cursor", "无效的分页游标 / invalid cursor");
        }
    }
}
