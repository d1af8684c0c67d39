package cn.nanhu.talent.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscriminationRuleTest {

    @Test
    void gender_requirements_are_found() {
        assertThat(DiscriminationRule.matches("仓库管理员，限男性")).containsExactly("限男性");
        assertThat(DiscriminationRule.matches("前台，仅限女性")).containsExactly("仅限女性");
        assertThat(DiscriminationRule.matches("司机，男士优先")).containsExactly("男士优先");
    }

    @Test
    void age_requirements_are_found() {
        assertThat(DiscriminationRule.matches("要求35岁以下")).containsExactly("35岁以下");
        assertThat(DiscriminationRule.matches("年龄18-35岁")).containsExactly("年龄18-35岁");
    }

    @Test
    void marital_and_childbearing_requirements_are_found() {
        assertThat(DiscriminationRule.matches("要求未婚")).containsExactly("未婚");
        assertThat(DiscriminationRule.matches("已婚已育者优先")).containsExactly("已婚已育");
    }

    @Test
    void place_of_origin_requirements_are_found() {
        assertThat(DiscriminationRule.matches("需本地户口")).containsExactly("本地户口");
        assertThat(DiscriminationRule.matches("限浙江籍")).containsExactly("限浙江籍");
    }

    @Test
    void every_text_is_searched_and_each_word_is_reported_once() {
        assertThat(DiscriminationRule.matches("限男性", null, "限男性，35岁以下")).containsExactly("限男性", "35岁以下");
    }

    @Test
    void an_ordinary_post_is_clean() {
        assertThat(DiscriminationRule.matches("Java 开发工程师", "负责后端开发，3年以上经验，本科及以上学历，五险一金，男女不限。"))
                .isEmpty();
    }
}
