package cn.nanhu.talent.seeker;

import cn.nanhu.talent.identity.AccountDeleted;
import cn.nanhu.talent.identity.AccountFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** What identity asks of the seeker feature, and what it erases when an account is deleted. */
@ApplicationScoped
public class SeekerAccounts implements AccountFacts {

    private final SeekerService seekers;
    private final Blocks blocks;

    public SeekerAccounts(SeekerService seekers, Blocks blocks) {
        this.seekers = seekers;
        this.blocks = blocks;
    }

    @Override
    public boolean hasSeekerProfile(String userId) {
        return seekers.exists(userId);
    }

    void onAccountDeleted(@Observes AccountDeleted event) {
        seekers.forget(event.userId());
        blocks.forget(event.userId());
    }
}
