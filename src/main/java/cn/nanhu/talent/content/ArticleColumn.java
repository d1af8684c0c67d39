package cn.nanhu.talent.content;

import cn.nanhu.talent.common.InvalidInput;

/** The columns articles appear in; {@code showcase} is "南湖旁的星辰大海", stories of local employers and talent. */
public enum ArticleColumn {
    SHOWCASE("showcase", "南湖旁的星辰大海"),
    NEWS("news", "南湖人才资讯");

    private final String code;
    private final String label;

    ArticleColumn(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The column named by {@code raw}; anything unknown is a 400 naming {@code field}. */
    static ArticleColumn parse(String field, String raw) {
        for (ArticleColumn c : values()) {
            if (c.code.equals(raw == null ? null : raw.strip())) {
                return c;
            }
        }
        throw InvalidInput.of(field, "没有这个栏目，可选 showcase、news / column must be showcase or news");
    }

    static String labelOf(String code) {
        for (ArticleColumn c : values()) {
            if (c.code.equals(code)) {
                return c.label;
            }
        }
        return null;
    }
}
