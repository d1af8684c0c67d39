package cn.nanhu.talent.reference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DictResourceTest {

    private static final String DICTS = "/api/v1/dicts";

    @Test
    void jiaxing_has_its_seven_districts_and_counties_including_nanhu() {
        given().queryParam("parent", "3304")
                .when().get(DICTS + "/divisions")
                .then().statusCode(200)
                .body("items", hasSize(7))
                .body("items.code", containsInAnyOrder("330402", "330411", "330421", "330424", "330481", "330482", "330483"))
                .body("items.find { it.code == '330402' }.name", equalTo("南湖区"))
                .body("items.find { it.code == '330402' }.level", equalTo(3))
                .body("items.find { it.code == '330402' }.hasChildren", equalTo(true))
                .body("nextCursor", nullValue());
    }

    @Test
    void nanhu_has_its_thirteen_streets_and_towns() {
        given().queryParam("parent", "330402")
                .when().get(DICTS + "/divisions")
                .then().statusCode(200)
                .body("items", hasSize(13))
                .body("items.level", everyItem(equalTo(4)))
                .body("items.name", hasItem("建设街道"));
    }

    @Test
    void without_a_parent_the_provinces_are_listed() {
        given().when().get(DICTS + "/divisions")
                .then().statusCode(200)
                .body("items", hasSize(31))
                .body("items.name", hasItems("浙江省", "上海市", "江苏省"));
    }

    @Test
    void shanghai_hangzhou_and_jiangsu_reach_down_to_districts() {
        given().queryParam("parent", "3301").when().get(DICTS + "/divisions")
                .then().statusCode(200).body("items.name", hasItem("西湖区"));
        given().queryParam("parent", "3101").when().get(DICTS + "/divisions")
                .then().statusCode(200).body("items.name", hasItem("浦东新区"));
        given().queryParam("parent", "3205").when().get(DICTS + "/divisions")
                .then().statusCode(200).body("items.name", hasItem("姑苏区"));
    }

    @Test
    void a_malformed_parent_is_a_400_naming_parent() {
        given().queryParam("parent", "33a4")
                .when().get(DICTS + "/divisions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("parent"));
    }

    @Test
    void an_unknown_parent_is_a_404() {
        given().queryParam("parent", "9999")
                .when().get(DICTS + "/divisions")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void responses_carry_an_etag_and_a_matching_if_none_match_gets_304() {
        Response first = given().queryParam("parent", "3304").when().get(DICTS + "/divisions");
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).contains("max-age=3600");

        given().queryParam("parent", "3304").header("If-None-Match", etag)
                .when().get(DICTS + "/divisions")
                .then().statusCode(304)
                .header("ETag", etag);
        String other = given().queryParam("parent", "3301").when().get(DICTS + "/divisions").getHeader("ETag");
        assertThat(other).isNotEqualTo(etag);
    }

    @Test
    void q_java_finds_software_engineering_through_its_alias() {
        given().queryParam("q", "Java")
                .when().get(DICTS + "/occupations")
                .then().statusCode(200)
                .body("items[0].code", equalTo("2-02-10-03"))
                .body("items[0].name", equalTo("计算机软件工程技术人员"))
                .body("items[0].digital", equalTo(true))
                .body("items[0].matchedAlias", equalTo("Java"));
    }

    @Test
    void search_is_case_insensitive_and_finds_chinese_titles() {
        given().queryParam("q", "java").when().get(DICTS + "/occupations")
                .then().statusCode(200).body("items.code", hasItem("2-02-10-03"));
        given().queryParam("q", "会计").when().get(DICTS + "/occupations")
                .then().statusCode(200).body("items[0].code", equalTo("2-06-03-00"))
                .body("items[0].name", equalTo("会计专业人员"));
    }

    @Test
    void the_occupation_tree_is_browsed_by_parent() {
        given().when().get(DICTS + "/occupations")
                .then().statusCode(200)
                .body("items", hasSize(8))
                .body("items.level", everyItem(equalTo(1)));
        given().queryParam("parent", "2-02-10-00").when().get(DICTS + "/occupations")
                .then().statusCode(200)
                .body("items.code", hasItem("2-02-10-03"))
                .body("items.parentCode", everyItem(equalTo("2-02-10-00")));
    }

    @Test
    void a_search_within_a_parent_stays_inside_it() {
        given().queryParam("parent", "2-00-00-00").queryParam("q", "工程师")
                .when().get(DICTS + "/occupations")
                .then().statusCode(200)
                .body("items.code", everyItem(startsWith("2-")));
    }

    @Test
    void one_occupation_shows_its_definition_and_path() {
        given().when().get(DICTS + "/occupations/2-02-10-03")
                .then().statusCode(200)
                .body("definition", startsWith("从事计算机软件"))
                .body("path.code", equalTo(List.of("2-00-00-00", "2-02-00-00", "2-02-10-00", "2-02-10-03")))
                .body("aliases", hasItem("Java开发"));
        given().when().get(DICTS + "/occupations/9-99-99-99").then().statusCode(404);
    }

    @Test
    void marks_in_names_become_flags() {
        given().queryParam("q", "水工环地质工程技术人员").when().get(DICTS + "/occupations")
                .then().statusCode(200)
                .body("items[0].name", equalTo("水工环地质工程技术人员"))
                .body("items[0].green", equalTo(true))
                .body("items[0].digital", equalTo(false));
    }

    @Test
    void a_too_long_query_is_a_400_naming_q() {
        given().queryParam("q", "x".repeat(51))
                .when().get(DICTS + "/occupations")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("q"));
    }

    @Test
    void industries_list_sections_and_divisions() {
        given().when().get(DICTS + "/industries")
                .then().statusCode(200)
                .body("items", hasSize(117))
                .body("items.find { it.code == 'C' }.name", equalTo("制造业"))
                .body("items.find { it.code == '39' }.parentCode", equalTo("C"))
                .body("items.find { it.code == '39' }.level", equalTo(2));
    }

    @Test
    void universities_are_searched_by_name() {
        given().queryParam("q", "嘉兴")
                .when().get(DICTS + "/universities")
                .then().statusCode(200)
                .body("items.name", hasItems("嘉兴大学", "嘉兴南湖学院", "嘉兴职业技术学院"))
                .body("items.find { it.name == '嘉兴大学' }.code", equalTo("4133010354"))
                .body("items.find { it.name == '嘉兴大学' }.city", equalTo("嘉兴市"));
        given().queryParam("province", "浙江省").queryParam("size", 100)
                .when().get(DICTS + "/universities")
                .then().statusCode(200)
                .body("items", hasSize(100))
                .body("items.province", everyItem(equalTo("浙江省")))
                .body("nextCursor", notNullValue());
    }

    @Test
    void cursor_paging_walks_every_college_once() {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = given().queryParam("province", "浙江省").queryParam("size", 40);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            Response page = spec.when().get(DICTS + "/universities");
            page.then().statusCode(200);
            List<String> codes = page.jsonPath().getList("items.code");
            order.addAll(codes);
            seen.addAll(codes);
            cursor = page.jsonPath().getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(order).hasSize(109).hasSameSizeAs(seen);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void page_size_is_capped_at_100_and_must_be_positive() {
        given().queryParam("size", 500).when().get(DICTS + "/universities")
                .then().statusCode(200).body("items", hasSize(100));
        given().queryParam("size", 0).when().get(DICTS + "/universities")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
        given().queryParam("size", "ten").when().get(DICTS + "/universities")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void a_tampered_cursor_is_a_400_naming_cursor() {
        given().queryParam("cursor", "not-a-cursor!").when().get(DICTS + "/universities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void holidays_of_a_year_include_national_day_and_make_up_working_days() {
        given().queryParam("year", "2026")
                .when().get(DICTS + "/holidays")
                .then().statusCode(200)
                .body("items.find { it.date == '2026-10-01' }.offDay", equalTo(true))
                .body("items.findAll { !it.offDay }.size()", org.hamcrest.Matchers.greaterThan(0));
        given().queryParam("year", "twenty").when().get(DICTS + "/holidays")
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
        given().when().get(DICTS + "/holidays")
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
    }
}
