package cn.nanhu.talent.seeker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of job seekers' registrations, under {@code seekers.*}. */
@ConfigMapping(prefix = "seekers")
public interface SeekerConfig {

    /**
     * The version of the privacy policy in force. A seeker must have agreed to exactly this version
     * to register or apply; raising it asks everyone to agree again.
     */
    @WithDefault("2026-11-01")
    String privacyPolicyVersion();

    /** Employers one seeker may block at most. */
    @WithDefault("200")
    int maxBlocks();
}
