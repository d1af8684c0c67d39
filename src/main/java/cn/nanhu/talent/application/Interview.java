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

/** An interview invitation of an application, and the seeker's answer. */
@Entity
@Table(name = "interview")
public class Interview extends PanacheEntityBase {

    /** The seeker's answer; a later round replaces an unanswered invitation (CANCELLED). */
    public enum Response { PENDING, ACCEPTED, DECLINED, CANCELLED }

    @Id
    public String id;
    @Column(name = "application_id")
    public String applicationId;
    @Column(name = "scheduled_at")
    public OffsetDateTime scheduledAt;
    public String place;
    @Column(name = "online_link")
    public String onlineLink;
    public String contact;
    public String note;
    @Enumerated(EnumType.STRING)
    public Response response;
    @Column(name = "response_note")
    public String responseNote;
    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;
    @Column(name = "reminded_at")
    public OffsetDateTime remindedAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Version
    public long version;
}
