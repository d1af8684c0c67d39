package cn.nanhu.talent.content;

import static cn.nanhu.talent.content.ContentFixtures.ADMIN_ANNOUNCEMENTS;
import static cn.nanhu.talent.content.ContentFixtures.ANNOUNCEMENTS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Announcements as everyone reads them: order, search, tags, the view counter and what stays hidden. */
@QuarkusTest
class PublicContentTest {

    @Inject
    Db db;

    @Test
    void pinned_announcements_come_first_then_the_newest_across_pages() {
        Api.Session admin = Api.admin();
        String word = ContentFixtures.marker();
        String old = ContentFixtures.published(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement("旧 " + word));
        Map<String, Object> p = ContentFixtures.announcement("置顶 " + word);
        p.put("pinned", true);
        String pinned = ContentFixtures.published(admin, ADMIN_ANNOUNCEMENTS, p);
        String newer = ContentFixtures.published(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement("新 " + word));
        String newest = ContentFixtures.published(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement("最新 " + word));
        ContentFixtures.create(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement("草稿 " + word));

        // pages of two: the cursor carries the pinned flag, the time and the id
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", word))).containsExactly(pinned, newest, newer, old);

        // pinning through PUT moves an item to the top
        Map<String, Object> edit = ContentFixtures.announcement("旧 " + word);
        edit.put("pinned", true);
        admin.as().contentType(ContentType.JSON).body(edit).put(ADMIN_ANNOUNCEMENTS + "/" + old).then().statusCode(200);
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", word))).containsExactly(pinned, old, newest, newer);
        given().queryParam("q", word).get(ANNOUNCEMENTS).then().statusCode(200)
                .body("items[0].pinned", equalTo(true)).body("items[0].categoryLabel", equalTo("就业补贴"))
                .body("items[0].summary", equalTo("申领条件 在南湖区就业的高校毕业生可申领就业补贴。"));
    }

    @Test
    void search_finds_title_summary_and_text_and_treats_metacharacters_as_text() {
        Api.Session admin = Api.admin();
        String word = ContentFixtures.marker();
        Map<String, Object> a = ContentFixtures.announcement("补贴100%发放 " + word);
        a.put("content", "<p>路径 C:\\temp\\" + word + " 与 it's \"quoted\" 以及 under_score</p>");
        String meta = ContentFixtures.published(admin, ADMIN_ANNOUNCEMENTS, a);
        Map<String, Object> b = ContentFixtures.announcement("普通公告 " + word);
        b.put("summary", "摘要里有 " + word.toUpperCase());
        b.put("content", "<p>正文不含</p>");
        String plain = ContentFixtures.published(admin, ADMIN_ANNOUNCEMENTS, b);

        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", word))).containsExactly(plain, meta);
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", "100%发放 " + word))).containsExactly(meta);
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", "C:\\temp\\" + word))).containsExactly(meta);
        for (String q : List.of("%", "_", "\\", "'", "\"", "%" + word + "_", "' or 1=1 --", "!", "!%", "under%score")) {
            List<String> ids = ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", q));
            if (q.equals("under%score")) {
                assertThat(ids).doesNotContain(meta);
            }
        }
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", "under_score"))).contains(meta);
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", "underXscore"))).doesNotContain(meta);
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", "it's \"quoted\""))).contains(meta);
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", "%" + word))).isEmpty();
    }

    @Test
    void the_category_and_tag_filters_narrow_the_list_and_unknown_values_are_400() {
        Api.Session admin = Api.admin();
        String word = ContentFixtures.marker();
        Map<String, Object> a = ContentFixtures.announcement("嘉兴 " + word);
        a.put("category", "INTERNSHIP");
        a.put("tags", List.of("3304", "EMPLOYER"));
        String jiaxing = ContentFixtures.published(admin, ADMIN_ANNOUNCEMENTS, a);
        Map<String, Object> b = ContentFixtures.announcement("南湖 " + word);
        b.put("tags", List.of("330402", "SEEKER"));
        String nanhu = ContentFixtures.published(admin, ADMIN_ANNOUNCEMENTS, b);

        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", word, "category", "INTERNSHIP"))).containsExactly(jiaxing);
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", word, "tag", "330402"))).containsExactly(nanhu, jiaxing);
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", word, "tag", "3304"))).containsExactly(jiaxing);
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", word, "tag", "seeker"))).containsExactly(nanhu);

        given().queryParam("category", "LOTTERY").get(ANNOUNCEMENTS).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("category"));
        given().queryParam("tag", "999999").get(ANNOUNCEMENTS).then().statusCode(400).body("violations[0].field", equalTo("tags"));
        given().queryParam("cursor", "garbage").get(ANNOUNCEMENTS).then().statusCode(400).body("violations[0].field", equalTo("cursor"));
        given().queryParam("size", "0").get(ANNOUNCEMENTS).then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void each_view_counts_once_and_is_stored_and_hidden_items_are_not_counted() {
        Api.Session admin = Api.admin();
        String id = ContentFixtures.published(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(Api.unique("阅读量")));

        given().get(ANNOUNCEMENTS + "/" + id).then().statusCode(200).body("viewCount", equalTo(1))
                .body("content", equalTo("<h2>申领条件</h2><p>在南湖区就业的高校毕业生可申领<b>就业补贴</b>。</p>"))
                .body("tags", contains("330402", "SEEKER")).body("attachments.size()", equalTo(0));
        Api.wechatUser(Api.unique("reader")).as().get(ANNOUNCEMENTS + "/" + id).then().statusCode(200).body("viewCount", equalTo(2));
        given().get(ANNOUNCEMENTS + "/" + id).then().statusCode(200).body("viewCount", equalTo(3));
        assertThat(db.row("select view_count from content_item where id = ?", id)).containsEntry("view_count", 3L);

        // an admin edit never overwrites the count
        admin.as().contentType(ContentType.JSON).body(ContentFixtures.announcement("改标题")).put(ADMIN_ANNOUNCEMENTS + "/" + id)
                .then().statusCode(200).body("viewCount", equalTo(3));
        assertThat(db.row("select view_count, title from content_item where id = ?", id)).containsEntry("view_count", 3L)
                .containsEntry("title", "改标题");

        admin.as().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/unpublish").then().statusCode(200);
        given().get(ANNOUNCEMENTS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        assertThat(db.row("select view_count from content_item where id = ?", id)).containsEntry("view_count", 3L);
        given().get(ANNOUNCEMENTS + "/not-an-id").then().statusCode(404);
        given().get(ANNOUNCEMENTS + "/01JD0000000000000000000000").then().statusCode(404);
    }
}
