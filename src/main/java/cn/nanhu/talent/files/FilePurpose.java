package cn.nanhu.talent.files;

import cn.nanhu.talent.common.InvalidInput;
import java.util.List;

/** What an uploaded file is for; it decides what happens to the file when its uploader leaves. */
public enum FilePurpose {
    /** A business licence (营业执照), part of the employer record. */
    LICENSE,
    /** A job seeker's résumé: personal data. */
    RESUME,
    /** A company logo, part of the employer record. */
    LOGO,
    /** Anything else a user attaches: treated as personal data. */
    ATTACHMENT;

    /** The purposes whose files are erased with the uploader's account; licences and logos belong to the employer. */
    public static final List<FilePurpose> ERASED_WITH_ACCOUNT = List.of(RESUME, ATTACHMENT);

    /** Parses the {@code purpose} form field; absent means {@link #ATTACHMENT}, anything unknown is a 400. */
    public static FilePurpose parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return ATTACHMENT;
        }
        try {
            return valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("purpose",
                    "purpose 只能是 LICENSE、RESUME、LOGO 或 ATTACHMENT / purpose must be LICENSE, RESUME, LOGO or ATTACHMENT");
        }
    }
}
