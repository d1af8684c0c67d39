package cn.nanhu.talent.notify;

import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Violation;
import cn.nanhu.talent.notify.NotifyDtos.GrantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Subscribe-message grants and the daily cap. Each acceptance of a template in the mini-program
 * allows one message (WeChat one-time subscriptions); counts change by conditional UPDATEs so
 * concurrent requests never spend a grant twice or pass the cap.
 */
@ApplicationScoped
public class SubscriptionService {

    private final NotifyTemplates templates;
    private final NotifyConfig config;
    private final EntityManager em;
    private final Clock clock;

    public SubscriptionService(NotifyTemplates templates, NotifyConfig config, EntityManager em, Clock clock) {
        this.templates = templates;
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    /** Records one grant per accepted template; every id must be one the service sends. */
    @Transactional
    public List<GrantView> record(String userId, List<String> templateIds) {
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < templateIds.size(); i++) {
            if (!templates.knows(templateIds.get(i))) {
                unknown.add(new Violation("templateIds[" + i + "]", "未知的订阅消息模板 / unknown template id"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        // One acceptance per template per request: the mini-program reports each template once.
        LinkedHashSet<String> accepted = new LinkedHashSet<>(templateIds);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<GrantView> grants = new ArrayList<>();
        for (String templateId : accepted) {
            add(userId, templateId, now);
            SubscriptionGrant grant = SubscriptionGrant.find("userId = ?1 and templateId = ?2", userId, templateId).firstResult();
            grants.add(new GrantView(templateId, grant.remaining));
        }
        return grants;
    }

    /**
     * Spends one grant of {@code templateId} and one message of today's cap, or neither: false when
     * the user holds no grant or has had today's messages already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean take(String userId, String templateId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int taken = SubscriptionGrant.update("remaining = remaining - 1, updatedAt = ?1"
                + " where userId = ?2 and templateId = ?3 and remaining > 0", now, userId, templateId);
        if (taken == 0) {
            return false;
        }
        if (!takeToday(userId)) {
            SubscriptionGrant.update("remaining = remaining + 1 where userId = ?1 and templateId = ?2", userId, templateId);
            return false;
        }
        return true;
    }

    /** Erases a deleted user's grants and counters. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forgetUser(String userId) {
        SubscriptionGrant.delete("userId", userId);
        em.createNativeQuery("delete from subscribe_quota where user_id = ?1").setParameter(1, userId).executeUpdate();
    }

    private void add(String userId, String templateId, OffsetDateTime now) {
        String more = "remaining = remaining + 1, updatedAt = ?1 where userId = ?2 and templateId = ?3";
        if (SubscriptionGrant.update(more, now, userId, templateId) == 1) {
            return;
        }
        int inserted = em.createNativeQuery("insert into subscription_grant (user_id, template_id, remaining, updated_at)"
                        + " values (?1, ?2, 1, ?3) on conflict do nothing")
                .setParameter(1, userId).setParameter(2, templateId).setParameter(3, now).executeUpdate();
        if (inserted == 0) {
            // a concurrent request of the same user inserted the row first
            SubscriptionGrant.update(more, now, userId, templateId);
        }
    }

    /** Counts one message against today's cap (a day in China time), unless the cap is reached. */
    private boolean takeToday(String userId) {
        int cap = config.dailyCap();
        if (cap <= 0) {
            return false;
        }
        LocalDate today = clock.instant().atZone(Clocks.ZONE).toLocalDate();
        String more = "update subscribe_quota set sent_count = sent_count + 1 where user_id = ?1 and quota_date = ?2 and sent_count < ?3";
        if (em.createNativeQuery(more).setParameter(1, userId).setParameter(2, today).setParameter(3, cap).executeUpdate() == 1) {
            return true;
        }
        int inserted = em.createNativeQuery("insert into subscribe_quota (user_id, quota_date, sent_count) values (?1, ?2, 1)"
                        + " on conflict do nothing")
                .setParameter(1, userId).setParameter(2, today).executeUpdate();
        if (inserted == 1) {
            return true;
        }
        // the row exists: either the cap is reached or a concurrent transaction just created it
        return em.createNativeQuery(more).setParameter(1, userId).setParameter(2, today).setParameter(3, cap).executeUpdate() == 1;
    }
}
