package cn.nanhu.talent.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One status change of an application: who (USER, SYSTEM), when and why. */
@Entity
@Table(name = "application_history")
public class ApplicationHistory extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "application_id")
    public String applicationId;
    public OffsetDateTime at;
    @Column(name = "actor_kind")
    public String actorKind;
    @Column(name = "actor_id")
    public String actorId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ApplicationStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ApplicationStatus toStatus;
    public String reason;
}
