package cn.nanhu.talent.files;

import cn.nanhu.talent.common.Clocks;
import java.time.OffsetDateTime;

/** What other features and clients may know about a stored file; also the body of an upload's answer. */
public record FileInfo(String id, String contentType, long size, FilePurpose purpose, String sha256,
        OffsetDateTime createdAt) {

    static FileInfo of(StoredFile file) {
        // the database hands times back in UTC; the API speaks China Standard Time
        return new FileInfo(file.id, file.contentType, file.sizeBytes, file.purpose, file.sha256,
                file.createdAt.atZoneSameInstant(Clocks.ZONE).toOffsetDateTime());
    }
}
