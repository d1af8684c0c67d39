package cn.nanhu.talent.files;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Hashing;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.identity.SubjectKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Uploaded files: storing them after checking size and type, reading them for those allowed,
 * and what other features ask about them (e.g. whether a licence file is the caller's own).
 */
@ApplicationScoped
public class FileService {

    private static final Logger LOG = Logger.getLogger(FileService.class);

    /** The bytes of a file with what is known about them; the caller closes the stream. */
    public record FileContent(FileInfo info, String extension, InputStream bytes) {
    }

    private final FileStore store;
    private final FileAccess access;
    private final FilesConfig config;
    private final Clock clock;

    public FileService(FileStore store, FileAccess access, FilesConfig config, Clock clock) {
        this.store = store;
        this.access = access;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Stores an upload of {@code size} bytes. The bytes go to the store first and the row is
     * written after, in its own short transaction: no transaction is held open while bytes stream,
     * and a row never points to bytes that are not there.
     */
    public FileInfo upload(SubjectKind ownerKind, String ownerId, FilePurpose purpose, long size, InputStream content) {
        if (size > config.maxBytes()) {
            throw tooLarge();
        }
        if (size <= 0) {
            throw InvalidInput.of("file", "文件不能为空 / the file is empty");
        }
        StoredFile file = new StoredFile();
        file.id = Ids.newId(clock);
        // the last two characters are random, so files spread evenly over the shard folders
        file.storageKey = file.id.substring(24) + "/" + file.id;
        try {
            BufferedInputStream in = new BufferedInputStream(content);
            FileType type = FileType.sniff(head(in)).orElseThrow(() -> new ApiException.UnsupportedMediaType(
                    "只接受 PDF、JPEG 或 PNG 文件 / only PDF, JPEG and PNG files are accepted"));
            MessageDigest sha256 = Hashing.sha256();
            file.sizeBytes = store.put(file.storageKey, new DigestInputStream(in, sha256));
            file.contentType = type.contentType();
            file.sha256 = HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an upload", e);
        }
        file.ownerKind = ownerKind;
        file.ownerId = ownerId;
        file.purpose = purpose;
        file.createdAt = OffsetDateTime.now(clock);
        try {
            if (file.sizeBytes > config.maxBytes()) {
                // the declared size was smaller than what arrived
                throw tooLarge();
            }
            QuarkusTransaction.requiringNew().run(file::persist);
        } catch (RuntimeException e) {
            deleteBytes(file.storageKey);
            throw e;
        }
        return FileInfo.of(file);
    }

    /** The file's bytes, when the reader may see them; otherwise a 404 that does not tell whether it exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FileContent read(String fileId, SubjectKind kind, String accountId, Set<String> roles) {
        StoredFile file = find(fileId)
                .filter(f -> access.mayRead(f, kind, accountId, roles))
                .orElseThrow(FileService::notFound);
        try {
            String extension = FileType.ofContentType(file.contentType).map(FileType::extension).orElse("bin");
            return new FileContent(FileInfo.of(file), extension, store.open(file.storageKey));
        } catch (NoSuchFileException e) {
            LOG.errorf("The bytes of file %s are missing from the store", file.id);
            throw notFound();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + file.id, e);
        }
    }

    /** What is known about a file, or empty when there is no such file or it was erased. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FileInfo> info(String fileId) {
        return find(fileId).map(FileInfo::of);
    }

    /** True when the file exists, is not erased and was uploaded by this account, e.g. to accept it as a licence. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOwnedBy(String fileId, SubjectKind kind, String ownerId) {
        return find(fileId).filter(f -> f.ownerKind == kind && f.ownerId.equals(ownerId)).isPresent();
    }

    void deleteBytes(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            // the row is what counts; orphaned bytes are unreachable and only cost space
            LOG.errorf(e, "Could not remove the bytes stored under %s", key);
        }
    }

    private static Optional<StoredFile> find(String fileId) {
        // garbage ids cannot exist: answer without a query
        return Ids.looksLikeId(fileId) ? StoredFile.live(fileId) : Optional.empty();
    }

    private static byte[] head(BufferedInputStream in) throws IOException {
        in.mark(FileType.HEAD_BYTES);
        byte[] head = in.readNBytes(FileType.HEAD_BYTES);
        in.reset();
        return head;
    }

    private ApiException.PayloadTooLarge tooLarge() {
        return new ApiException.PayloadTooLarge("文件不能超过 " + config.maxBytes() / (1024 * 1024)
                + " MB / the file must not exceed " + config.maxBytes() / (1024 * 1024) + " MB");
    }

    private static ApiException.NotFound notFound() {
        return new ApiException.NotFound("文件不存在 / no such file");
    }
}
