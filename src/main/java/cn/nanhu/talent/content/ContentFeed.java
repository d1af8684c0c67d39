package cn.nanhu.talent.content;

import cn.nanhu.talent.content.ContentItem.Kind;
import cn.nanhu.talent.content.ContentItem.Status;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the home page shows of announcements and articles: banners, the latest announcements,
 * announcements suggested to the caller by their tags, and the showcase column. Each list is one
 * query; only items whose time has come appear.
 */
@ApplicationScoped
public class ContentFeed {

    /** An item as a card of the home page. */
    public record ContentCard(String id, String kind, String title, String summary, String category, String categoryLabel,
            String column, String coverFileId, boolean pinned, OffsetDateTime publishedAt, List<String> tags, String employerId) {
    }

    /** Stands in for an empty list in SQL {@code in (...)}, which no real code equals. */
    private static final List<String> NONE = List.of("-");

    private final ContentViews views;
    private final ContentTags tags;
    private final EntityManager em;
    private final Clock clock;

    public ContentFeed(ContentViews views, ContentTags tags, EntityManager em, Clock clock) {
        this.views = views;
        this.tags = tags;
        this.em = em;
        this.clock = clock;
    }

    /** Published items of either kind that are pinned and have a cover, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContentCard> banners(int n) {
        return cards("pinned = true and coverFileId is not null order by publishAt desc, id desc", Parameters.with("now", now()), n);
    }

    /** Published announcements, pinned first, then newest. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContentCard> announcements(int n) {
        return cards("kind = :kind order by pinned desc, publishAt desc, id desc",
                Parameters.with("now", now()).and("kind", Kind.ANNOUNCEMENT), n);
    }

    /** Published articles of the showcase column "南湖旁的星辰大海", pinned first, then newest. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContentCard> showcase(int n) {
        return cards("kind = :kind and columnCode = :column order by pinned desc, publishAt desc, id desc",
                Parameters.with("now", now()).and("kind", Kind.ARTICLE).and("column", ArticleColumn.SHOWCASE.code()), n);
    }

    /**
     * Published announcements that are meant for the caller: tagged, and matching the caller in
     * every way they are tagged (the audience {@code SEEKER}/{@code EMPLOYER}; a district equal to or
     * above one of the caller's, so {@code 3304} matches {@code 330402}; an industry section of one of
     * the caller's industry codes). The best match first (more ways matched, a district matched
     * exactly), then the newest. Untagged announcements are never suggested.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<ContentCard> suggested(String audience, Collection<String> districtCodes, Collection<String> industryCodes,
            Collection<String> excludeIds, int n) {
        if (n <= 0) {
            return List.of();
        }
        String aud = audience == null ? "-" : audience.strip().toUpperCase();
        Set<String> districts = tags.districtsAround(districtCodes);
        Set<String> exact = districtCodes == null ? Set.of() : Set.copyOf(districtCodes.stream().filter(c -> c != null && !c.isBlank())
                .map(String::strip).toList());
        Set<String> sections = tags.sectionsOf(industryCodes);
        String a = match("AUDIENCE", "t.code = :aud");
        String d = match("DISTRICT", "t.code in (:districts)");
        String i = match("INDUSTRY", "t.code in (:sections)");
        String sql = "select c.* from content_item c where c.kind = 'ANNOUNCEMENT' and c.status = 'PUBLISHED' and c.publish_at <= :now"
                + " and c.id not in (:exclude)"
                + " and exists (select 1 from content_tag t where t.item_id = c.id)"
                + " and (" + a + " or not " + tagged("AUDIENCE") + ")"
                + " and (" + d + " or not " + tagged("DISTRICT") + ")"
                + " and (" + i + " or not " + tagged("INDUSTRY") + ")"
                + " order by (case when " + a + " then 1 else 0 end) + (case when " + d + " then 1 else 0 end)"
                + " + (case when " + i + " then 1 else 0 end) + (case when " + match("DISTRICT", "t.code in (:exact)") + " then 1 else 0 end) desc,"
                + " c.publish_at desc, c.id desc";
        Query q = em.createNativeQuery(sql, ContentItem.class)
                .setParameter("now", now())
                .setParameter("exclude", excludeIds == null || excludeIds.isEmpty() ? NONE : List.copyOf(excludeIds))
                .setParameter("aud", aud)
                .setParameter("districts", districts.isEmpty() ? NONE : List.copyOf(districts))
                .setParameter("exact", exact.isEmpty() ? NONE : List.copyOf(exact))
                .setParameter("sections", sections.isEmpty() ? NONE : List.copyOf(sections))
                .setMaxResults(n);
        return ((List<ContentItem>) q.getResultList()).stream().map(views::card).toList();
    }

    private static String match(String kind, String condition) {
        return "exists (select 1 from content_tag t where t.item_id = c.id and t.tag_kind = '" + kind + "' and " + condition + ")";
    }

    private static String tagged(String kind) {
        return "exists (select 1 from content_tag t where t.item_id = c.id and t.tag_kind = '" + kind + "')";
    }

    private List<ContentCard> cards(String query, Parameters p, int n) {
        if (n <= 0) {
            return List.of();
        }
        p.and("published", Status.PUBLISHED);
        return ContentItem.<ContentItem>find("status = :published and publishAt <= :now and " + query, p).page(0, n).list()
                .stream().map(views::card).toList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
