package cn.nanhu.talent.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Staff members as other features see them: who they are and what they may do. No credentials. */
@ApplicationScoped
public class StaffDirectory {

    /** A staff member's public face. */
    public record StaffSummary(String id, String displayName, List<String> roles, boolean enabled) {
        public boolean can(String role) {
            return enabled && roles.contains(role);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffSummary> find(String id) {
        return StaffAccount.<StaffAccount>findByIdOptional(id).map(StaffDirectory::summary);
    }

    /** Enabled staff holding a role, by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffSummary> withRole(String role) {
        return StaffAccount.<StaffAccount>find("enabled = true order by id").list().stream()
                .filter(s -> s.roleSet().contains(role))
                .map(StaffDirectory::summary)
                .toList();
    }

    private static StaffSummary summary(StaffAccount s) {
        return new StaffSummary(s.id, s.displayName, List.copyOf(s.roleSet()), s.enabled);
    }
}
