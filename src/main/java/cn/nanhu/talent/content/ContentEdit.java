package cn.nanhu.talent.content;

import cn.nanhu.talent.content.ContentDtos.AnnouncementRequest;
import cn.nanhu.talent.content.ContentDtos.ArticleRequest;
import java.util.List;

/** What an admin wrote, the same for both kinds: an announcement has a category, an article a column. */
record ContentEdit(ContentItem.Kind kind, String category, String column, String employerId, String title, String summary,
        String content, List<String> tags, boolean pinned, String coverFileId, List<String> attachmentFileIds, Long version) {

    static ContentEdit of(AnnouncementRequest r) {
        return new ContentEdit(ContentItem.Kind.ANNOUNCEMENT, AnnouncementCategory.parse("category", r.category()).name(), null,
                null, r.title(), r.summary(), r.content(), nonNull(r.tags()), Boolean.TRUE.equals(r.pinned()), blankToNull(r.coverFileId()),
                nonNull(r.attachmentFileIds()), r.version());
    }

    static ContentEdit of(ArticleRequest r) {
        return new ContentEdit(ContentItem.Kind.ARTICLE, null, ArticleColumn.parse("column", r.column()).code(),
                blankToNull(r.employerId()), r.title(), r.summary(), r.content(), nonNull(r.tags()), Boolean.TRUE.equals(r.pinned()),
                blankToNull(r.coverFileId()), nonNull(r.attachmentFileIds()), r.version());
    }

    private static List<String> nonNull(List<String> list) {
        return list == null ? List.of() : list.stream().map(String::strip).distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
