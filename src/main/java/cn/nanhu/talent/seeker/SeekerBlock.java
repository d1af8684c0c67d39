package cn.nanhu.talent.seeker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * An employer a seeker blocked. Public so other features' queries can leave blocked pairs out
 * (e.g. {@code not exists (select 1 from SeekerBlock b where ...)}); only {@link Blocks} writes it.
 */
@Entity
@Table(name = "seeker_block")
@IdClass(SeekerBlock.Key.class)
public class SeekerBlock extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public String userId;
    @Id
    @Column(name = "employer_id")
    public String employerId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The composite key. */
    public static class Key implements Serializable {
        public String userId;
        public String employerId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.userId.equals(userId) && k.employerId.equals(employerId);
        }

        @Override
        public int hashCode() {
            return userId.hashCode() * 31 + employerId.hashCode();
        }
    }
}
