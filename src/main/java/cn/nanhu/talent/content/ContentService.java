package cn.nanhu.talent.content;

import cn.nanhu.talent.audit.AuditLog;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.content.ContentDtos.AdminView;
import cn.nanhu.talent.content.ContentDtos.Created;
import cn.nanhu.talent.content.ContentItem.Kind;
import cn.nanhu.talent.content.ContentItem.Status;
import cn.nanhu.talent.content.ContentTags.Tag;
import cn.nanhu.talent.employer.EmployerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Announcements and articles as admins write them: drafts, edits, publishing now or at a set time,
 * taking down, deleting drafts. Publishing, taking down and deleting go to the audit log.
 */
@ApplicationScoped
public class ContentService {

    /** A summary made from the text when the admin gives none. */
    static final int SUMMARY_LENGTH = 120;
    /** The longest cleaned HTML kept: what fits the column. */
    static final int MAX_HTML = 200_000;

    private final ContentTags tags;
    private final ContentFiles files;
    private final ContentViews views;
    private final EmployerService employers;
    private final AuditLog audit;
    private final EntityManager em;
    private final Clock clock;

    ContentService(ContentTags tags, ContentFiles files, ContentViews views, EmployerService employers, AuditLog audit,
            EntityManager em, Clock clock) {
        this.tags = tags;
        this.files = files;
        this.views = views;
        this.employers = employers;
        this.audit = audit;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public Created create(String staffId, ContentEdit edit) {
        ContentItem c = new ContentItem();
        c.id = Ids.newId(clock);
        c.kind = edit.kind();
        c.status = Status.DRAFT;
        c.createdBy = staffId;
        c.createdAt = OffsetDateTime.now(clock);
        apply(staffId, c, edit, true);
        c.persist();
        writeLinks(c, edit);
        return new Created(c.id, Status.DRAFT.name());
    }

    /** Creates an announcement and publishes it at once, as an admin would through the API; for seeding content. */
    @Transactional
    public String publishedAnnouncement(String staffId, ContentDtos.AnnouncementRequest r) {
        String id = create(staffId, ContentEdit.of(r)).id();
        publish(staffId, Kind.ANNOUNCEMENT, id, null);
        return id;
    }

    /** Creates an article and publishes it at once, as an admin would through the API; for seeding content. */
    @Transactional
    public String publishedArticle(String staffId, ContentDtos.ArticleRequest r) {
        String id = create(staffId, ContentEdit.of(r)).id();
        publish(staffId, Kind.ARTICLE, id, null);
        return id;
    }

    /** Replaces what an admin wrote, in any status; a stale {@code version} is 409. */
    @Transactional
    public AdminView update(String staffId, Kind kind, String id, ContentEdit edit) {
        ContentItem c = find(kind, id);
        if (edit.version() != null && edit.version() != c.version) {
            throw new ApiException.Conflict("内容已被他人修改，请刷新后重试 / the item was changed meanwhile; reload and retry");
        }
        apply(staffId, c, edit, false);
        writeLinks(c, edit);
        em.flush();
        return views.admin(c, true);
    }

    /** Publishes a draft or a taken-down item now, or schedules it for a future {@code publishAt}. */
    @Transactional
    public AdminView publish(String staffId, Kind kind, String id, OffsetDateTime publishAt) {
        ContentItem c = find(kind, id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Status status = c.statusAt(now);
        if (status != Status.DRAFT && status != Status.UNPUBLISHED) {
            throw new ApiException.InvalidState(label(status) + "，不能再发布 / a " + status + " item cannot be published");
        }
        if (publishAt != null && !publishAt.isAfter(now)) {
            throw InvalidInput.of("publishAt", "定时发布的时间须在将来 / publishAt must be in the future");
        }
        c.status = Status.PUBLISHED;
        // the database keeps microseconds and rounds: truncated, the stored time is never after the clock that set it
        c.publishAt = (publishAt == null ? now : publishAt).truncatedTo(ChronoUnit.MICROS);
        touch(staffId, c);
        em.flush();
        audit.record("STAFF", staffId, publishAt == null ? "CONTENT_PUBLISHED" : "CONTENT_SCHEDULED", c.kind.name(), c.id,
                Map.of("title", c.title, "publishAt", c.publishAt.toString()));
        return views.admin(c, true);
    }

    /** Takes a published or scheduled item down; it can be published again. */
    @Transactional
    public AdminView unpublish(String staffId, Kind kind, String id) {
        ContentItem c = find(kind, id);
        Status status = c.statusAt(OffsetDateTime.now(clock));
        if (status != Status.PUBLISHED && status != Status.SCHEDULED) {
            throw new ApiException.InvalidState(label(status) + "，无需撤下 / a " + status + " item cannot be unpublished");
        }
        c.status = Status.UNPUBLISHED;
        touch(staffId, c);
        em.flush();
        audit.record("STAFF", staffId, "CONTENT_UNPUBLISHED", c.kind.name(), c.id, Map.of("title", c.title, "was", status.name()));
        return views.admin(c, true);
    }

    /** Deletes a draft; anything that was ever published stays, for the record (409). */
    @Transactional
    public void delete(String staffId, Kind kind, String id) {
        ContentItem c = find(kind, id);
        if (c.status != Status.DRAFT) {
            throw new ApiException.InvalidState("只能删除草稿 / only a draft can be deleted");
        }
        em.createNativeQuery("delete from content_tag where item_id = ?1").setParameter(1, c.id).executeUpdate();
        files.removeAll(c.id);
        c.delete();
        audit.record("STAFF", staffId, "CONTENT_DELETED", c.kind.name(), c.id, Map.of("title", c.title));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdminView get(Kind kind, String id) {
        return views.admin(find(kind, id), true);
    }

    static ContentItem find(Kind kind, String id) {
        ContentItem c = Ids.looksLikeId(id) ? ContentItem.findById(id) : null;
        if (c == null || c.kind != kind) {
            throw new ApiException.NotFound(kind == Kind.ANNOUNCEMENT ? "没有这条公告 / no such announcement" : "没有这篇文章 / no such article");
        }
        return c;
    }

    static String label(Status s) {
        return switch (s) {
            case DRAFT -> "尚未发布";
            case SCHEDULED -> "已定时发布";
            case PUBLISHED -> "已发布";
            case UNPUBLISHED -> "已撤下";
        };
    }

    private void apply(String staffId, ContentItem c, ContentEdit e, boolean isNew) {
        String html = RichText.clean(e.content());
        if (!RichText.hasContent(html)) {
            throw InvalidInput.of("content", "正文清理后为空 / content is empty once unsafe markup is removed");
        }
        if (html.length() > MAX_HTML) {
            throw InvalidInput.of("content", "正文过长 / content is too long");
        }
        List<Tag> parsed = tags.parse(e.tags());
        if (e.employerId() != null && employers.publicProfiles(List.of(e.employerId())).isEmpty()) {
            throw InvalidInput.of("employerId", "没有这个已认证的单位 / no such approved employer");
        }
        Set<String> inline = RichText.platformFiles(html);
        files.check(staffId, isNew ? null : c.id, e.coverFileId(), e.attachmentFileIds(), inline);
        c.category = e.category();
        c.columnCode = e.column();
        c.employerId = e.employerId();
        c.title = e.title().strip();
        c.content = html;
        c.bodyText = RichText.text(html);
        if (c.bodyText.length() > 100_000) {
            c.bodyText = c.bodyText.substring(0, 100_000);
        }
        c.summary = e.summary() == null || e.summary().isBlank() ? summaryOf(c.bodyText) : e.summary().strip();
        c.tags = parsed.isEmpty() ? null : String.join(",", ContentTags.codes(parsed));
        c.pinned = e.pinned();
        c.coverFileId = e.coverFileId();
        touch(staffId, c);
    }

    private void writeLinks(ContentItem c, ContentEdit e) {
        em.createNativeQuery("delete from content_tag where item_id = ?1").setParameter(1, c.id).executeUpdate();
        for (Tag t : tags.parse(e.tags())) {
            em.createNativeQuery("insert into content_tag (item_id, tag_kind, code) values (?1, ?2, ?3)")
                    .setParameter(1, c.id).setParameter(2, t.kind().name()).setParameter(3, t.code()).executeUpdate();
        }
        files.replace(c.id, e.coverFileId(), e.attachmentFileIds(), RichText.platformFiles(c.content));
    }

    private void touch(String staffId, ContentItem c) {
        c.updatedBy = staffId;
        c.updatedAt = OffsetDateTime.now(clock);
    }

    static String summaryOf(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.codePointCount(0, t.length()) <= SUMMARY_LENGTH ? t : t.substring(0, t.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }
}
