package cn.nanhu.talent.employer;

import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.files.FilePurpose;
import cn.nanhu.talent.files.FileService;
import cn.nanhu.talent.identity.SubjectKind;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks that a licence file id names a file the registering user uploaded as a licence or plain attachment. */
@ApplicationScoped
public class LicenseCheck {

    private final FileService files;

    public LicenseCheck(FileService files) {
        this.files = files;
    }

    void requireUsable(String fileId, String userId) {
        boolean usable = files.isOwnedBy(fileId, SubjectKind.USER, userId)
                && files.info(fileId).map(f -> f.purpose() == FilePurpose.LICENSE || f.purpose() == FilePurpose.ATTACHMENT).orElse(false);
        if (!usable) {
            throw InvalidInput.of("licenseFileId", "请先上传营业执照 / upload the business licence first");
        }
    }
}
