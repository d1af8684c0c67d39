package cn.nanhu.talent.content;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The rich text of announcements and articles, cleaned on write against an allow-list: paragraphs,
 * headings h2–h4, simple formatting, lists, quotes, tables, links (http, https, mailto; always
 * {@code rel="nofollow noopener noreferrer"}) and images (https, or a file of this platform). Every
 * other element and attribute is dropped, so scripts, styles, frames and event handlers never
 * survive; URLs are checked after entities are decoded, against the allowed schemes only, so no
 * spelling of {@code javascript:} gets through.
 */
final class RichText {

    /** An image stored on this platform, as the mini-program loads it. */
    static final Pattern PLATFORM_FILE = Pattern.compile("/api/v1/files/([0-9A-HJKMNP-TV-Z]{26})");

    private static final Safelist ALLOWED = new PlatformSafelist()
            .addTags("p", "br", "h2", "h3", "h4", "b", "strong", "i", "em", "u", "s", "strike", "del",
                    "ul", "ol", "li", "blockquote", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "a", "img")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("th", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    /** The HTML with only what the allow-list keeps. */
    static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
    }

    /** The words of (cleaned) HTML, without markup, for search and summaries. */
    static String text(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parseBodyFragment(html).text().strip();
    }

    /** True when the cleaned HTML shows something: words, or at least an image. */
    static boolean hasContent(String cleaned) {
        return !text(cleaned).isEmpty() || Jsoup.parseBodyFragment(cleaned).selectFirst("img") != null;
    }

    /** The ids of the platform's files the (cleaned) HTML shows as images, in order. */
    static Set<String> platformFiles(String cleaned) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element img : Jsoup.parseBodyFragment(cleaned).select("img[src]")) {
            Matcher m = PLATFORM_FILE.matcher(img.attr("src"));
            if (m.matches()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /** The allow-list, plus images whose src is exactly a file of this platform (a relative path). */
    private static final class PlatformSafelist extends Safelist {
        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            if ("img".equals(tagName) && "src".equals(attr.getKey()) && PLATFORM_FILE.matcher(attr.getValue()).matches()) {
                return true;
            }
            return super.isSafeAttribute(tagName, el, attr);
        }
    }
}
