package cn.nanhu.talent.content;

import static cn.nanhu.talent.content.ContentFixtures.ADMIN_ANNOUNCEMENTS;
import static cn.nanhu.talent.content.ContentFixtures.ADMIN_ARTICLES;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nanhu.talent.content.ContentFeed.ContentCard;
import cn.nanhu.talent.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The home page's Java API: banners, announcements, suggestions by tags, the showcase column. */
@QuarkusTest
class ContentFeedTest {

    @Inject
    ContentFeed feed;

    @Test
    void suggestions_match_audience_district_ancestors_and_industry_best_first_and_skip_untagged_items() {
        Api.Session admin = Api.admin();
        String jiaxing = published(admin, "嘉兴", List.of("3304"));
        String nanhuSeekers = published(admin, "南湖求职者", List.of("330402", "SEEKER"));
        String employers = published(admin, "单位", List.of("EMPLOYER"));
        String untagged = published(admin, "无标签", List.of());
        String xiuzhou = published(admin, "秀洲", List.of("330411"));
        String manufacturing = published(admin, "制造业求职者", List.of("SEEKER", "C"));
        Map<String, Object> draft = ContentFixtures.announcement(Api.unique("草稿"));
        draft.put("tags", List.of("330402", "SEEKER"));
        String unpublished = ContentFixtures.create(admin, ADMIN_ANNOUNCEMENTS, draft);
        List<String> mine = List.of(jiaxing, nanhuSeekers, employers, untagged, xiuzhou, manufacturing, unpublished);

        List<ContentCard> cards = feed.suggested("SEEKER", List.of("330402"), List.of("65"), List.of(), 1000);
        assertThat(only(cards, mine)).containsExactly(nanhuSeekers, jiaxing);
        ContentCard best = cards.stream().filter(c -> c.id().equals(nanhuSeekers)).findFirst().orElseThrow();
        assertThat(best.kind()).isEqualTo("ANNOUNCEMENT");
        assertThat(best.category()).isEqualTo("EMPLOYMENT_SUBSIDY");
        assertThat(best.categoryLabel()).isEqualTo("就业补贴");
        assertThat(best.tags()).containsExactly("330402", "SEEKER");
        assertThat(best.publishedAt()).isNotNull();

        // an industry division matches its section's tag
        assertThat(only(feed.suggested("SEEKER", List.of("330402"), List.of("13"), List.of(), 1000), mine))
                .containsExactly(nanhuSeekers, manufacturing, jiaxing);
        assertThat(only(feed.suggested("seeker", List.of("330402"), List.of(), Set.of(nanhuSeekers), 1000), mine))
                .containsExactly(jiaxing);
        assertThat(only(feed.suggested("EMPLOYER", List.of("330402"), null, null, 1000), mine)).containsExactly(employers, jiaxing);
        assertThat(only(feed.suggested(null, List.of("330411"), List.of(), List.of(), 1000), mine)).containsExactly(xiuzhou, jiaxing);
        assertThat(only(feed.suggested("SEEKER", List.of(), List.of(), List.of(), 1000), mine)).isEmpty();
        assertThat(feed.suggested("SEEKER", List.of("330402"), List.of(), List.of(), 0)).isEmpty();
        assertThat(feed.suggested("SEEKER", List.of("330402"), List.of(), List.of(), 1)).hasSize(1);
    }

    @Test
    void banners_are_pinned_published_items_with_a_cover_newest_first() {
        Api.Session admin = Api.admin();
        String cover = ContentFixtures.uploadPng(admin);
        String older = item(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(Api.unique("横幅一")), true, cover, true);
        String noCover = item(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(Api.unique("无封面")), true, null, true);
        String notPinned = item(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(Api.unique("不置顶")), false, cover, true);
        String draft = item(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(Api.unique("草稿横幅")), true, cover, false);
        String newer = item(admin, ADMIN_ARTICLES, ContentFixtures.article(Api.unique("横幅二")), true, cover, true);

        List<ContentCard> banners = feed.banners(1000);
        assertThat(only(banners, List.of(older, noCover, notPinned, draft, newer))).containsExactly(newer, older);
        ContentCard article = banners.stream().filter(c -> c.id().equals(newer)).findFirst().orElseThrow();
        assertThat(article.kind()).isEqualTo("ARTICLE");
        assertThat(article.column()).isEqualTo("showcase");
        assertThat(article.coverFileId()).isEqualTo(cover);
        assertThat(article.pinned()).isTrue();
        assertThat(feed.banners(1)).hasSize(1);
    }

    @Test
    void announcements_are_pinned_first_then_newest_and_showcase_holds_only_its_column() {
        Api.Session admin = Api.admin();
        String pinned = item(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(Api.unique("置顶公告")), true, null, true);
        String plain = item(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(Api.unique("普通公告")), false, null, true);
        String draft = item(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(Api.unique("草稿公告")), true, null, false);
        String story = item(admin, ADMIN_ARTICLES, ContentFixtures.article(Api.unique("故事")), false, null, true);
        String pinnedStory = item(admin, ADMIN_ARTICLES, ContentFixtures.article(Api.unique("置顶故事")), true, null, true);
        Map<String, Object> news = ContentFixtures.article(Api.unique("资讯"));
        news.put("column", "news");
        String newsItem = item(admin, ADMIN_ARTICLES, news, false, null, true);
        List<String> mine = List.of(pinned, plain, draft, story, pinnedStory, newsItem);

        assertThat(only(feed.announcements(1000), mine)).containsExactly(pinned, plain);
        assertThat(only(feed.showcase(1000), mine)).containsExactly(pinnedStory, story);
        assertThat(feed.showcase(1000)).allMatch(c -> c.kind().equals("ARTICLE") && c.column().equals("showcase"));
        assertThat(feed.announcements(1000)).allMatch(c -> c.kind().equals("ANNOUNCEMENT") && c.categoryLabel() != null);
        assertThat(feed.announcements(0)).isEmpty();
    }

    private static String published(Api.Session admin, String title, List<String> tags) {
        Map<String, Object> body = ContentFixtures.announcement(Api.unique(title));
        body.put("tags", tags);
        return ContentFixtures.published(admin, ADMIN_ANNOUNCEMENTS, body);
    }

    private static String item(Api.Session admin, String path, Map<String, Object> body, boolean pinned, String cover, boolean publish) {
        body.put("pinned", pinned);
        if (cover != null) {
            body.put("coverFileId", cover);
        }
        String id = ContentFixtures.create(admin, path, body);
        if (publish) {
            ContentFixtures.publish(admin, path, id);
        }
        return id;
    }

    /** The ids of the cards that are among {@code mine}, in the cards' order. */
    private static List<String> only(List<ContentCard> cards, List<String> mine) {
        List<String> out = new ArrayList<>();
        cards.stream().map(ContentCard::id).filter(mine::contains).forEach(out::add);
        return out;
    }
}
