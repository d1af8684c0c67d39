package cn.nanhu.talent.files;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of file uploads, under {@code files.*}. */
@ConfigMapping(prefix = "files")
public interface FilesConfig {

    /** The largest upload accepted, in bytes (10 MB); the HTTP layer caps whole bodies a little above it. */
    @WithDefault("10485760")
    long maxBytes();
}
