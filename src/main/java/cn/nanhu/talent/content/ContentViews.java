package cn.nanhu.talent.content;

import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.content.ContentDtos.AdminView;
import cn.nanhu.talent.content.ContentDtos.ItemSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** How items are shown to admins and to the public; times in China Standard Time. */
@ApplicationScoped
class ContentViews {

    private final ContentFiles files;
    private final Clock clock;

    ContentViews(ContentFiles files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /** With {@code full}, the HTML and the attachments too (one more query); lists leave them out. */
    AdminView admin(ContentItem c, boolean full) {
        return new AdminView(c.id, c.kind.name(), c.statusAt(OffsetDateTime.now(clock)).name(), c.title, c.summary, c.category,
                AnnouncementCategory.labelOf(c.category), c.columnCode, ArticleColumn.labelOf(c.columnCode), c.employerId,
                full ? c.content : null, c.tagList(), c.pinned, c.coverFileId, full ? files.attachments(c.id) : null, cst(c.publishAt),
                c.viewCount, c.createdBy, c.updatedBy, cst(c.createdAt), cst(c.updatedAt), c.version);
    }

    ItemSummary summary(ContentItem c) {
        return new ItemSummary(c.id, c.kind.name(), c.title, c.summary, c.category, AnnouncementCategory.labelOf(c.category),
                c.columnCode, ArticleColumn.labelOf(c.columnCode), c.coverFileId, c.pinned, cst(c.publishAt), c.tagList(), c.viewCount);
    }

    ContentFeed.ContentCard card(ContentItem c) {
        return new ContentFeed.ContentCard(c.id, c.kind.name(), c.title, c.summary, c.category,
                AnnouncementCategory.labelOf(c.category), c.columnCode, c.coverFileId, c.pinned, cst(c.publishAt),
                List.copyOf(c.tagList()), c.employerId);
    }

    /** The database hands times back in UTC; the API speaks China Standard Time. */
    static OffsetDateTime cst(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Clocks.ZONE).toOffsetDateTime();
    }
}
