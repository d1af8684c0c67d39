package cn.nanhu.talent.service;

import cn.nanhu.talent.common.ScheduledWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Erases registrations made on a seeker's behalf that nobody claimed in time: personal data is not kept on spec. */
@ApplicationScoped
public class DelegatedExpirer {

    private final DelegatedClaims registrations;
    private final DelegatedConfig config;

    public DelegatedExpirer(DelegatedClaims registrations, DelegatedConfig config) {
        this.registrations = registrations;
        this.config = config;
    }

    @Scheduled(identity = "delegated-registration-expirer", every = "${delegated-registrations.expire.every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        ScheduledWork.run("delegated-registration-expirer", this::runOnce);
    }

    /** Erases every registration unclaimed for longer than {@code delegated-registrations.unclaimed-days}; returns how many. */
    public int runOnce() {
        return registrations.expire(config.unclaimedDays());
    }
}
