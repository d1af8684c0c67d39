package cn.nanhu.talent.employer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A single-use code with which another WeChat user joins an employer as HR. Stored as a hash. */
@Entity
@Table(name = "employer_invitation")
public class EmployerInvitation extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "employer_id")
    public String employerId;
    @Column(name = "code_hash")
    public String codeHash;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "used_by")
    public String usedBy;
    @Column(name = "used_at")
    public OffsetDateTime usedAt;
}
