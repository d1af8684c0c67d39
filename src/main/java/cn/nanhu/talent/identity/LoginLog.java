package cn.nanhu.talent.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One sign-in attempt: who, when, from where, and whether it worked. Never updated. */
@Entity
@Table(name = "login_log")
public class LoginLog extends PanacheEntityBase {
    @Id
    public String id;
    public OffsetDateTime at;
    public String method;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;
    @Column(name = "subject_id")
    public String subjectId;
    public String username;
    public boolean success;
    public String reason;
    public String ip;
    @Column(name = "user_agent")
    public String userAgent;
}
