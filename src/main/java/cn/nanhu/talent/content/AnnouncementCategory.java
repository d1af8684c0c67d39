package cn.nanhu.talent.content;

import cn.nanhu.talent.common.InvalidInput;

/** The categories of policy announcements, each with the label the mini-program shows. */
public enum AnnouncementCategory {
    TALENT_POLICY("人才政策"),
    EMPLOYMENT_SUBSIDY("就业补贴"),
    SOCIAL_SECURITY("社保"),
    INTERNSHIP("见习"),
    RECRUITMENT("招聘公告");

    private final String label;

    AnnouncementCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The category named by {@code raw}; anything unknown is a 400 naming {@code field}. */
    static AnnouncementCategory parse(String field, String raw) {
        for (AnnouncementCategory c : values()) {
            if (c.name().equals(raw == null ? null : raw.strip())) {
                return c;
            }
        }
        throw InvalidInput.of(field, "没有这个公告分类，可选 TALENT_POLICY、EMPLOYMENT_SUBSIDY、SOCIAL_SECURITY、INTERNSHIP、RECRUITMENT"
                + " / category must be TALENT_POLICY, EMPLOYMENT_SUBSIDY, SOCIAL_SECURITY, INTERNSHIP or RECRUITMENT");
    }

    static String labelOf(String code) {
        for (AnnouncementCategory c : values()) {
            if (c.name().equals(code)) {
                return c.label;
            }
        }
        return null;
    }
}
