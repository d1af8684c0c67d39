package cn.nanhu.talent.content;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static cn.nanhu.talent.content.ContentFixtures.ADMIN_ANNOUNCEMENTS;
import static cn.nanhu.talent.content.ContentFixtures.ADMIN_ARTICLES;
import static cn.nanhu.talent.content.ContentFixtures.ANNOUNCEMENTS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Announcements as admins write them: drafts, validation, files, the lifecycle by the clock, and who may do what. */
@QuarkusTest
class AnnouncementAdminTest {

    @Inject
    Db db;
    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_admin_creates_a_sanitised_draft_that_the_public_cannot_see() {
        Api.Session admin = Api.admin();
        String title = Api.unique("就业补贴申领通知");
        Map<String, Object> body = ContentFixtures.announcement(title);
        body.put("content", "<p onclick=\"x()\">申领<b>补贴</b></p><script>alert(1)</script><a href=\"javascript:alert(1)\">点此</a>");
        body.put("tags", List.of("3304", "seeker", "c", "SEEKER"));

        String id = admin.as().contentType(ContentType.JSON).body(body).when().post(ADMIN_ANNOUNCEMENTS)
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("id", notNullValue())
                .extract().path("id");

        Map<String, Object> row = db.row("select kind, category, title, summary, content, body_text, tags, pinned, status, publish_at,"
                + " view_count, created_by, updated_by from content_item where id = ?", id);
        assertThat(row).containsEntry("kind", "ANNOUNCEMENT").containsEntry("category", "EMPLOYMENT_SUBSIDY")
                .containsEntry("title", title).containsEntry("content", "<p>申领<b>补贴</b></p><a rel=\"nofollow noopener noreferrer\">点此</a>")
                .containsEntry("body_text", "申领补贴 点此").containsEntry("summary", "申领补贴 点此").containsEntry("tags", "3304,SEEKER,C")
                .containsEntry("pinned", false).containsEntry("status", "DRAFT").containsEntry("view_count", 0L)
                .containsEntry("created_by", admin.id()).containsEntry("updated_by", admin.id());
        assertThat(row.get("publish_at")).isNull();
        assertThat(db.rows("select tag_kind, code from content_tag where item_id = ? order by code", id))
                .extracting(r -> r.get("tag_kind") + ":" + r.get("code"))
                .containsExactly("DISTRICT:3304", "INDUSTRY:C", "AUDIENCE:SEEKER");

        admin.as().when().get(ADMIN_ANNOUNCEMENTS + "/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("categoryLabel", equalTo("就业补贴")).body("title", equalTo(title))
                .body("content", not(containsString("script"))).body("tags", contains("3304", "SEEKER", "C"))
                .body("publishAt", nullValue()).body("version", equalTo(0));
        given().when().get(ANNOUNCEMENTS + "/" + id).then().statusCode(404);
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", title))).isEmpty();
        assertThat(adminIds(admin, Map.of("status", "DRAFT", "q", title))).containsExactly(id);
    }

    @Test
    void invalid_announcements_are_refused_naming_the_field() {
        Api.Session admin = Api.admin();
        refused(admin, "category", b -> b.put("category", "LOTTERY"));
        refused(admin, "category", b -> b.remove("category"));
        refused(admin, "title", b -> b.put("title", " "));
        refused(admin, "title", b -> b.put("title", "长".repeat(121)));
        refused(admin, "content", b -> b.remove("content"));
        refused(admin, "content", b -> b.put("content", "<script>alert(1)</script><style>p{}</style>"));
        refused(admin, "summary", b -> b.put("summary", "长".repeat(301)));
        refused(admin, "tags", b -> b.put("tags", List.of("999999")));
        refused(admin, "tags", b -> b.put("tags", List.of("Z")));
        refused(admin, "tags", b -> b.put("tags", List.of("01")));
        refused(admin, "tags", b -> b.put("tags", List.of("STUDENT")));
        refused(admin, "coverFileId", b -> b.put("coverFileId", "01JD0000000000000000000000"));
        refused(admin, "attachmentFileIds", b -> b.put("attachmentFileIds", List.of("01JD0000000000000000000000")));

        admin.as().contentType(ContentType.JSON).when().post(ADMIN_ANNOUNCEMENTS)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("body"));
        long drafts = db.count("select count(*) from content_item where title = ?", "非法公告");
        assertThat(drafts).isZero();
    }

