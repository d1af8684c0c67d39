package cn.nanhu.talent.matching;

import cn.nanhu.talent.reference.OccupationNames;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scores one job for one seeker, 0..100, with the reasons in Chinese, from facts alone (no
 * database), so every rule is a plain unit test. Hard rules first: a job the seeker clearly does
 * not qualify for is no match at all; one step short is a stretch, kept but marked and penalised.
 */
public final class MatchScorer {

    /** What the seeker wants and has. Codes are dictionary codes; words are skills and major. */
    public record Seeker(List<String> occupationCodes, String currentDistrict, List<String> desiredDistricts,
            Integer salaryMin, String education, int experienceYears, List<String> words) {
    }

    /** What the job offers and asks. {@code text} is title, description and tags. */
    public record Job(String occupationCode, String districtCode, int salaryMin, int salaryMax, String education,
            int experienceYears, String text, OffsetDateTime publishedAt, List<String> badges) {
    }

    /** A scored job: 0..100, why, and whether the seeker falls a step short. */
    public record Match(int score, List<String> reasons, boolean stretch) {
    }

    private final MatchingConfig.Weights w;
    private final int stretchPenalty;
    private final Function<String, String> occupationName;
    private final Function<String, String> divisionName;

    public MatchScorer(MatchingConfig.Weights weights, int stretchPenalty, Function<String, String> occupationName,
            Function<String, String> divisionName) {
        this.w = weights;
        this.stretchPenalty = stretchPenalty;
        this.occupationName = occupationName;
        this.divisionName = divisionName;
    }

    /** Empty when a hard rule excludes the job. {@code similarSeekers}: how many like-minded seekers applied to or saved it. */
    public Optional<Match> score(Seeker s, Job j, int similarSeekers, OffsetDateTime now) {
        List<String> reasons = new ArrayList<>();
        int educationShort = Education.shortfall(j.education(), s.education());
        int experienceShort = Math.max(0, j.experienceYears() - s.experienceYears());
        if (educationShort > 1 || experienceShort > 1 || (educationShort == 1 && experienceShort == 1)) {
            return Optional.empty();
        }
        boolean stretch = educationShort == 1 || experienceShort == 1;
        double points = 0;

        double occupation = occupation(s, j, reasons);
        points += w.occupation() * occupation;
        points += w.district() * district(s, j, reasons);
        points += w.salary() * salary(s, j, reasons);
        points += w.skills() * skills(s, j, reasons);
        points += w.behaviour() * Math.min(1.0, similarSeekers / 3.0);
        if (similarSeekers > 0) {
            reasons.add("和你相似的求职者也投递或收藏了");
        }
        points += w.freshness() * freshness(j, now, reasons);
        points += w.badges() * badges(j, reasons);

        if (educationShort == 1) {
            reasons.add("学历略低于要求（" + j.education() + "），可以试试");
        } else if (!"不限".equals(j.education())) {
            reasons.add("学历要求满足（" + j.education() + "）");
        }
        if (experienceShort == 1) {
            reasons.add("经验略少于要求（" + j.experienceYears() + "年），可以试试");
        } else if (j.experienceYears() > 0) {
            reasons.add("经验要求满足（" + j.experienceYears() + "年以上）");
        }
        if (stretch) {
            points -= stretchPenalty;
        }
        int score = (int) Math.round(Math.max(0, Math.min(100, points)));
        return Optional.of(new Match(score, List.copyOf(reasons), stretch));
    }

    /** Same code 1; same minor group (小类) 0.7; same middle group (中类) 0.4; same major group (大类) 0.15. */
    private double occupation(Seeker s, Job j, List<String> reasons) {
        double best = 0;
        String shared = null;
        for (String wanted : s.occupationCodes()) {
            int common = commonLevels(wanted, j.occupationCode());
            double v = switch (common) {
                case 4 -> 1.0;
                case 3 -> 0.7;
                case 2 -> 0.4;
                case 1 -> 0.15;
                default -> 0;
            };
            if (v > best) {
                best = v;
                shared = OccupationNames.group(j.occupationCode(), common);
            }
        }
        String name = occupationName.apply(j.occupationCode());
        if (best == 1.0) {
            reasons.add("职业匹配：" + name + " (" + j.occupationCode() + ")");
        } else if (best >= 0.4) {
            reasons.add("职业相近：" + name + "，同属" + occupationName.apply(shared));
        }
        return best;
    }

