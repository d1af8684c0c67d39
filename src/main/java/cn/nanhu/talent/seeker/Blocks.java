package cn.nanhu.talent.seeker;

import cn.nanhu.talent.common.SqlValues;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.employer.EmployerDtos.PublicEmployer;
import cn.nanhu.talent.employer.EmployerService;
import cn.nanhu.talent.seeker.SeekerDtos.BlockView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Employers a seeker never wants to be seen by, e.g. their current one. A blocked employer does not
 * find the seeker in candidate matching and no longer sees the seeker's applications.
 */
@ApplicationScoped
public class Blocks {

    private final EmployerService employers;
    private final SeekerConfig config;
    private final EntityManager em;
    private final Clock clock;

    public Blocks(EmployerService employers, SeekerConfig config, EntityManager em, Clock clock) {
        this.employers = employers;
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    /** Idempotent. Only an employer seekers can see (approved) can be blocked; any other id is 404. */
    @Transactional
    public void block(String userId, String employerId) {
        if (!Ids.looksLikeId(employerId) || employers.publicProfiles(List.of(employerId)).isEmpty()) {
            throw new ApiException.NotFound("没有这个单位 / no such employer");
        }
        if (isBlocked(userId, employerId)) {
            return;
        }
        long count = ((Number) em.createNativeQuery("select count(*) from seeker_block where user_id = ?1")
                .setParameter(1, userId).getSingleResult()).longValue();
        if (count >= config.maxBlocks()) {
            throw new ApiException.Conflict("最多屏蔽 " + config.maxBlocks() + " 家单位 / at most " + config.maxBlocks() + " blocked employers");
        }
        em.createNativeQuery("insert into seeker_block (user_id, employer_id, created_at) values (?1, ?2, ?3)")
                .setParameter(1, userId).setParameter(2, employerId).setParameter(3, OffsetDateTime.now(clock)).executeUpdate();
    }

    @Transactional
    public void unblock(String userId, String employerId) {
        em.createNativeQuery("delete from seeker_block where user_id = ?1 and employer_id = ?2")
                .setParameter(1, userId).setParameter(2, employerId).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isBlocked(String userId, String employerId) {
        return ((Number) em.createNativeQuery("select count(*) from seeker_block where user_id = ?1 and employer_id = ?2")
                .setParameter(1, userId).setParameter(2, employerId).getSingleResult()).longValue() > 0;
    }

    /** Newest first, with the names of the employers still approved. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BlockView> list(String userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select employer_id, created_at from seeker_block where user_id = ?1 order by created_at desc, employer_id")
                .setParameter(1, userId).getResultList();
        Map<String, PublicEmployer> names = employers.publicProfiles(rows.stream().map(r -> (String) r[0]).toList());
        return rows.stream().map(r -> new BlockView((String) r[0],
                names.containsKey((String) r[0]) ? names.get((String) r[0]).name() : null, SqlValues.time(r[1]))).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void forget(String userId) {
        em.createNativeQuery("delete from seeker_block where user_id = ?1").setParameter(1, userId).executeUpdate();
    }

}
