package cn.nanhu.talent.application;

import cn.nanhu.talent.employer.EmployerAccess;
import cn.nanhu.talent.files.FileAccessGrant;
import cn.nanhu.talent.identity.SubjectKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Lets the members of an employer download the résumé file a seeker sent with an application to
 * it, while the seeker has neither blocked the employer nor deleted the account; each download is
 * written to the résumé access log.
 */
@ApplicationScoped
public class ResumeFileGrant implements FileAccessGrant {

    private final EmployerAccess access;
    private final ResumeAccessLog accessLog;

    public ResumeFileGrant(EmployerAccess access, ResumeAccessLog accessLog) {
        this.access = access;
        this.accessLog = accessLog;
    }

    @Override
    public boolean canRead(String fileId, SubjectKind kind, String accountId) {
        if (kind != SubjectKind.USER) {
            return false;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            String employerId = access.activeEmployerOf(accountId).orElse(null);
            if (employerId == null) {
                return false;
            }
            List<Application> sent = Application.<Application>find("select a from Application a where a.resumeFileId = :f"
                    + " and a.employerId = :e and a.seekerDeleted = false and not exists (select 1 from SeekerBlock b"
                    + " where b.userId = a.seekerId and b.employerId = a.employerId) order by a.id desc",
                    Parameters.with("f", fileId).and("e", employerId)).page(0, 1).list();
            if (sent.isEmpty()) {
                return false;
            }
            Application a = sent.get(0);
            accessLog.record(a.seekerId, employerId, accountId, a.id, ResumeAccessLog.DOWNLOAD_RESUME);
            return true;
        });
    }
}
