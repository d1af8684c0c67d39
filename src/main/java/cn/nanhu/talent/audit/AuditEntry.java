package cn.nanhu.talent.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One row of the append-only audit log. Never updated or deleted by the service. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {
    @Id
    public String id;
    public OffsetDateTime at;
    @Column(name = "actor_kind")
    public String actorKind;
    @Column(name = "actor_id")
    public String actorId;
    public String action;
    @Column(name = "subject_kind")
    public String subjectKind;
    @Column(name = "subject_id")
    public String subjectId;
    public String detail;
}
