package cn.nanhu.talent.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings, under {@code nanhu.*}. Secrets have no defaults in prod. */
@ConfigMapping(prefix = "nanhu")
public interface NanhuConfig {

    /** Where the service keeps its files: the embedded database, uploads and generated dev keys. */
    @WithDefault("./data")
    String dataDir();
}
