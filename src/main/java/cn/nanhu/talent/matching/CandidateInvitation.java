package cn.nanhu.talent.matching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An employer's invitation to a candidate to apply to a job. */
@Entity
@Table(name = "candidate_invitation")
public class CandidateInvitation extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "job_id")
    public String jobId;
    @Column(name = "employer_id")
    public String employerId;
    @Column(name = "seeker_id")
    public String seekerId;
    @Column(name = "invited_by")
    public String invitedBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
