package cn.nanhu.talent.service;

import cn.nanhu.talent.identity.AccountDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Erases what was registered on a seeker's behalf once they claimed it and then delete their account.
 * Service records stay: they are the staff's log and name the seeker only by id.
 */
@ApplicationScoped
class ServiceAccountCleanup {

    private final DelegatedClaims registrations;

    ServiceAccountCleanup(DelegatedClaims registrations) {
        this.registrations = registrations;
    }

    void onAccountDeleted(@Observes AccountDeleted event) {
        registrations.forget(event.userId());
    }
}