    @Test
    void covers_and_attachments_must_be_the_admins_own_uploads_and_covers_images() {
        Api.Session admin = Api.admin();
        Api.Session other = Api.newStaff(Api.unique("editor"), "ADMIN");
        Api.Session user = Api.wechatUser(Api.unique("reader"));
        String cover = ContentFixtures.uploadPng(admin);
        String pdf = ContentFixtures.uploadPdf(admin);
        String othersPng = ContentFixtures.uploadPng(other);

        Map<String, Object> body = ContentFixtures.announcement(Api.unique("见习基地公告"));
        body.put("coverFileId", othersPng);
        refused(admin, body, "coverFileId");
        body.put("coverFileId", pdf);
        refused(admin, body, "coverFileId");
        body.put("coverFileId", cover);
        body.put("attachmentFileIds", List.of(pdf, othersPng));
        refused(admin, body, "attachmentFileIds");
        body.put("content", "<p>图</p><img src=\"/api/v1/files/" + othersPng + "\">");
        body.put("attachmentFileIds", List.of(pdf));
        refused(admin, body, "content");

        body.put("content", "<p>图</p><img src=\"/api/v1/files/" + cover + "\">");
        String id = ContentFixtures.create(admin, ADMIN_ANNOUNCEMENTS, body);
        assertThat(db.rows("select file_id, file_role from content_file where item_id = ? order by file_role", id))
                .extracting(r -> r.get("file_role") + ":" + r.get("file_id"))
                .containsExactly("ATTACHMENT:" + pdf, "COVER:" + cover, "INLINE:" + cover);

        // another admin may keep the files the item already has
        other.as().contentType(ContentType.JSON).body(body).when().put(ADMIN_ANNOUNCEMENTS + "/" + id).then().statusCode(200)
                .body("coverFileId", equalTo(cover)).body("attachmentFileIds", contains(pdf)).body("updatedBy", equalTo(other.id()));

        // files of a draft stay private; once published, every signed-in account may read them
        user.as().when().get("/api/v1/files/" + cover).then().statusCode(404);
        user.as().when().get("/api/v1/files/" + pdf).then().statusCode(404);
        ContentFixtures.publish(admin, ADMIN_ANNOUNCEMENTS, id);
        user.as().when().get("/api/v1/files/" + cover).then().statusCode(200).contentType("image/png");
        user.as().when().get("/api/v1/files/" + pdf).then().statusCode(200).contentType("application/pdf");
        user.as().when().get("/api/v1/files/" + othersPng).then().statusCode(404);
        given().when().get(ANNOUNCEMENTS + "/" + id).then().statusCode(200)
                .body("coverFileId", equalTo(cover)).body("attachments[0].id", equalTo(pdf))
                .body("attachments[0].contentType", equalTo("application/pdf")).body("attachments[0].size", notNullValue());
        admin.as().when().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/unpublish").then().statusCode(200);
        user.as().when().get("/api/v1/files/" + pdf).then().statusCode(404);
    }

