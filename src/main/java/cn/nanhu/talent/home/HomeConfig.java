package cn.nanhu.talent.home;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the home page, under {@code home.*}. */
@ConfigMapping(prefix = "home")
public interface HomeConfig {

    /**
     * How long this copy keeps the part of the home page that is the same for everyone (banners,
     * fairs, announcements, the showcase). Ten seconds keeps a busy morning's traffic off the
     * database while an admin's change still shows at once for practical purposes.
     */
    @WithDefault("10s")
    Duration cacheTtl();

    /** How many items each section shows. */
    @WithDefault("5")
    int sectionSize();
}
