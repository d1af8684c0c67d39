package cn.nanhu.talent.employer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A user acting for an employer: its OWNER (who registered it) or an HR member who joined by invitation. */
@Entity
@Table(name = "employer_member")
@IdClass(EmployerMember.Key.class)
public class EmployerMember extends PanacheEntityBase {

    /** What a member may do: only the owner manages members. */
    public enum Role { OWNER, HR }

    @Id
    @Column(name = "employer_id")
    public String employerId;
    @Id
    @Column(name = "user_id")
    public String userId;
    @Enumerated(EnumType.STRING)
    @Column(name = "member_role")
    public Role role;
    @Column(name = "joined_at")
    public OffsetDateTime joinedAt;

    static Optional<EmployerMember> ofUser(String userId) {
        return find("userId", userId).firstResultOptional();
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public String employerId;
        public String userId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.employerId.equals(employerId) && k.userId.equals(userId);
        }

        @Override
        public int hashCode() {
            return employerId.hashCode() * 31 + userId.hashCode();
        }
    }
}
