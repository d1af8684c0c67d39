package cn.nanhu.talent.fair;

import cn.nanhu.talent.files.FileAccessGrant;
import cn.nanhu.talent.identity.SubjectKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Lets every signed-in account read the cover of a published fair that was not cancelled. */
@ApplicationScoped
public class FairFileGrant implements FileAccessGrant {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canRead(String fileId, SubjectKind kind, String accountId) {
        return Fair.count("coverFileId = ?1 and publishedAt is not null and cancelledAt is null", fileId) > 0;
    }
}
