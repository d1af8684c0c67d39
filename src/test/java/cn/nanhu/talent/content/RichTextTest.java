package cn.nanhu.talent.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The allow-list of rich text: what never survives, and the formatting that does. */
class RichTextTest {

    private static final String FILE = "01JD0000000000000000000000";

    @Test
    void scripts_and_their_text_are_removed() {
        String out = RichText.clean("<p>政策</p><script>alert('x')</script><SCRIPT src=https://evil.example/x.js></SCRIPT>"
                + "<scr<script>ipt>alert(1)</scr</script>ipt>");
        assertThat(out.toLowerCase()).doesNotContain("<script").doesNotContain("alert('x')").doesNotContain("evil.example");
        assertThat(out).startsWith("<p>政策</p>");
    }

    @Test
    void event_handlers_are_removed() {
        String out = RichText.clean("<img src=\"https://img.example/a.png\" onerror=\"alert(1)\" ONLOAD=alert(2)>"
                + "<p onclick=\"steal()\" onmouseover=x>文字</p><a href=\"https://a.example\" onfocus=\"x()\">链接</a>");
        assertThat(out.toLowerCase()).doesNotContain("onerror").doesNotContain("onload").doesNotContain("onclick")
                .doesNotContain("onmouseover").doesNotContain("onfocus").doesNotContain("alert").doesNotContain("steal");
        assertThat(out).contains("<img src=\"https://img.example/a.png\">").contains("<p>文字</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java&#x09;script:alert(1)",
            "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
            "&#x6A;avascript&#x3A;alert(1)",
            "javascript&colon;alert(1)",
            "\u0001javascript:alert(1)",
            "vbscript:msgbox(1)",
            "VBScript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "DATA:text/html,<script>alert(1)</script>",
            "&#100;ata:text/html,x"})
    void dangerous_urls_never_survive_in_links_or_images(String url) {
        String link = RichText.clean("<a href=\"" + url + "\">点此</a>");
        String image = RichText.clean("<img src=\"" + url + "\">");
        for (String out : new String[] {link, image}) {
            String lower = out.toLowerCase();
            assertThat(lower).doesNotContain("javascript").doesNotContain("vbscript").doesNotContain("data:")
                    .doesNotContain("href=").doesNotContain("src=");
        }
        assertThat(link).contains("点此");
    }

    @Test
    void styles_iframes_objects_and_forms_are_removed() {
        String out = RichText.clean("<style>body{display:none}</style><p style=\"background:url(javascript:alert(1))\">正文</p>"
                + "<iframe src=\"https://evil.example\"></iframe><object data=\"x.swf\"></object><embed src=\"x\">"
                + "<form action=\"https://evil.example\"><input name=q></form><svg onload=alert(1)></svg>"
                + "<math><mi>x</mi></math><link rel=stylesheet href=\"https://evil.example/x.css\"><meta http-equiv=refresh>"
                + "<base href=\"https://evil.example/\">");
        String lower = out.toLowerCase();
        for (String bad : new String[] {"<style", "style=", "display:none", "<iframe", "<object", "<embed", "<form", "<input",
                "<svg", "<math", "<link", "<meta", "<base", "evil.example", "javascript"}) {
            assertThat(lower).doesNotContain(bad);
        }
        assertThat(out).contains("<p>正文</p>");
    }

    @Test
    void links_keep_http_https_and_mailto_and_always_carry_rel_nofollow_noopener_noreferrer() {
        String out = RichText.clean("<a href=\"https://www.nanhu.gov.cn/x?a=1&amp;b=2\" target=\"_blank\" rel=\"opener\">办事指南</a>"
                + "<a href=\"http://example.org\">旧站</a><a href=\"mailto:rsj@nanhu.gov.cn\">来信</a><a href=\"/relative\">相对</a>"
                + "<a href=\"ftp://files.example\">文件</a>");
        assertThat(out).contains("<a href=\"https://www.nanhu.gov.cn/x?a=1&amp;b=2\" rel=\"nofollow noopener noreferrer\">办事指南</a>")
                .contains("<a href=\"http://example.org\" rel=\"nofollow noopener noreferrer\">旧站</a>")
                .contains("<a href=\"mailto:rsj@nanhu.gov.cn\" rel=\"nofollow noopener noreferrer\">来信</a>")
                .doesNotContain("target=").doesNotContain("opener\"").doesNotContain("/relative").doesNotContain("ftp:")
                .contains("相对").contains("文件");
    }

    @Test
    void images_are_https_or_files_of_this_platform() {
        String out = RichText.clean("<img src=\"https://img.example/a.png\" alt=\"图\"><img src=\"http://img.example/b.png\">"
                + "<img src=\"/api/v1/files/" + FILE + "\" alt=\"封面\"><img src=\"/api/v1/files/" + FILE + "/../../admin\">"
                + "<img src=\"//evil.example/c.png\">");
        assertThat(out).contains("<img src=\"https://img.example/a.png\" alt=\"图\">")
                .contains("<img src=\"/api/v1/files/" + FILE + "\" alt=\"封面\">")
                .doesNotContain("http://img.example").doesNotContain("admin").doesNotContain("evil.example");
        assertThat(RichText.platformFiles(out)).containsExactly(FILE);
    }

    @Test
    void allowed_formatting_survives() {
        String html = "<h2>一、适用对象</h2><h3>（一）高校毕业生</h3><h4>说明</h4><p>第一段<br>换行 <b>粗</b><strong>重</strong><i>斜</i><em>强调</em>"
                + "<u>下划线</u><s>删除</s><strike>旧删除</strike><del>删</del></p><ul><li>一</li></ul><ol start=\"2\"><li>二</li></ol>"
                + "<blockquote>引用</blockquote><table><caption>补贴标准</caption><thead><tr><th colspan=\"2\">项目</th></tr></thead>"
                + "<tbody><tr><td>见习</td><td rowspan=\"1\">2000 元</td></tr></tbody></table>";
        assertThat(RichText.clean(html)).isEqualTo(html);
    }

    @Test
    void other_headings_and_unknown_tags_keep_their_text_only() {
        assertThat(RichText.clean("<h1>大标题</h1><div class=\"x\" id=\"y\"><span style=\"color:red\">红字</span></div>"))
                .isEqualTo("大标题红字");
    }

    @Test
    void plain_text_is_the_words_without_markup() {
        assertThat(RichText.text("<p>就业<b>补贴</b></p><p>申领 &amp; 发放</p>")).isEqualTo("就业补贴 申领 & 发放");
        assertThat(RichText.hasContent(RichText.clean("<script>x</script>"))).isFalse();
        assertThat(RichText.hasContent(RichText.clean("<img src=\"https://img.example/a.png\">"))).isTrue();
    }
}
