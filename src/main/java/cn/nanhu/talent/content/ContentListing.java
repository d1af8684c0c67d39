package cn.nanhu.talent.content;

import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.common.Params;
import cn.nanhu.talent.content.ContentDtos.AdminView;
import cn.nanhu.talent.content.ContentDtos.ItemSummary;
import cn.nanhu.talent.content.ContentItem.Kind;
import cn.nanhu.talent.content.ContentItem.Status;
import cn.nanhu.talent.content.ContentTags.Tag;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists of items: every item for admins (newest first, by status, category or column, words), and
 * the public ones (pinned first, then newest, by category or column, words and a tag). Words are
 * matched with LIKE on title, summary and text; the thousands of items this district writes need
 * no index for that.
 */
@ApplicationScoped
class ContentListing {

    /** The escape character of LIKE patterns; '!' needs no quoting in SQL or in Java. */
    static final char ESCAPE = '!';

    private final ContentViews views;
    private final ContentTags tags;
    private final EntityManager em;
    private final Clock clock;

    ContentListing(ContentViews views, ContentTags tags, EntityManager em, Clock clock) {
        this.views = views;
        this.tags = tags;
        this.em = em;
        this.clock = clock;
    }

    /** For admins: every item of a kind, newest first; {@code group} is the category or the column. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<AdminView> all(Kind kind, String status, String group, String q, PageRequest page) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        StringBuilder where = new StringBuilder("kind = :kind");
        Parameters p = Parameters.with("kind", kind);
        Status s = Params.enumValue(Status.class, "status", status, null);
        if (s != null) {
            switch (s) {
                case DRAFT, UNPUBLISHED -> where.append(" and status = :status");
                case PUBLISHED -> where.append(" and status = :status and publishAt <= :now");
                case SCHEDULED -> where.append(" and status = :status and publishAt > :now");
            }
            p.and("status", s == Status.SCHEDULED ? Status.PUBLISHED : s);
            if (s == Status.PUBLISHED || s == Status.SCHEDULED) {
                p.and("now", now);
            }
        }
        String g = group(kind, group);
        if (g != null) {
            where.append(kind == Kind.ANNOUNCEMENT ? " and category = :group" : " and columnCode = :group");
            p.and("group", g);
        }
        String pattern = pattern(q);
        if (pattern != null) {
            where.append(" and (lower(title) like :q escape '!' or lower(summary) like :q escape '!' or lower(bodyText) like :q escape '!')");
            p.and("q", pattern);
        }
        if (cursor != null) {
            where.append(" and id < :after");
            p.and("after", cursor.part(0));
        }
        List<ContentItem> rows = ContentItem.<ContentItem>find(where + " order by id desc", p).page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), c -> Cursor.of(c.id)).map(c -> views.admin(c, false));
    }

    /** For everyone: the items of a kind whose time has come, pinned first, then newest. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    Page<ItemSummary> published(Kind kind, String group, String q, String tag, PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 3);
        StringBuilder sql = new StringBuilder("select i.* from content_item i where i.kind = :kind and i.status = 'PUBLISHED'"
                + " and i.publish_at <= :now");
        Map<String, Object> p = new HashMap<>();
        p.put("kind", kind.name());
        p.put("now", OffsetDateTime.now(clock));
        String g = group(kind, group);
        if (g != null) {
            sql.append(kind == Kind.ANNOUNCEMENT ? " and i.category = :group" : " and i.column_code = :group");
            p.put("group", g);
        }
        String pattern = pattern(q);
        if (pattern != null) {
            sql.append(" and (lower(i.title) like :q escape '!' or lower(i.summary) like :q escape '!'"
                    + " or lower(i.body_text) like :q escape '!')");
            p.put("q", pattern);
        }
        if (tag != null && !tag.isBlank()) {
            Tag t = tags.parse(tag);
            List<String> codes = t.kind() == ContentTags.TagKind.DISTRICT ? new ArrayList<>(tags.districtsAround(List.of(t.code())))
                    : List.of(t.code());
            sql.append(" and exists (select 1 from content_tag t where t.item_id = i.id and t.tag_kind = :tagKind and t.code in (:codes))");
            p.put("tagKind", t.kind().name());
            p.put("codes", codes);
        }
        if (cursor != null) {
            boolean pinned = "1".equals(cursor.part(0));
            OffsetDateTime at;
            try {
                at = Instant.parse(cursor.part(1)).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("cursor", "无效的分页游标 / invalid cursor");
            }
            String after = "(i.publish_at < :at or (i.publish_at = :at and i.id < :after))";
            sql.append(pinned ? " and (i.pinned = false or " + after + ")" : " and i.pinned = false and " + after);
            p.put("at", at);
            p.put("after", cursor.part(2));
        }
        sql.append(" order by i.pinned desc, i.publish_at desc, i.id desc");
        Query query = em.createNativeQuery(sql.toString(), ContentItem.class).setMaxResults(page.size() + 1);
        p.forEach(query::setParameter);
        List<ContentItem> rows = query.getResultList();
        return Page.fromLookahead(rows, page.size(), c -> Cursor.of(c.pinned ? "1" : "0", c.publishAt.toInstant().toString(), c.id))
                .map(views::summary);
    }

    /** The category (announcements) or column (articles) asked for, checked; null for all. */
    static String group(Kind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return kind == Kind.ANNOUNCEMENT ? AnnouncementCategory.parse("category", raw).name() : ArticleColumn.parse("column", raw).code();
    }

    /** A LIKE pattern that finds {@code q} anywhere, any case; %, _ and the escape character in q are literal. */
    static String pattern(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String words = q.strip().toLowerCase();
        if (words.length() > 100) {
            throw InvalidInput.of("q", "搜索词最多 100 字 / q is at most 100 characters");
        }
        StringBuilder sb = new StringBuilder("%");
        for (char ch : words.toCharArray()) {
            if (ch == ESCAPE || ch == '%' || ch == '_') {
                sb.append(ESCAPE);
            }
            sb.append(ch);
        }
        return sb.append('%').toString();
    }
}
