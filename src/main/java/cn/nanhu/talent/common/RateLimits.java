package cn.nanhu.talent.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** The service's rate limiters, one per kind of call, built from {@link LimitsConfig}. */
@ApplicationScoped
public class RateLimits {

    private final RateLimiter login;

    public RateLimits(LimitsConfig config, Clock clock) {
        this.login = new RateLimiter("login", config.login().permits(), config.login().window(), clock);
    }

    /** Sign-in and refresh, keyed by client address. */
    public void login(String clientAddress) {
        login.acquire(clientAddress, "登录过于频繁，请稍后再试 / too many sign-ins from this address: try again later");
    }
}
