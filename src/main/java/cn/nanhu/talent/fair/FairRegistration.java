package cn.nanhu.talent.fair;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** An employer's registration for a fair with some of its published jobs; reviewed like the employer itself. */
@Entity
@Table(name = "fair_registration")
public class FairRegistration extends PanacheEntityBase {

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    public String id;
    @Column(name = "fair_id")
    public String fairId;
    @Column(name = "employer_id")
    public String employerId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String reason;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
