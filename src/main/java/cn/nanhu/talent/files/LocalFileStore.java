package cn.nanhu.talent.files;

import cn.nanhu.talent.common.NanhuConfig;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Keeps file bytes on local disk under {@code <nanhu.data-dir>/files/}. Each file is written to a
 * temporary file next to its final place and then moved there atomically, so a reader never sees
 * half a file and a crash leaves no partial one behind.
 */
@ApplicationScoped
@DefaultBean
public class LocalFileStore implements FileStore {

    /** Keys are made by the service from ids; anything else (dots, backslashes) is refused outright. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}(/[A-Za-z0-9_-]{1,64}){0,3}");

    private final Path root;

    @Inject
    public LocalFileStore(NanhuConfig config) {
        this(Path.of(config.dataDir()).resolve("files"));
    }

    LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public long put(String key, InputStream content) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try {
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                size = content.transferTo(out);
                // on disk before the row that points to it is committed
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return size;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("storage key outside the store: " + key);
        }
        return path;
    }
}
