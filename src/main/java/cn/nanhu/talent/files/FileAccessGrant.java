package cn.nanhu.talent.files;

import cn.nanhu.talent.identity.SubjectKind;

/**
 * Lets another feature open a file to someone besides its uploader and review staff, without this
 * feature knowing why: e.g. the employer that received a résumé with an application. Every bean
 * is asked; one yes is enough.
 */
public interface FileAccessGrant {

    boolean canRead(String fileId, SubjectKind kind, String accountId);
}
