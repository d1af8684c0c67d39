package cn.nanhu.talent.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** How many subscribe messages of one template a user still allows (WeChat one-time subscriptions). */
@Entity
@Table(name = "subscription_grant")
@IdClass(SubscriptionGrant.Key.class)
public class SubscriptionGrant extends PanacheEntityBase {
    @Id
    @Column(name = "user_id")
    public String userId;
    @Id
    @Column(name = "template_id")
    public String templateId;
    public int remaining;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The primary key: user and template. */
    public static class Key implements Serializable {
        public String userId;
        public String templateId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(templateId, k.templateId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, templateId);
        }
    }
}
