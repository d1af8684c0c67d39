package cn.nanhu.talent.content;

import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.reference.DictDtos.IndustryView;
import cn.nanhu.talent.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tags that say who an item is relevant to, written as one flat list: an NBS division code
 * (digits, e.g. {@code 3304}), a GB/T 4754 industry section (one letter, e.g. {@code C}) or an
 * audience ({@code SEEKER}, {@code EMPLOYER}). Industry divisions are not accepted: their two digits
 * would read as a province.
 */
@ApplicationScoped
class ContentTags {

    enum TagKind { DISTRICT, INDUSTRY, AUDIENCE }

    record Tag(TagKind kind, String code) {
    }

    static final int MAX_TAGS = 20;
    static final Set<String> AUDIENCES = Set.of("SEEKER", "EMPLOYER");

    private final ReferenceData reference;

    ContentTags(ReferenceData reference) {
        this.reference = reference;
    }

    /** The tags, normalised and checked against the dictionaries, duplicates dropped; a 400 naming {@code tags} otherwise. */
    List<Tag> parse(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        Map<String, Tag> out = new LinkedHashMap<>();
        for (String r : raw) {
            Tag t = parse(r);
            out.putIfAbsent(t.code(), t);
        }
        if (out.size() > MAX_TAGS) {
            throw InvalidInput.of("tags", "标签最多 " + MAX_TAGS + " 个 / at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(out.values());
    }

    Tag parse(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase();
        if (AUDIENCES.contains(code)) {
            return new Tag(TagKind.AUDIENCE, code);
        }
        if (code.matches("[0-9]{2,12}")) {
            if (reference.division(code).isPresent()) {
                return new Tag(TagKind.DISTRICT, code);
            }
            throw InvalidInput.of("tags", "没有这个行政区划代码：" + code + " / no such division code: " + code);
        }
        if (code.matches("[A-Z]")) {
            if (reference.industry(code).filter(i -> i.level() == 1).isPresent()) {
                return new Tag(TagKind.INDUSTRY, code);
            }
            throw InvalidInput.of("tags", "没有这个行业门类：" + code + " / no such industry section: " + code);
        }
        throw InvalidInput.of("tags", "标签须为行政区划代码、行业门类（A–T）或 SEEKER、EMPLOYER / a tag is a division code,"
                + " an industry section (A-T), SEEKER or EMPLOYER");
    }

    /** The codes an item's district tag may carry to match these districts: each of them and every ancestor. */
    Set<String> districtsAround(Collection<String> districtCodes) {
        Set<String> out = new LinkedHashSet<>();
        if (districtCodes != null) {
            for (String c : districtCodes) {
                if (c != null && !c.isBlank()) {
                    out.add(c.strip());
                    out.addAll(reference.divisionPath(c.strip()));
                }
            }
        }
        return out;
    }

    /** The industry sections of these codes (sections or divisions). */
    Set<String> sectionsOf(Collection<String> industryCodes) {
        Set<String> out = new LinkedHashSet<>();
        if (industryCodes != null) {
            for (String c : industryCodes) {
                if (c != null && !c.isBlank()) {
                    reference.industry(c.strip().toUpperCase()).map(IndustryView::section).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    static List<String> codes(List<Tag> tags) {
        List<String> out = new ArrayList<>();
        tags.forEach(t -> out.add(t.code()));
        return out;
    }
}