    /** Same district 1; same city 0.7; within a desired city or province 0.5; same province 0.2. */
    private double district(Seeker s, Job j, List<String> reasons) {
        String jd = j.districtCode();
        List<String> own = new ArrayList<>(s.desiredDistricts());
        if (s.currentDistrict() != null) {
            own.add(s.currentDistrict());
        }
        if (own.stream().anyMatch(jd::equals)) {
            reasons.add("工作地点：" + divisionName.apply(jd));
            return 1.0;
        }
        if (jd.length() >= 4 && own.stream().anyMatch(c -> c.length() == 6 && c.startsWith(jd.substring(0, 4)))) {
            reasons.add("工作地点：" + divisionName.apply(jd.substring(0, 4)) + divisionName.apply(jd));
            return 0.7;
        }
        Optional<String> area = own.stream().filter(c -> c.length() < 6 && jd.startsWith(c)).findFirst();
        if (area.isPresent()) {
            reasons.add("工作地点在期望地区：" + divisionName.apply(area.get()));
            return 0.5;
        }
        if (own.stream().anyMatch(c -> c.length() >= 2 && jd.startsWith(c.substring(0, 2)))) {
            return 0.2;
        }
        return 0;
    }

    /** Unknown expectation: neutral. The whole range at or above it 1; reaching it 0.8; within 10 % 0.4. */
    private static double salary(Seeker s, Job j, List<String> reasons) {
        if (s.salaryMin() == null || s.salaryMin() <= 0) {
            return 0.5;
        }
        if (j.salaryMin() >= s.salaryMin()) {
            reasons.add("薪资符合期望");
            return 1.0;
        }
        if (j.salaryMax() >= s.salaryMin()) {
            reasons.add("薪资范围覆盖期望");
            return 0.8;
        }
        return j.salaryMax() >= 0.9 * s.salaryMin() ? 0.4 : 0;
    }

    /** The share of the seeker's words found in the post, counting up to three. */
    private static double skills(Seeker s, Job j, List<String> reasons) {
        String text = asciiLower(j.text());
        List<String> found = s.words().stream().filter(word -> !word.isBlank() && text.contains(asciiLower(word))).toList();
        if (!found.isEmpty()) {
            reasons.add("技能匹配：" + String.join("、", found.subList(0, Math.min(3, found.size()))));
        }
        return Math.min(1.0, found.size() / 3.0);
    }

    /**
     * The text with A–Z in lower case and everything else as it is. Skills that have a case are
     * Latin words (Java, CAD, PLC); full Unicode lower-casing of every post, 200 posts a request,
     * cost more than the rest of the scoring.
     */
    static String asciiLower(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) < 'A' || s.charAt(i) > 'Z')) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /** Halves every 30 days. */
    private static double freshness(Job j, OffsetDateTime now, List<String> reasons) {
        if (j.publishedAt() == null) {
            return 0;
        }
        double days = Math.max(0, Duration.between(j.publishedAt(), now).toHours() / 24.0);
        if (days <= 3) {
            reasons.add("新发布");
        }
        return Math.pow(0.5, days / 30.0);
    }

    private static double badges(Job j, List<String> reasons) {
        double v = 0;
        if (j.badges().contains("ABOVE_DESIGNATED_SIZE")) {
            reasons.add("规上企业");
            v += 0.5;
        }
        if (j.badges().contains("VERIFIED")) {
            v += 0.5;
        }
        return v;
    }

    /** How many levels of the occupation tree two codes share (4 = the same code). */
    static int commonLevels(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        int n = 0;
        while (n < x.length && n < y.length && x[n].equals(y[n])) {
            n++;
        }
        return n;
    }

}
