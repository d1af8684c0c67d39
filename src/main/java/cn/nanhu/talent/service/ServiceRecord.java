package cn.nanhu.talent.service;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One service a staff member gave (服务记录): to whom, how, when, what was done, and whether to follow up. */
@Entity
@Table(name = "service_record")
public class ServiceRecord extends PanacheEntityBase {

    /** Who was served: an employer, a registered seeker, or a person registered on their behalf who has not claimed it yet. */
    public enum SubjectKind { EMPLOYER, SEEKER, DELEGATED }

    /** How the service was given. */
    public enum Channel { PHONE, VISIT, WECHAT, ONSITE }

    @Id
    public String id;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;
    @Column(name = "subject_id")
    public String subjectId;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Column(name = "served_at")
    public OffsetDateTime servedAt;
    public String note;
    @Column(name = "follow_up_on")
    public LocalDate followUpOn;
    @Column(name = "follow_up_done_at")
    public OffsetDateTime followUpDoneAt;
    /** The staff member who served and wrote the record. */
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
