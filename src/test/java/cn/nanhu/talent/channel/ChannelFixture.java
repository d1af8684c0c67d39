package cn.nanhu.talent.channel;

import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fixtures for channels: a valid request, creating one, and putting the shared state back after a test. */
final class ChannelFixture {

    static final String ADMIN_CHANNELS = "/api/v1/admin/channels";
    static final String FEED = "/api/v1/feeds/jobs";

    private ChannelFixture() {
    }

    /** A Jiaxing region channel with a feed only and an empty filter. */
    static Map<String, Object> feedChannel(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "REGION");
        body.put("regionCode", "3304");
        body.put("deliveryMode", "FEED");
        return body;
    }

    static Map<String, Object> webhookChannel(String name, String mode) {
        Map<String, Object> body = feedChannel(name);
        body.put("deliveryMode", mode);
        body.put("webhookUrl", PartnerFake.url());
        return body;
    }

    static Map<String, Object> filter(List<String> districts, List<String> occupations, String education, List<String> jobTypes) {
        // a criterion left out is not sent at all: the document describes no null values
        Map<String, Object> f = new HashMap<>();
        putIfGiven(f, "districts", districts);
        putIfGiven(f, "occupations", occupations);
        putIfGiven(f, "education", education);
        putIfGiven(f, "jobTypes", jobTypes);
        return f;
    }

    private static void putIfGiven(Map<String, Object> body, String name, Object value) {
        if (value != null) {
            body.put(name, value);
        }
    }

    /** Creates the channel as the bootstrap admin; answers the 201 body (id, code, apiKey, webhookSecret). */
    static JsonPath create(Map<String, Object> body) {
        return Api.admin().as().contentType(ContentType.JSON).body(body).when().post(ADMIN_CHANNELS)
                .then().statusCode(201).extract().jsonPath();
    }

    /**
     * Disables every channel and settles every queued webhook, so no later test (of any feature)
     * pushes to a test's channel or finds its webhooks in the outbox.
     */
    static void quiesce() {
        Db db = CDI.current().select(Db.class).get();
        db.update("update channel set enabled = false");
        db.update("update outbox set status = 'DEAD', last_error = 'test finished' where kind = ? and status = 'PENDING'", WebhookHandler.KIND);
    }
}
