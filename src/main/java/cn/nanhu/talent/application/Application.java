package cn.nanhu.talent.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A seeker's application to a job, carrying the profile as it was when sent. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "job_id")
    public String jobId;
    @Column(name = "employer_id")
    public String employerId;
    @Column(name = "seeker_id")
    public String seekerId;
    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;
    @Column(name = "status_reason")
    public String statusReason;
    /** The seeker's profile at application time, as JSON. */
    public String snapshot;
    @Column(name = "resume_file_id")
    public String resumeFileId;
    /** The seeker accepted an interview: the employer may now see the contact details in full. */
    @Column(name = "contact_revealed")
    public boolean contactRevealed;
    /** The seeker deleted the account: the snapshot is erased and employers no longer see it. */
    @Column(name = "seeker_deleted")
    public boolean seekerDeleted;
    /** The fair whose page the seeker applied from, if any, for the fair's figures. */
    @Column(name = "fair_id")
    public String fairId;
    @Column(name = "viewed_at")
    public OffsetDateTime viewedAt;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
