package cn.nanhu.talent.content;

import static cn.nanhu.talent.content.ContentFixtures.ADMIN_ANNOUNCEMENTS;
import static cn.nanhu.talent.content.ContentFixtures.ADMIN_ARTICLES;
import static cn.nanhu.talent.content.ContentFixtures.ARTICLES;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Jobs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Articles of the showcase column "南湖旁的星辰大海": employers featured with their open jobs, columns, refusals. */
@QuarkusTest
class ArticleTest {

    @Inject
    Db db;

    @Test
    void a_showcase_article_features_an_approved_employer_with_its_badges_and_open_jobs() {
        Employers.Registered employer = Employers.approved(Api.unique("showcase"));
        String jobTitle = Api.unique("测试工程师");
        String job = Jobs.published(employer.owner(), Jobs.body(jobTitle));
        Jobs.post(employer.owner(), Jobs.body(Api.unique("待审职位")));
        Api.Session admin = Api.admin();
        String title = Api.unique("星辰大海·创业故事");
        Map<String, Object> body = ContentFixtures.article(title);
        body.put("employerId", employer.employerId());

        String id = admin.as().contentType(ContentType.JSON).body(body).post(ADMIN_ARTICLES)
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        assertThat(db.row("select kind, column_code, employer_id, category from content_item where id = ?", id))
                .containsEntry("kind", "ARTICLE").containsEntry("column_code", "showcase")
                .containsEntry("employer_id", employer.employerId()).containsEntry("category", null);
        given().get(ARTICLES + "/" + id).then().statusCode(404);

        ContentFixtures.publish(admin, ADMIN_ARTICLES, id);
        given().get(ARTICLES + "/" + id).then().statusCode(200)
                .body("title", equalTo(title)).body("column", equalTo("showcase")).body("columnLabel", equalTo("南湖旁的星辰大海"))
                .body("employer.id", equalTo(employer.employerId())).body("employer.name", org.hamcrest.Matchers.startsWith("嘉兴南湖测试科技有限公司"))
                .body("employer.badges", hasItem("VERIFIED"))
                .body("employer.jobs.id", contains(job)).body("employer.jobs[0].title", equalTo(jobTitle))
                .body("viewCount", equalTo(1));
        assertThat(ContentFixtures.publicIds(ARTICLES, Map.of("column", "showcase", "q", title))).containsExactly(id);
        assertThat(ContentFixtures.publicIds(ARTICLES, Map.of("column", "news", "q", title))).isEmpty();
        assertThat(ContentFixtures.publicIds(ContentFixtures.ANNOUNCEMENTS, Map.of("q", title))).isEmpty();
        given().get(ContentFixtures.ANNOUNCEMENTS + "/" + id).then().statusCode(404);
    }

    @Test
    void an_article_without_an_employer_shows_none() {
        Api.Session admin = Api.admin();
        String id = ContentFixtures.published(admin, ADMIN_ARTICLES, ContentFixtures.article(Api.unique("人才故事")));
        given().get(ARTICLES + "/" + id).then().statusCode(200).body("employer", nullValue()).body("$", not(org.hamcrest.Matchers.hasKey("category")));
        admin.as().get(ADMIN_ARTICLES + "/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("columnLabel", equalTo("南湖旁的星辰大海"));
    }

    @Test
    void invalid_articles_are_refused_naming_the_field() {
        Api.Session admin = Api.admin();
        Api.Session pendingOwner = Api.wechatUser(Api.unique("pending"));
        String pending = Employers.register(pendingOwner);
        refused(admin, "column", Map.of("column", "gossip"));
        refused(admin, "employerId", Map.of("employerId", pending));
        refused(admin, "employerId", Map.of("employerId", "01JD0000000000000000000000"));
        refused(admin, "tags", Map.of("tags", List.of("EVERYONE")));
        Map<String, Object> noColumn = ContentFixtures.article("无栏目");
        noColumn.remove("column");
        admin.as().contentType(ContentType.JSON).body(noColumn).post(ADMIN_ARTICLES).then().statusCode(400)
                .body("violations[0].field", equalTo("column"));
        given().queryParam("column", "gossip").get(ARTICLES).then().statusCode(400).body("violations[0].field", equalTo("column"));
        assertThat(db.count("select count(*) from content_item where employer_id = ?", pending)).isZero();
    }

    @Test
    void only_admins_reach_the_article_admin_endpoints_and_announcements_are_not_articles() {
        Api.Session admin = Api.admin();
        String id = ContentFixtures.create(admin, ADMIN_ARTICLES, ContentFixtures.article(Api.unique("权限文章")));
        String announcement = ContentFixtures.create(admin, ADMIN_ANNOUNCEMENTS, ContentFixtures.announcement(Api.unique("公告")));
        Api.Session service = Api.newStaff(Api.unique("svc"), "SERVICE");
        Map<String, Object> body = ContentFixtures.article("不应写入的文章");
        for (int i = 0; i < 2; i++) {
            int status = i == 0 ? 401 : 403;
            java.util.function.Supplier<io.restassured.specification.RequestSpecification> who = i == 0 ? () -> given() : service::as;
            who.get().contentType(ContentType.JSON).body(body).post(ADMIN_ARTICLES).then().statusCode(status);
            who.get().get(ADMIN_ARTICLES).then().statusCode(status);
            who.get().get(ADMIN_ARTICLES + "/" + id).then().statusCode(status);
            who.get().contentType(ContentType.JSON).body(body).put(ADMIN_ARTICLES + "/" + id).then().statusCode(status);
            who.get().post(ADMIN_ARTICLES + "/" + id + "/publish").then().statusCode(status);
            who.get().post(ADMIN_ARTICLES + "/" + id + "/unpublish").then().statusCode(status);
            who.get().delete(ADMIN_ARTICLES + "/" + id).then().statusCode(status);
        }
        admin.as().get(ADMIN_ARTICLES + "/" + announcement).then().statusCode(404);
        admin.as().post(ADMIN_ARTICLES + "/" + announcement + "/publish").then().statusCode(404);
        admin.as().delete(ADMIN_ARTICLES + "/" + announcement).then().statusCode(404);
        admin.as().post(ADMIN_ARTICLES + "/" + id + "/unpublish").then().statusCode(409);
        ContentFixtures.publish(admin, ADMIN_ARTICLES, id);
        admin.as().post(ADMIN_ARTICLES + "/" + id + "/publish").then().statusCode(409);
        admin.as().delete(ADMIN_ARTICLES + "/" + id).then().statusCode(409);
        assertThat(db.row("select status from content_item where id = ?", id)).containsEntry("status", "PUBLISHED");
        assertThat(db.row("select status from content_item where id = ?", announcement)).containsEntry("status", "DRAFT");
        assertThat(db.count("select count(*) from content_item where title = ?", "不应写入的文章")).isZero();
    }

    private static void refused(Api.Session admin, String field, Map<String, Object> change) {
        Map<String, Object> body = ContentFixtures.article("非法文章");
        body.putAll(change);
        admin.as().contentType(ContentType.JSON).body(body).post(ADMIN_ARTICLES).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }
}
