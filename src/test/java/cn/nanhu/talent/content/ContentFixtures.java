package cn.nanhu.talent.content;

import cn.nanhu.talent.support.Api;
import io.restassured.http.ContentType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

/** Fixtures for announcements and articles: valid bodies, drafts, publishing, uploads. */
public final class ContentFixtures {

    public static final String ADMIN_ANNOUNCEMENTS = "/api/v1/admin/announcements";
    public static final String ADMIN_ARTICLES = "/api/v1/admin/articles";
    public static final String ANNOUNCEMENTS = "/api/v1/announcements";
    public static final String ARTICLES = "/api/v1/articles";

    private ContentFixtures() {
    }

    /** A made-up word only one test's items carry, so searches see only that test's data. */
    public static String marker() {
        StringBuilder sb = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    /** A complete, valid announcement; callers change fields. */
    public static Map<String, Object> announcement(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("category", "EMPLOYMENT_SUBSIDY");
        body.put("content", "<h2>申领条件</h2><p>在南湖区就业的高校毕业生可申领<b>就业补贴</b>。</p>");
        body.put("tags", new ArrayList<>(List.of("330402", "SEEKER")));
        body.put("pinned", false);
        return body;
    }

    public static Map<String, Object> article(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("column", "showcase");
        body.put("title", title);
        body.put("content", "<p>一家南湖企业的成长故事。</p>");
        body.put("tags", new ArrayList<>(List.of("3304")));
        body.put("pinned", false);
        return body;
    }

    public static String create(Api.Session admin, String path, Map<String, Object> body) {
        return admin.as().contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(201).extract().path("id");
    }

    public static void publish(Api.Session admin, String path, String id) {
        admin.as().when().post(path + "/" + id + "/publish").then().statusCode(200);
    }

    public static String published(Api.Session admin, String path, Map<String, Object> body) {
        String id = create(admin, path, body);
        publish(admin, path, id);
        return id;
    }

    /** The ids of the public list for these query parameters, all pages. */
    public static List<String> publicIds(String path, Map<String, ?> params) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var spec = io.restassured.RestAssured.given().queryParams(params).queryParam("size", 2);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get(path).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    public static String uploadPng(Api.Session who) {
        return upload(who, png(), "cover.png", "image/png");
    }

    public static String uploadPdf(Api.Session who) {
        return upload(who, "%PDF-1.4\n%测试附件\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8), "a.pdf",
                "application/pdf");
    }

    private static String upload(Api.Session who, byte[] bytes, String name, String type) {
        return who.as().multiPart("file", name, bytes, type).multiPart("purpose", "ATTACHMENT")
                .when().post("/api/v1/files").then().statusCode(201).extract().path("id");
    }

    private static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
