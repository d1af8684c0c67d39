package cn.nanhu.talent.reference;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.reference.DictDtos.DivisionView;
import cn.nanhu.talent.reference.DictDtos.HolidayView;
import cn.nanhu.talent.reference.DictDtos.IndustryView;
import cn.nanhu.talent.reference.DictDtos.OccupationDetail;
import cn.nanhu.talent.reference.DictDtos.OccupationView;
import cn.nanhu.talent.reference.DictDtos.UniversityView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Browsing and searching the dictionaries, with the parameter checks of the dictionary endpoints. */
@ApplicationScoped
public class DictService {

    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{9}");
    private static final Pattern OCCUPATION_CODE = Pattern.compile("\\d-\\d{2}-\\d{2}-\\d{2}");
    private static final int MAX_QUERY = 50;

    private final ReferenceData data;

    public DictService(ReferenceData data) {
        this.data = data;
    }

    /** Children of a division, or the provinces when no parent is given. */
    public List<DivisionView> divisions(String parent) {
        if (parent == null || parent.isBlank()) {
            return data.divisionChildren("");
        }
        String code = parent.strip();
        if (!DIVISION_CODE.matcher(code).matches()) {
            throw InvalidInput.of("parent", "行政区划代码应为 2、4、6 或 9 位数字 / parent must be a 2, 4, 6 or 9 digit code");
        }
        if (data.division(code).isEmpty()) {
            throw new ApiException.NotFound("没有行政区划 " + code + " / no division " + code);
        }
        return data.divisionChildren(code);
    }

    /** Children of an occupation group (the major groups without a parent), or a search by name and alias. */
    public Page<OccupationView> occupations(String parent, String q, PageRequest page) {
        String parentCode = null;
        if (parent != null && !parent.isBlank()) {
            parentCode = parent.strip();
            if (!OCCUPATION_CODE.matcher(parentCode).matches()) {
                throw InvalidInput.of("parent", "职业代码格式应为 2-02-10-00 / parent must look like 2-02-10-00");
            }
            if (data.occupation(parentCode).isEmpty()) {
                throw new ApiException.NotFound("没有职业分类 " + parentCode + " / no occupation " + parentCode);
            }
        }
        String query = normaliseQuery(q);
        if (query == null) {
            return Page.of(data.occupationChildren(parentCode == null ? "" : parentCode));
        }
        List<OccupationMatch> matches = new ArrayList<>();
        for (OccupationView o : data.allOccupations()) {
            if (parentCode != null && (o.code().equals(parentCode) || !data.occupationWithin(o.code(), parentCode))) {
                continue;
            }
            OccupationMatch m = OccupationMatch.match(o, query);
            if (m != null) {
                matches.add(m);
            }
        }
        matches.sort(Comparator.comparingInt((OccupationMatch m) -> -m.score())
                .thenComparingInt(m -> -m.view().level())
                .thenComparing(m -> m.view().code()));
        return offsetPage(matches.stream().map(OccupationMatch::view).toList(), page);
    }

    public OccupationDetail occupation(String code) {
        OccupationView o = data.occupation(code)
                .orElseThrow(() -> new ApiException.NotFound("没有职业 " + code + " / no occupation " + code));
        return new OccupationDetail(o.code(), o.name(), o.level(), o.parentCode(), o.digital(), o.green(),
                data.occupationDefinition(code), o.aliases(), data.occupationPath(code));
    }

    public List<IndustryView> industries() {
        return data.industries();
    }

    /** Colleges whose name contains {@code q}, optionally in one province (e.g. 浙江省), by MoE code. */
    public Page<UniversityView> universities(String q, String province, PageRequest page) {
        String query = normaliseQuery(q);
        String prov = province == null || province.isBlank() ? null : province.strip();
        List<UniversityView> hits = data.universities().stream()
                .filter(u -> query == null || u.name().toLowerCase(Locale.ROOT).contains(query))
                .filter(u -> prov == null || prov.equals(u.province()))
                .toList();
        return offsetPage(hits, page);
    }

    public List<HolidayView> holidays(String year) {
        int y;
        try {
            y = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("year", "year 应为四位年份 / year must be a four-digit year");
        }
        if (y < 2007 || y > 2100) {
            throw InvalidInput.of("year", "year 应在 2007 年之后 / year must be 2007 or later");
        }
        return data.holidaysOfYear(y);
    }

    private static String normaliseQuery(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String query = q.strip().toLowerCase(Locale.ROOT);
        if (query.length() > MAX_QUERY) {
            throw InvalidInput.of("q", "关键词最多 " + MAX_QUERY + " 个字符 / q is at most " + MAX_QUERY + " characters");
        }
        return query;
    }

    private static <T> Page<T> offsetPage(List<T> all, PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        long offset = cursor == null ? 0 : cursor.longPart(0);
        if (offset < 0 || offset > all.size()) {
            throw InvalidInput.of("cursor", "无效的分页游标 / invalid cursor");
        }
        int from = (int) offset;
        int to = Math.min(all.size(), from + page.size());
        String next = to < all.size() ? Cursor.of(Integer.toString(to)).encode() : null;
        return new Page<>(all.subList(from, to), next);
    }

    /** How well an occupation's name or aliases match a lower-cased query; higher is better. */
    record OccupationMatch(OccupationView view, int score) {

        static OccupationMatch match(OccupationView o, String query) {
            String name = o.name().toLowerCase(Locale.ROOT);
            int best = 0;
            String alias = null;
            if (name.equals(query)) {
                best = 100;
            } else if (name.startsWith(query)) {
                best = 80;
            } else if (name.contains(query)) {
                best = 60;
            }
            for (String a : o.aliases()) {
                String lower = a.toLowerCase(Locale.ROOT);
                int s = lower.equals(query) ? 70 : lower.startsWith(query) ? 50 : lower.contains(query) ? 40 : 0;
                if (s > best) {
                    best = s;
                    alias = a;
                }
            }
            if (best == 0) {
                return null;
            }
            OccupationView shown = alias == null ? o
                    : new OccupationView(o.code(), o.name(), o.level(), o.parentCode(), o.digital(), o.green(), o.aliases(), alias);
            return new OccupationMatch(shown, best);
        }
    }
}
