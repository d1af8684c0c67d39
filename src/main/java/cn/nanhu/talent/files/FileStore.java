package cn.nanhu.talent.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of uploaded files live, by storage key. Local disk today; an S3-compatible
 * store can take its place without the rest of the feature noticing.
 */
public interface FileStore {

    /** Stores the stream under the key, all or nothing, and answers how many bytes were written. */
    long put(String key, InputStream content) throws IOException;

    /** The stored bytes; {@link java.nio.file.NoSuchFileException} when there are none. */
    InputStream open(String key) throws IOException;

    /** Removes the bytes; removing what is not there is not an error. */
    void delete(String key) throws IOException;
}
