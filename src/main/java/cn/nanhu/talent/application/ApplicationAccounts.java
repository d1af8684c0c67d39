package cn.nanhu.talent.application;

import cn.nanhu.talent.identity.AccountDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * When a seeker deletes the account (注销): open applications are withdrawn, every application's
 * snapshot is erased and employers stop seeing them. The rows, history and résumé access log stay,
 * de-identified, for the employers' and the district's records.
 */
@ApplicationScoped
public class ApplicationAccounts {

    /** What a snapshot becomes: nothing about the person. */
    static final String ERASED = "{\"name\":\"已注销用户\",\"experienceYears\":0,\"completeness\":0}";

    private final ApplicationMoves moves;
    private final IdempotencyKeys keys;

    public ApplicationAccounts(ApplicationMoves moves, IdempotencyKeys keys) {
        this.moves = moves;
        this.keys = keys;
    }

    void onAccountDeleted(@Observes AccountDeleted event) {
        Interview.update("response = ?1 where response = ?2 and applicationId in (select a.id from Application a where a.seekerId = ?3)",
                Interview.Response.CANCELLED, Interview.Response.PENDING, event.userId());
        for (Application a : Application.<Application>list("seekerId = ?1 and status in (?2, ?3, ?4, ?5)", event.userId(),
                ApplicationStatus.SUBMITTED, ApplicationStatus.VIEWED, ApplicationStatus.INTERVIEW, ApplicationStatus.OFFER)) {
            moves.bySystem(a, ApplicationStatus.WITHDRAWN, "求职者已注销账号 / the seeker deleted the account");
        }
        Application.update("snapshot = ?1, resumeFileId = null, seekerDeleted = true, contactRevealed = false where seekerId = ?2",
                ERASED, event.userId());
        keys.forget(event.userId());
    }
}
