package cn.nanhu.talent.console;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A staff member's signed-in console session; the browser holds the token, the table only its hash. */
@Entity
@Table(name = "console_session")
class ConsoleSession extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "staff_id")
    public String staffId;
    @Column(name = "token_generation")
    public int tokenGeneration;
    @Column(name = "csrf_token")
    public String csrfToken;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "last_seen_at")
    public OffsetDateTime lastSeenAt;
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
    public String ip;
    @Column(name = "user_agent")
    public String userAgent;
}
