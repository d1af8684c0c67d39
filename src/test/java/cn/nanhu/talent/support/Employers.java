package cn.nanhu.talent.support;


import cn.nanhu.talent.employer.UnifiedCreditCode;
import io.restassured.http.ContentType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Fixtures for employers: valid credit codes, a licence upload, a registration and its approval. */
public final class Employers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ORG_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Employers() {
    }

    /** A fresh, valid unified social credit code of a company in Nanhu (3304 02). */
    public static String creditCode() {
        StringBuilder sb = new StringBuilder("91330402");
        for (int i = 0; i < 9; i++) {
            sb.append(ORG_ALPHABET.charAt(RANDOM.nextInt(ORG_ALPHABET.length())));
        }
        return sb.append(UnifiedCreditCode.checkCharacter(sb.toString())).toString();
    }

    /** Uploads a small PNG as the user's business licence and returns its file id. */
    public static String uploadLicense(Api.Session user) {
        return user.as().multiPart("file", "licence.png", png(), "image/png").multiPart("purpose", "LICENSE")
                .when().post("/api/v1/files")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A complete, valid registration body; callers change fields to test refusals. */
    public static Map<String, Object> registration(String licenseFileId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "嘉兴南湖测试科技有限公司" + Api.unique(""));
        body.put("creditCode", creditCode());
        body.put("legalRepresentative", "张三");
        body.put("industryCode", "65");
        body.put("districtCode", "330402");
        body.put("address", "浙江省嘉兴市南湖区亚太路1052号");
        body.put("scale", "100-499");
        body.put("aboveDesignatedSize", true);
        body.put("contactName", "李四");
        body.put("contactPhone", "13900002222");
        body.put("licenseFileId", licenseFileId);
        return body;
    }

    /** Registers a company for the user and returns its id. */
    public static String register(Api.Session user) {
        return user.as().contentType(ContentType.JSON).body(registration(uploadLicense(user)))
                .when().post("/api/v1/employers")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** The pending review item of an employer, as a reviewer sees it: {id, version}. */
    public static Map<String, Object> pendingItem(Api.Session reviewer, String employerId) {
        return pendingItems(reviewer).stream().filter(i -> employerId.equals(i.get("subjectId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no pending review item for employer " + employerId));
    }

    /** Every pending employer item, walking all pages of the queue, oldest first. */
    public static List<Map<String, Object>> pendingItems(Api.Session reviewer) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var spec = reviewer.as().queryParam("kind", "EMPLOYER").queryParam("size", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            var page = spec.when().get("/api/v1/admin/reviews").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    /** Registers and approves a company; returns the owner's session refreshed so it carries EMPLOYER. */
    public static Registered approved(String name) {
        Api.Session owner = Api.wechatUser(name);
        String id = register(owner);
        Api.Session admin = Api.admin();
        Map<String, Object> item = pendingItem(admin, id);
        admin.as().contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "version", item.get("version"), "confirmAboveDesignatedSize", true))
                .when().post("/api/v1/admin/reviews/" + item.get("id") + "/decision")
                .then().statusCode(200);
        return new Registered(id, Api.wechatUser(name));
    }

    /** An approved employer and its owner's session. */
    public record Registered(String employerId, Api.Session owner) {
    }

    private static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
