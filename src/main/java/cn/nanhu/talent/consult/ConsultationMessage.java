package cn.nanhu.talent.consult;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One message of a ticket: from the asking side (a user) or from staff. */
@Entity
@Table(name = "consultation_message")
class ConsultationMessage extends PanacheEntityBase {

    /** Who wrote it. */
    enum AuthorKind { USER, STAFF }

    @Id
    public String id;
    @Column(name = "consultation_id")
    public String consultationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind")
    public AuthorKind authorKind;
    @Column(name = "author_id")
    public String authorId;
    public String content;
    /** The author deleted the account; {@code content} no longer holds their text. */
    public boolean erased;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    /** On a staff reply to a ticket that was waiting: the due time of that wait (on time if createdAt is not after it). */
    @Column(name = "answer_due_at")
    public OffsetDateTime answerDueAt;
}