    @Test
    void publish_unpublish_and_republish_follow_the_lifecycle_and_are_audited() {
        Api.Session admin = Api.admin();
        String title = Api.unique("人才政策解读");
        String id = ContentFixtures.create(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(title));

        admin.as().when().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/unpublish").then().statusCode(409)
                .contentType("application/problem+json");
        admin.as().when().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishAt", notNullValue());
        assertThat(db.row("select status from content_item where id = ?", id)).containsEntry("status", "PUBLISHED");
        given().when().get(ANNOUNCEMENTS + "/" + id).then().statusCode(200).body("title", equalTo(title));
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", title))).containsExactly(id);

        admin.as().when().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/publish").then().statusCode(409);
        admin.as().when().delete(ADMIN_ANNOUNCEMENTS + "/" + id).then().statusCode(409);

        admin.as().when().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/unpublish").then().statusCode(200).body("status", equalTo("UNPUBLISHED"));
        given().when().get(ANNOUNCEMENTS + "/" + id).then().statusCode(404);
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", title))).isEmpty();
        admin.as().when().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/unpublish").then().statusCode(409);
        admin.as().when().delete(ADMIN_ANNOUNCEMENTS + "/" + id).then().statusCode(409);
        assertThat(adminIds(admin, Map.of("status", "UNPUBLISHED", "q", title))).containsExactly(id);

        admin.as().when().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().when().get(ANNOUNCEMENTS + "/" + id).then().statusCode(200);

        assertThat(db.rows("select action, actor_id from audit_log where subject_kind = 'ANNOUNCEMENT' and subject_id = ? order by id", id))
                .extracting(r -> r.get("action") + ":" + r.get("actor_id"))
                .containsExactly("CONTENT_PUBLISHED:" + admin.id(), "CONTENT_UNPUBLISHED:" + admin.id(), "CONTENT_PUBLISHED:" + admin.id());
    }

    @Test
    void a_scheduled_announcement_appears_only_once_the_clock_passes_its_time() {
        Api.Session admin = Api.admin();
        String title = Api.unique("见习补贴定时公告");
        String id = ContentFixtures.create(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(title));

        admin.as().contentType(ContentType.JSON).body(Map.of("publishAt", Jobs.now().minus(Duration.ofMinutes(1)).format(ISO_OFFSET_DATE_TIME)))
                .when().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/publish")
                .then().statusCode(400).body("violations[0].field", equalTo("publishAt"));
        admin.as().contentType(ContentType.JSON).body(Map.of("publishAt", Jobs.now().plus(Duration.ofHours(2)).format(ISO_OFFSET_DATE_TIME)))
                .when().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("SCHEDULED"));
        admin.as().when().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/publish").then().statusCode(409);
        assertThat(adminIds(admin, Map.of("status", "SCHEDULED", "q", title))).containsExactly(id);
        assertThat(adminIds(admin, Map.of("status", "PUBLISHED", "q", title))).isEmpty();
        given().when().get(ANNOUNCEMENTS + "/" + id).then().statusCode(404);
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", title))).isEmpty();
        assertThat(db.row("select action from audit_log where subject_id = ?", id)).containsEntry("action", "CONTENT_SCHEDULED");

