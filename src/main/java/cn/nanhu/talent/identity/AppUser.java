package cn.nanhu.talent.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A WeChat user. Identifiers and phone are sealed; see {@link cn.nanhu.talent.common.Pii}. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    /** Whether the account can be used. */
    public enum Status { ACTIVE, DELETED }

    @Id
    public String id;
    @Column(name = "openid_hash")
    public String openidHash;
    @Column(name = "openid_enc")
    public String openidEnc;
    @Column(name = "unionid_hash")
    public String unionidHash;
    @Column(name = "unionid_enc")
    public String unionidEnc;
    @Column(name = "phone_hash")
    public String phoneHash;
    @Column(name = "phone_enc")
    public String phoneEnc;
    @Column(name = "phone_masked")
    public String phoneMasked;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "token_generation")
    public int tokenGeneration;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "last_login_at")
    public OffsetDateTime lastLoginAt;
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
    @Version
    public long version;

    static Optional<AppUser> byOpenidHash(String hash) {
        return find("openidHash", hash).firstResultOptional();
    }
}
