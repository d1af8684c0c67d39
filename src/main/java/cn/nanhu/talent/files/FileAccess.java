package cn.nanhu.talent.files;

import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.identity.SubjectKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Set;

/**
 * Who may read a file: its uploader, review staff and admins (they check licences and résumés),
 * and whoever a {@link FileAccessGrant} of another feature lets in. Everyone else is told the file
 * does not exist, so ids cannot be probed.
 */
@ApplicationScoped
public class FileAccess {

    private final Instance<FileAccessGrant> grants;

    public FileAccess(Instance<FileAccessGrant> grants) {
        this.grants = grants;
    }

    boolean mayRead(StoredFile file, SubjectKind kind, String accountId, Set<String> roles) {
        if (file.ownerKind == kind && file.ownerId.equals(accountId)) {
            return true;
        }
        if (kind == SubjectKind.STAFF && (roles.contains(Roles.REVIEWER) || roles.contains(Roles.ADMIN))) {
            return true;
        }
        for (FileAccessGrant grant : grants) {
            if (grant.canRead(file.id, kind, accountId)) {
                return true;
            }
        }
        return false;
    }
}
