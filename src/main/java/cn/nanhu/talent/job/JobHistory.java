package cn.nanhu.talent.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One status change of a job, kept so staff can answer "who took this down, and why". */
@Entity
@Table(name = "job_history")
public class JobHistory extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "job_id")
    public String jobId;
    public OffsetDateTime at;
    @Column(name = "actor_kind")
    public String actorKind;
    @Column(name = "actor_id")
    public String actorId;
    @Column(name = "from_status")
    @Enumerated(EnumType.STRING)
    public JobStatus fromStatus;
    @Column(name = "to_status")
    @Enumerated(EnumType.STRING)
    public JobStatus toStatus;
    public String reason;
}
