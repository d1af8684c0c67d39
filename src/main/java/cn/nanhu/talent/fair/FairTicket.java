package cn.nanhu.talent.fair;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A seeker's ticket to a fair, checked in once. */
@Entity
@Table(name = "fair_ticket")
public class FairTicket extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "fair_id")
    public String fairId;
    @Column(name = "user_id")
    public String userId;
    @Column(name = "ticket_code")
    public String ticketCode;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;
    @Column(name = "checked_in_by")
    public String checkedInBy;
}
