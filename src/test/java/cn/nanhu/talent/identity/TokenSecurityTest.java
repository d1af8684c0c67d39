package cn.nanhu.talent.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every way a bearer token can be wrong is a 401 problem; a right token of the wrong role is a 403. */
@QuarkusTest
class TokenSecurityTest {

    private static final String ME = "/api/v1/me";
    private static final String ISSUER = "https://nanhu-talent.cn";

    @Test
    void no_token_is_401() {
        given().when().get(ME)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void garbage_is_401() {
        given().auth().oauth2("not.a.jwt").when().get(ME).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void an_expired_token_is_401() {
        Api.Session user = Api.wechatUser(Api.unique("exp"));
        String token = Jwt.issuer(ISSUER).subject(user.id()).groups(Set.of("SEEKER"))
                .claim("knd", "USER").claim("gen", 0)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign();
        given().auth().oauth2(token).when().get(ME).then().statusCode(401);
    }

    @Test
    void a_token_from_another_issuer_is_401() {
        Api.Session user = Api.wechatUser(Api.unique("iss"));
        String token = Jwt.issuer("https://evil.example").subject(user.id()).groups(Set.of("SEEKER"))
                .claim("knd", "USER").claim("gen", 0).expiresIn(600).sign();
        given().auth().oauth2(token).when().get(ME).then().statusCode(401);
    }

    @Test
    void an_unsigned_alg_none_token_is_401() {
        Api.Session user = Api.wechatUser(Api.unique("none"));
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        long now = Instant.now().getEpochSecond();
        String payload = b64("{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + user.id() + "\",\"groups\":[\"ADMIN\"],"
                + "\"knd\":\"USER\",\"gen\":0,\"iat\":" + now + ",\"exp\":" + (now + 600) + "}");
        given().auth().oauth2(header + "." + payload + ".").when().get(ME).then().statusCode(401);
    }

    @Test
    void a_tampered_payload_is_401() {
        Api.Session user = Api.wechatUser(Api.unique("tamper"));
        String[] parts = user.accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"SEEKER\"", "\"ADMIN\"");
        given().auth().oauth2(parts[0] + "." + b64(payload) + "." + parts[2])
                .when().get("/api/v1/admin/staff").then().statusCode(401);
    }

    @Test
    void a_token_signed_with_another_key_is_401() throws Exception {
        Api.Session user = Api.wechatUser(Api.unique("key"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String token = Jwt.issuer(ISSUER).subject(user.id()).groups(Set.of("ADMIN"))
                .claim("knd", "USER").claim("gen", 0).expiresIn(600)
                .sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(token).when().get("/api/v1/admin/staff").then().statusCode(401);
    }

    @Test
    void a_token_without_the_account_claims_is_401() {
        Api.Session user = Api.wechatUser(Api.unique("claims"));
        String token = Jwt.issuer(ISSUER).subject(user.id()).groups(Set.of("SEEKER")).expiresIn(600).sign();
        given().auth().oauth2(token).when().get(ME).then().statusCode(401);
    }

    @Test
    void a_seeker_on_an_admin_endpoint_is_403() {
        Api.Session user = Api.wechatUser(Api.unique("role"));
        user.as().when().get("/api/v1/admin/staff")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void a_valid_token_works() {
        Api.Session user = Api.wechatUser(Api.unique("ok"));
        user.as().when().get(ME).then().statusCode(200).body("id", equalTo(user.id()));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
