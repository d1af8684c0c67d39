package cn.nanhu.talent.application;

import cn.nanhu.talent.application.ApplicationDtos.ResumeAccessView;
import cn.nanhu.talent.common.SqlValues;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.employer.EmployerDtos.PublicEmployer;
import cn.nanhu.talent.employer.EmployerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every time someone at an employer opened a seeker's résumé or contact details: who, whose, when
 * and why. Append-only: the service only ever inserts; the seeker and admins read it.
 */
@ApplicationScoped
public class ResumeAccessLog {

    public static final String VIEW_APPLICATION = "查看投递简历";
    public static final String VIEW_CONTACT = "查看联系方式";
    public static final String DOWNLOAD_RESUME = "下载简历附件";

    private final EmployerService employers;
    private final EntityManager em;
    private final Clock clock;

    public ResumeAccessLog(EmployerService employers, EntityManager em, Clock clock) {
        this.employers = employers;
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String seekerId, String employerId, String viewerId, String applicationId, String reason) {
        em.createNativeQuery("insert into resume_access (id, seeker_id, employer_id, viewer_id, application_id, at, reason)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, Ids.newId(clock)).setParameter(2, seekerId).setParameter(3, employerId).setParameter(4, viewerId)
                .setParameter(5, applicationId).setParameter(6, OffsetDateTime.now(clock)).setParameter(7, reason).executeUpdate();
    }

    /** What the seeker sees: which employer, when and why; not which of its members. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ResumeAccessView> forSeeker(String seekerId, PageRequest page) {
        return query("seeker_id = ?", List.of(seekerId), page, false);
    }

    /** What admins see, optionally of one seeker or one employer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ResumeAccessView> forStaff(String seekerId, String employerId, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (seekerId != null && !seekerId.isBlank()) {
            where.append(" and seeker_id = ?");
            params.add(seekerId.strip());
        }
        if (employerId != null && !employerId.isBlank()) {
            where.append(" and employer_id = ?");
            params.add(employerId.strip());
        }
        return query(where.toString(), params, page, true);
    }

    private Page<ResumeAccessView> query(String where, List<Object> params, PageRequest page, boolean staff) {
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        List<Object> all = new ArrayList<>(params);
        String sql = "select id, seeker_id, employer_id, viewer_id, application_id, at, reason from resume_access where " + where;
        if (cursor != null) {
            sql += " and id < ?";
            all.add(cursor.part(0));
        }
        sql += " order by id desc";
        // number the positional parameters in order
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                numbered.append(++n);
            }
        }
        var q = em.createNativeQuery(numbered.toString()).setMaxResults(page.size() + 1);
        for (int i = 0; i < all.size(); i++) {
            q.setParameter(i + 1, all.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        Map<String, PublicEmployer> names = employers.publicProfiles(rows.stream().map(r -> (String) r[2]).collect(Collectors.toSet()));
        return Page.fromLookahead(rows, page.size(), r -> Cursor.of((String) r[0])).map(r -> new ResumeAccessView((String) r[0],
                (String) r[2], names.containsKey((String) r[2]) ? names.get((String) r[2]).name() : null,
                staff ? (String) r[3] : null, staff ? (String) r[1] : null, (String) r[4], SqlValues.time(r[5]), (String) r[6]));
    }

}