        clock.advance(Duration.ofHours(2).plusSeconds(1));
        given().when().get(ANNOUNCEMENTS + "/" + id).then().statusCode(200).body("title", equalTo(title));
        assertThat(ContentFixtures.publicIds(ANNOUNCEMENTS, Map.of("q", title))).containsExactly(id);
        admin.as().when().get(ADMIN_ANNOUNCEMENTS + "/" + id).then().body("status", equalTo("PUBLISHED"));
        assertThat(db.row("select view_count from content_item where id = ?", id)).containsEntry("view_count", 1L);
    }

    @Test
    void publish_takes_an_empty_json_body_and_refuses_a_malformed_one() {
        Api.Session admin = Api.admin();
        String id = ContentFixtures.create(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(Api.unique("人才公告")));
        admin.as().contentType(ContentType.JSON).body("{\"publishAt\": \"tomorrow\"}").post(ADMIN_ANNOUNCEMENTS + "/" + id + "/publish")
                .then().statusCode(400).contentType("application/problem+json");
        admin.as().contentType(ContentType.JSON).body("{not json").post(ADMIN_ANNOUNCEMENTS + "/" + id + "/publish")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(db.row("select status from content_item where id = ?", id)).containsEntry("status", "DRAFT");
        admin.as().contentType(ContentType.JSON).body("{}").post(ADMIN_ANNOUNCEMENTS + "/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        assertThat(db.row("select status from content_item where id = ?", id)).containsEntry("status", "PUBLISHED");
    }

    @Test
    void a_scheduled_announcement_can_be_taken_down_before_its_time() {
        Api.Session admin = Api.admin();
        String id = ContentFixtures.create(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(Api.unique("社保公告")));
        admin.as().contentType(ContentType.JSON).body(Map.of("publishAt", Jobs.now().plus(Duration.ofDays(1)).format(ISO_OFFSET_DATE_TIME)))
                .when().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/publish").then().statusCode(200);
        admin.as().when().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/unpublish").then().statusCode(200).body("status", equalTo("UNPUBLISHED"));
        clock.advance(Duration.ofDays(2));
        given().when().get(ANNOUNCEMENTS + "/" + id).then().statusCode(404);
    }

    @Test
    void an_edit_replaces_the_fields_and_a_stale_version_is_refused() {
        Api.Session admin = Api.admin();
        String title = Api.unique("招聘公告");
        String id = ContentFixtures.create(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(title));

        Map<String, Object> edit = ContentFixtures.announcement(title + "（更正）");
        edit.put("category", "RECRUITMENT");
        edit.put("tags", List.of("EMPLOYER"));
        edit.put("pinned", true);
        edit.put("summary", "更正后的摘要");
        edit.put("version", 0);
        admin.as().contentType(ContentType.JSON).body(edit).when().put(ADMIN_ANNOUNCEMENTS + "/" + id).then().statusCode(200)
                .body("title", equalTo(title + "（更正）")).body("category", equalTo("RECRUITMENT")).body("categoryLabel", equalTo("招聘公告"))
                .body("tags", contains("EMPLOYER")).body("pinned", equalTo(true)).body("summary", equalTo("更正后的摘要"))
                .body("version", equalTo(1));
        assertThat(db.row("select title, category, tags, pinned, summary, version from content_item where id = ?", id))
                .containsEntry("title", title + "（更正）").containsEntry("category", "RECRUITMENT").containsEntry("tags", "EMPLOYER")
                .containsEntry("pinned", true).containsEntry("summary", "更正后的摘要").containsEntry("version", 1L);
        assertThat(db.count("select count(*) from content_tag where item_id = ?", id)).isEqualTo(1);

        edit.put("title", "过期的修改");
        admin.as().contentType(ContentType.JSON).body(edit).when().put(ADMIN_ANNOUNCEMENTS + "/" + id).then().statusCode(409);
        assertThat(db.row("select title from content_item where id = ?", id)).containsEntry("title", title + "（更正）");
    }

    @Test
    void a_draft_is_deleted_with_its_tags_and_files() {
        Api.Session admin = Api.admin();
        Map<String, Object> body = ContentFixtures.announcement(Api.unique("草稿"));
        body.put("coverFileId", ContentFixtures.uploadPng(admin));
        String id = ContentFixtures.create(admin, ADMIN_ANNOUNCEMENTS, body);

        admin.as().when().delete(ADMIN_ANNOUNCEMENTS + "/" + id).then().statusCode(204);
        assertThat(db.count("select count(*) from content_item where id = ?", id)).isZero();
        assertThat(db.count("select count(*) from content_tag where item_id = ?", id)).isZero();
        assertThat(db.count("select count(*) from content_file where item_id = ?", id)).isZero();
        assertThat(db.row("select action, actor_id from audit_log where subject_id = ?", id))
                .containsEntry("action", "CONTENT_DELETED").containsEntry("actor_id", admin.id());
        admin.as().when().get(ADMIN_ANNOUNCEMENTS + "/" + id).then().statusCode(404);
        admin.as().when().delete(ADMIN_ANNOUNCEMENTS + "/" + id).then().statusCode(404);
    }

    @Test
    void only_admins_reach_the_admin_endpoints() {
        Api.Session admin = Api.admin();
        String id = ContentFixtures.create(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(Api.unique("权限")));
        Api.Session reviewer = Api.newStaff(Api.unique("rev"), "REVIEWER", "SERVICE");
        Api.Session seeker = Api.wechatUser(Api.unique("seeker"));
        Map<String, Object> body = ContentFixtures.announcement("不应写入");

        List<Function<RequestSpecification, io.restassured.response.Response>> calls = List.of(
                s -> s.contentType(ContentType.JSON).body(body).post(ADMIN_ANNOUNCEMENTS),
                s -> s.get(ADMIN_ANNOUNCEMENTS),
                s -> s.get(ADMIN_ANNOUNCEMENTS + "/" + id),
                s -> s.contentType(ContentType.JSON).body(body).put(ADMIN_ANNOUNCEMENTS + "/" + id),
                s -> s.post(ADMIN_ANNOUNCEMENTS + "/" + id + "/publish"),
                s -> s.post(ADMIN_ANNOUNCEMENTS + "/" + id + "/unpublish"),
                s -> s.delete(ADMIN_ANNOUNCEMENTS + "/" + id));
        for (var call : calls) {
            call.apply(given()).then().statusCode(401).contentType("application/problem+json");
            call.apply(reviewer.as()).then().statusCode(403).contentType("application/problem+json");
            call.apply(seeker.as()).then().statusCode(403);
        }
        assertThat(db.row("select status, title from content_item where id = ?", id)).containsEntry("status", "DRAFT");
        assertThat(db.count("select count(*) from content_item where title = ?", "不应写入")).isZero();
    }

    @Test
    void unknown_ids_and_articles_are_404_at_the_announcement_endpoints() {
        Api.Session admin = Api.admin();
        String article = ContentFixtures.create(admin, ADMIN_ARTICLES, ContentFixtures.article(Api.unique("文章")));
        for (String id : List.of(article, "01JD0000000000000000000000", "not-an-id")) {
            admin.as().get(ADMIN_ANNOUNCEMENTS + "/" + id).then().statusCode(404).contentType("application/problem+json");
            admin.as().contentType(ContentType.JSON).body(ContentFixtures.announcement("x")).put(ADMIN_ANNOUNCEMENTS + "/" + id)
                    .then().statusCode(404);
            admin.as().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/publish").then().statusCode(404);
            admin.as().post(ADMIN_ANNOUNCEMENTS + "/" + id + "/unpublish").then().statusCode(404);
            admin.as().delete(ADMIN_ANNOUNCEMENTS + "/" + id).then().statusCode(404);
        }
        assertThat(db.row("select status, kind from content_item where id = ?", article)).containsEntry("status", "DRAFT")
                .containsEntry("kind", "ARTICLE");
    }

    @Test
    void the_admin_list_filters_by_status_category_and_words_and_refuses_unknown_values() {
        Api.Session admin = Api.admin();
        String word = ContentFixtures.marker();
        Map<String, Object> a = ContentFixtures.announcement("社保 " + word);
        a.put("category", "SOCIAL_SECURITY");
        String social = ContentFixtures.published(admin, ADMIN_ANNOUNCEMENTS, a);
        String subsidy = ContentFixtures.create(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement("补贴 " + word));

        assertThat(adminIds(admin, Map.of("q", word))).containsExactly(subsidy, social);
        assertThat(adminIds(admin, Map.of("q", word, "category", "SOCIAL_SECURITY"))).containsExactly(social);
        assertThat(adminIds(admin, Map.of("q", word, "status", "published"))).containsExactly(social);
        admin.as().queryParam("category", "LOTTERY").get(ADMIN_ANNOUNCEMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("category"));
        admin.as().queryParam("status", "GONE").get(ADMIN_ANNOUNCEMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        admin.as().queryParam("cursor", "garbage").get(ADMIN_ANNOUNCEMENTS).then().statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    static List<String> adminIds(Api.Session admin, Map<String, ?> params) {
        return admin.as().queryParams(params).queryParam("size", 100).when().get(ADMIN_ANNOUNCEMENTS)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static void refused(Api.Session admin, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = ContentFixtures.announcement("非法公告");
        change.accept(body);
        refused(admin, body, field);
    }

    private static void refused(Api.Session admin, Map<String, Object> body, String field) {
        admin.as().contentType(ContentType.JSON).body(body).when().post(ADMIN_ANNOUNCEMENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }
}
