package cn.nanhu.talent.files;

import cn.nanhu.talent.identity.SubjectKind;
import jakarta.enterprise.context.ApplicationScoped;

/** A test-only grant, standing in for another feature: opens one file to one reader, as the test says. */
@ApplicationScoped
public class TestFileGrant implements FileAccessGrant {

    private volatile String fileId;
    private volatile String readerId;

    void open(String fileId, String readerId) {
        this.fileId = fileId;
        this.readerId = readerId;
    }

    void clear() {
        open(null, null);
    }

    @Override
    public boolean canRead(String fileId, SubjectKind kind, String accountId) {
        return kind == SubjectKind.USER && fileId.equals(this.fileId) && accountId.equals(readerId);
    }
}
