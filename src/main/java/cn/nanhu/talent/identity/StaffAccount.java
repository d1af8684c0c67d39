package cn.nanhu.talent.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A district staff member: reviewer, dedicated HR (service) or admin. Passwords are bcrypt hashes. */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends PanacheEntityBase {

    @Id
    public String id;
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    @Column(name = "display_name")
    public String displayName;
    public String roles;
    public boolean enabled;
    @Column(name = "failed_attempts")
    public int failedAttempts;
    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;
    @Column(name = "token_generation")
    public int tokenGeneration;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "last_login_at")
    public OffsetDateTime lastLoginAt;
    @Version
    public long version;

    public Set<String> roleSet() {
        return roles == null || roles.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }

    public void setRoles(Set<String> roleSet) {
        this.roles = String.join(",", new TreeSet<>(roleSet));
    }

    static Optional<StaffAccount> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
