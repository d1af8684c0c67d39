package cn.nanhu.talent.identity;

import cn.nanhu.talent.common.NanhuConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Creates the first admin from {@code ADMIN_USERNAME} / {@code ADMIN_PASSWORD} when no enabled
 * admin exists. Dev falls back to admin/admin with a warning; prod refuses to start without them.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    private final StaffService staff;
    private final Optional<String> username;
    private final Optional<String> password;

    public BootstrapAdmin(StaffService staff, NanhuConfig config) {
        this.staff = staff;
        this.username = config.bootstrapAdmin().username().map(String::strip).filter(s -> !s.isEmpty());
        this.password = config.bootstrapAdmin().password().filter(s -> !s.isEmpty());
    }

    void onStart(@Observes StartupEvent event) {
        if (staff.anyEnabledAdmin()) {
            return;
        }
        boolean prod = ConfigUtils.getProfiles().contains("prod");
        if (username.isEmpty() || password.isEmpty()) {
            throw new IllegalStateException("No admin account exists: set ADMIN_USERNAME and ADMIN_PASSWORD for the first start");
        }
        if (prod && password.get().length() < 12) {
            throw new IllegalStateException("ADMIN_PASSWORD must be at least 12 characters in prod");
        }
        if ("admin".equals(password.get())) {
            LOG.warn("Bootstrap admin created with the default dev password admin/admin: change it before sharing this instance");
        }
        try {
            staff.insert(username.get().toLowerCase(), password.get(), Set.of(Roles.ADMIN), "管理员");
            LOG.infof("Bootstrap admin '%s' created", username.get());
        } catch (RuntimeException e) {
            // Another copy of the service may have created it at the same moment.
            if (!staff.anyEnabledAdmin()) {
                throw e;
            }
            LOG.info("Bootstrap admin already created by another instance");
        }
    }
}
