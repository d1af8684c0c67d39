package cn.nanhu.talent.content;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.content.ContentDtos.AdminView;
import cn.nanhu.talent.content.ContentDtos.AnnouncementRequest;
import cn.nanhu.talent.content.ContentDtos.ArticleRequest;
import cn.nanhu.talent.content.ContentDtos.Created;
import cn.nanhu.talent.content.ContentItem.Kind;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The admin side of announcements and articles for other features (the back-office console): the
 * same service calls as the admin API, with the item kind named by {@code announcement} or not.
 */
@ApplicationScoped
public class ContentAdmin {

    private final ContentService content;
    private final ContentListing listing;

    public ContentAdmin(ContentService content, ContentListing listing) {
        this.content = content;
        this.listing = listing;
    }

    public Page<AdminView> list(boolean announcement, String status, PageRequest page) {
        return listing.all(kind(announcement), status, null, null, page);
    }

    public AdminView get(boolean announcement, String id) {
        return content.get(kind(announcement), id);
    }

    public Created createAnnouncement(String staffId, AnnouncementRequest r) {
        return content.create(staffId, ContentEdit.of(r));
    }

    public Created createArticle(String staffId, ArticleRequest r) {
        return content.create(staffId, ContentEdit.of(r));
    }

    public AdminView updateAnnouncement(String staffId, String id, AnnouncementRequest r) {
        return content.update(staffId, Kind.ANNOUNCEMENT, id, ContentEdit.of(r));
    }

    public AdminView updateArticle(String staffId, String id, ArticleRequest r) {
        return content.update(staffId, Kind.ARTICLE, id, ContentEdit.of(r));
    }

    public AdminView publish(boolean announcement, String staffId, String id) {
        return content.publish(staffId, kind(announcement), id, null);
    }

    public AdminView unpublish(boolean announcement, String staffId, String id) {
        return content.unpublish(staffId, kind(announcement), id);
    }

    private static Kind kind(boolean announcement) {
        return announcement ? Kind.ANNOUNCEMENT : Kind.ARTICLE;
    }
}
