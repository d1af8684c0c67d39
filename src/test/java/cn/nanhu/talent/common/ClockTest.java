package cn.nanhu.talent.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.nanhu.talent.support.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClockTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void tests_move_the_clock_the_application_reads_and_it_speaks_china_time() {
        clock.set(Instant.parse("2026-11-26T00:00:00Z"));
        given().when().get("/test-support/problems/now")
                .then().statusCode(200).body(equalTo("2026-11-26T08:00+08:00"));
        clock.advance(Duration.ofDays(1));
        given().when().get("/test-support/problems/now")
                .then().statusCode(200).body(equalTo("2026-11-27T08:00+08:00"));
    }
}
