import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Matching benchmark data: N background seekers inserted straight into seeker_profile, and the
 * evaluation seekers written to a file (they are registered later through the API, so they have
 * tokens). Everything comes from the reference tables the service loaded (ref_occupation with its
 * job-board aliases, ref_division) and, for the evaluation targets, from the jobs already in the
 * database (run bench/GenerateJobs.java first). Deterministic for a seed.
 *
 *   java -cp <jdbc jar> bench/matching/GenerateSeekers.java <jdbc-url> <user> <password> <N> <eval-count> <eval-file> [seed] [policy-version]
 *
 * Background seekers: ids 0BS…, visibility PUBLIC, consent to the policy in force (default
 * 2026-11-01), one to three desired occupations (a level-4 occupation, sometimes a sibling in the
 * same minor group), skills from the occupation's aliases, plausible education, experience, age
 * and salary. Earlier 0BS rows are deleted first.
 *
 * Evaluation seekers: each has a hidden true target (a level-4 occupation, a county-level district,
 * a salary band of 3,000 yuan) and a registration derived from it with noise (see README). A target
 * is kept only when the open jobs hold at least MIN_RELEVANT relevant jobs for it:
 *
 *   relevant(job, target) = same minor occupation group (小类, first three levels of the code)
 *                           and same city (first four digits of the district code)
 *                           and salary overlap (job.salary_max >= band_lo and job.salary_min <= band_hi)
 *   gain = 2 when the job has the target occupation itself, 1 for another occupation of its minor group.
 */
public class GenerateSeekers {

    static final int MIN_RELEVANT = 5;
    static final int BAND_WIDTH = 3000;

    static final String[] EDUCATION = {"初中", "高中", "中专", "大专", "本科", "硕士", "博士"};
    static final int[] EDUCATION_WEIGHT = {8, 14, 12, 28, 30, 7, 1};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱", "沈", "钱",
            "马", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀英", "霞", "平", "刚", "桂英", "晓雨", "子涵", "浩然", "欣怡", "宇轩", "梓萱", "佳怡", "俊杰", "思远", "雨桐"};
    static final String[] MAJORS = {"计算机科学与技术", "软件工程", "会计学", "财务管理", "市场营销", "机械设计制造及其自动化",
            "电气工程及其自动化", "国际经济与贸易", "工商管理", "汉语言文学", "英语", "护理学", "物流管理", "土木工程", "电子信息工程",
            "数控技术", "汽车检测与维修技术", "学前教育", "酒店管理", "人力资源管理", "化学工程与工艺", "服装设计与工程", "食品科学与工程"};
    static final String[] GENERIC_SKILLS = {"办公软件", "沟通协调", "吃苦耐劳", "驾驶证C1", "英语四级", "团队合作", "Excel",
            "客户服务", "数据分析", "普通话二级", "叉车证", "电工证", "CAD"};
    static final String[] SCHOOLS = {"嘉兴学院", "嘉兴职业技术学院", "嘉兴南湖学院", "浙江工业大学", "浙江理工大学", "杭州电子科技大学",
            "宁波大学", "苏州大学", "南京工业大学", "上海理工大学", "浙江工商职业技术学院", "嘉兴技师学院"};

    record Occupation(String code, String name, String minor, List<String> aliases) {
    }

    record JobFacts(String occupation, String minor, String city, int salaryMin, int salaryMax) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println("usage: java -cp <jdbc jar> bench/matching/GenerateSeekers.java <jdbc-url> <user> <password> <N> <eval-count> <eval-file> [seed] [policy-version]");
            System.exit(2);
        }
        String url = args[0];
        int n = Integer.parseInt(args[3]);
        int evalCount = Integer.parseInt(args[4]);
        Path evalFile = Path.of(args[5]);
        long seed = args.length > 6 ? Long.parseLong(args[6]) : 7L;
        String policy = args.length > 7 ? args[7] : "2026-11-01";
        Random rnd = new Random(seed);
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            List<Occupation> occupations = occupations(c);
            Map<String, List<Occupation>> byMinor = new HashMap<>();
            Map<String, Occupation> byCode = new HashMap<>();
            for (Occupation o : occupations) {
                byMinor.computeIfAbsent(o.minor(), k -> new ArrayList<>()).add(o);
                byCode.put(o.code(), o);
            }
            Map<String, String> divisionName = new HashMap<>();
            Map<String, List<String>> districtsOfCity = new HashMap<>();
            List<String> districts = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code, name, level, parent_code from ref_division"
                    + " where level <= 3 and (code like '31%' or code like '32%' or code like '33%') order by code")) {
                while (rs.next()) {
                    divisionName.put(rs.getString(1), rs.getString(2));
                    if (rs.getInt(3) == 3) {
                        districts.add(rs.getString(1));
                        districtsOfCity.computeIfAbsent(rs.getString(4), k -> new ArrayList<>()).add(rs.getString(1));
                    }
                }
            }
            List<String> jiaxing = districtsOfCity.getOrDefault("3304", List.of());
            System.out.printf("reference: %d occupations in %d minor groups, %d districts in %d cities (%d in Jiaxing)%n",
                    occupations.size(), byMinor.size(), districts.size(), districtsOfCity.size(), jiaxing.size());
            if (occupations.isEmpty() || districts.isEmpty()) {
                throw new IllegalStateException("reference tables are empty: start the service once so Flyway migrates the database");
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from seeker_profile where user_id like '0BS%'");
            }
            c.commit();

            // ---- background seekers ------------------------------------------------------------------
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
            int thisYear = now.getYear();
            try (PreparedStatement ps = c.prepareStatement("insert into seeker_profile (user_id, name, gender, birth_year, education,"
                    + " major, school, graduation_year, experience_years, current_district_code, desired_district_codes,"
                    + " desired_occupation_codes, desired_salary_min, skills, intro, resume_file_id, visibility, id_number_sealed,"
                    + " id_number_masked, consent_version, consented_at, completeness, created_at, updated_at, version)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < n; i++) {
                    Occupation main = occupations.get(rnd.nextInt(occupations.size()));
                    List<String> wanted = new ArrayList<>(List.of(main.code()));
                    List<Occupation> siblings = byMinor.get(main.minor());
                    if (siblings.size() > 1 && rnd.nextInt(10) < 3) {
                        wanted.add(siblings.get(rnd.nextInt(siblings.size())).code());
                    }
                    if (rnd.nextInt(10) == 0) {
                        wanted.add(occupations.get(rnd.nextInt(occupations.size())).code());
                    }
                    wanted = List.copyOf(new LinkedHashSet<>(wanted));
                    String current = !jiaxing.isEmpty() && rnd.nextInt(3) == 0 ? jiaxing.get(rnd.nextInt(jiaxing.size()))
                            : districts.get(rnd.nextInt(districts.size()));
                    String city = current.substring(0, 4);
                    List<String> desired = switch (rnd.nextInt(4)) {
                        case 0 -> List.of(current);
                        case 1 -> List.of(city);
                        case 2 -> List.of(current, pick(rnd, districtsOfCity.getOrDefault(city, List.of(current))));
                        default -> List.of(pick(rnd, districts));
                    };
                    desired = List.copyOf(new LinkedHashSet<>(desired));
                    Facts f = facts(rnd, thisYear);
                    Integer salary = rnd.nextInt(10) == 0 ? null : 2500 + 500 * rnd.nextInt(24);
                    List<String> skills = skills(rnd, byCode, wanted);
                    String major = f.education.equals("初中") || f.education.equals("高中") || rnd.nextInt(5) == 0 ? null : pick(rnd, MAJORS);
                    String school = major == null ? null : pick(rnd, SCHOOLS);
                    String intro = rnd.nextInt(4) == 0 ? null : intro(rnd, f.experience, skills, main, divisionName.getOrDefault(city, ""));
                    OffsetDateTime created = now.minusDays(1 + rnd.nextInt(365)).minusSeconds(rnd.nextInt(86400));
                    OffsetDateTime updated = created.plusDays(rnd.nextInt(30));
                    if (updated.isAfter(now)) {
                        updated = now;
                    }
                    int k = 1;
                    ps.setString(k++, String.format("0BS%023d", i));
                    ps.setString(k++, pick(rnd, SURNAMES) + pick(rnd, GIVEN));
                    ps.setString(k++, rnd.nextBoolean() ? "MALE" : "FEMALE");
                    ps.setInt(k++, f.birthYear);
                    ps.setString(k++, f.education);
                    ps.setString(k++, major);
                    ps.setString(k++, school);
                    ps.setObject(k++, school == null ? null : f.graduationYear, java.sql.Types.INTEGER);
                    ps.setInt(k++, f.experience);
                    ps.setString(k++, current);
                    ps.setString(k++, String.join(",", desired));
                    ps.setString(k++, String.join(",", wanted));
                    ps.setObject(k++, salary, java.sql.Types.INTEGER);
                    ps.setString(k++, skills.isEmpty() ? null : String.join(",", skills));
                    ps.setString(k++, intro);
                    ps.setString(k++, null);
                    ps.setString(k++, "PUBLIC");
                    ps.setString(k++, null);
                    ps.setString(k++, null);
                    ps.setString(k++, policy);
                    ps.setObject(k++, created);
                    ps.setInt(k++, completeness(true, school != null, major != null, true, !desired.isEmpty(), !wanted.isEmpty(),
                            salary != null, !skills.isEmpty(), intro != null));
                    ps.setObject(k++, created);
                    ps.setObject(k++, updated);
                    ps.setLong(k++, 0);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            if (url.startsWith("jdbc:postgresql")) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("analyze seeker_profile");
                }
                c.setAutoCommit(false);
            }
            long t1 = System.nanoTime();
            System.out.printf("background seekers: %d in %.1f s%n", n, (t1 - t0) / 1e9);

            // ---- evaluation seekers ------------------------------------------------------------------
            List<JobFacts> jobs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select j.occupation_code, j.district_code, j.salary_min, j.salary_max"
                    + " from job j join employer e on e.id = j.employer_id where j.status = 'PUBLISHED' and j.expires_at > ?"
                    + " and e.status = 'APPROVED'")) {
                ps.setObject(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String occ = rs.getString(1);
                        jobs.add(new JobFacts(occ, minor(occ), rs.getString(2).substring(0, 4), rs.getInt(3), rs.getInt(4)));
                    }
                }
            }
            if (jobs.isEmpty()) {
                throw new IllegalStateException("no open jobs: run bench/GenerateJobs.java first");
            }
            // jobs per (minor group, city), to test targets quickly
            Map<String, List<JobFacts>> cell = new HashMap<>();
            for (JobFacts j : jobs) {
                cell.computeIfAbsent(j.minor() + "|" + j.city(), k -> new ArrayList<>()).add(j);
            }
            List<String> cities = new ArrayList<>(districtsOfCity.keySet());
            cities.sort(null);
            List<String> otherDistricts = districts.stream().filter(d -> !d.startsWith("3304")).toList();
            int tried = 0;
            int sameOccupation = 0;
            int inJiaxing = 0;
            List<Integer> relevantCounts = new ArrayList<>();
            Files.createDirectories(evalFile.toAbsolutePath().getParent());
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(evalFile, StandardCharsets.UTF_8))) {
                out.println("#openid\ttarget_occupation\ttarget_district\tband_lo\tband_hi\tname\teducation\texperience_years\tbirth_year"
                        + "\tdesired_occupations\tdesired_districts\tcurrent_district\tdesired_salary_min\tskills\tmajor\trelevant_jobs\ttarget_jobs");
                for (int e = 0; e < evalCount; e++) {
                    Occupation target;
                    String district;
                    int lo;
                    int relevant;
                    int exact;
                    while (true) {
                        tried++;
                        target = occupations.get(rnd.nextInt(occupations.size()));
                        // the platform's own city first: two in three targets are in Jiaxing
                        district = rnd.nextInt(3) < 2 && !jiaxing.isEmpty() ? pick(rnd, jiaxing) : pick(rnd, otherDistricts);
                        lo = 3000 + 500 * rnd.nextInt(19);  // 3,000 .. 12,000
                        relevant = 0;
                        exact = 0;
                        for (JobFacts j : cell.getOrDefault(target.minor() + "|" + district.substring(0, 4), List.of())) {
                            if (j.salaryMax() >= lo && j.salaryMin() <= lo + BAND_WIDTH) {
                                relevant++;
                                if (j.occupation().equals(target.code())) {
                                    exact++;
                                }
                            }
                        }
                        if (relevant >= MIN_RELEVANT) {
                            break;
                        }
                    }
                    relevantCounts.add(relevant);
                    String city = district.substring(0, 4);
                    if (city.equals("3304")) {
                        inJiaxing++;
                    }
                    String targetCode = target.code();
                    List<Occupation> siblings = byMinor.get(target.minor()).stream().filter(o -> !o.code().equals(targetCode)).toList();
                    Occupation sibling = siblings.isEmpty() ? target : pick(rnd, siblings);
                    // what the seeker registers: the target, a sibling in the same minor group, or both
                    int r = rnd.nextInt(100);
                    List<String> wanted = r < 55 ? List.of(target.code()) : r < 80 ? List.of(sibling.code())
                            : rnd.nextBoolean() ? List.of(sibling.code(), target.code()) : List.of(target.code(), sibling.code());
                    wanted = List.copyOf(new LinkedHashSet<>(wanted));
                    if (wanted.get(0).equals(target.code())) {
                        sameOccupation++;
                    }
                    // where: the target district, its city, or the district and a neighbour in the same city
                    List<String> cityDistricts = districtsOfCity.get(city);
                    r = rnd.nextInt(100);
                    List<String> desired = r < 45 ? List.of(district) : r < 80 ? List.of(city)
                            : List.copyOf(new LinkedHashSet<>(List.of(district, pick(rnd, cityDistricts))));
                    // where they live now: mostly in the target city, sometimes elsewhere (moving for work)
                    String current = rnd.nextInt(4) < 3 ? pick(rnd, cityDistricts) : pick(rnd, districts);
                    // the expectation: near the band's lower end, sometimes not given
                    Integer salary = rnd.nextInt(100) < 15 ? null
                            : (int) Math.round(lo * (0.85 + 0.25 * rnd.nextDouble()) / 100.0) * 100;
                    Facts f = facts(rnd, thisYear);
                    List<String> skills = skills(rnd, byCode, wanted);
                    String major = f.education.equals("初中") || f.education.equals("高中") || rnd.nextInt(5) == 0 ? null : pick(rnd, MAJORS);
                    out.println(String.join("\t", String.format("bench-eval-%04d", e), target.code(), district, Integer.toString(lo),
                            Integer.toString(lo + BAND_WIDTH), pick(rnd, SURNAMES) + pick(rnd, GIVEN), f.education,
                            Integer.toString(f.experience), Integer.toString(f.birthYear), String.join(";", wanted), String.join(";", desired),
                            current, salary == null ? "" : salary.toString(), String.join(";", skills), major == null ? "" : major,
                            Integer.toString(relevant), Integer.toString(exact)));
                }
            }
            relevantCounts.sort(null);
            if (!relevantCounts.isEmpty()) {
                System.out.printf("evaluation seekers: %d (targets tried %d, kept those with >= %d relevant jobs), %d in Jiaxing,"
                                + " %d register the target occupation first; relevant jobs per target min %d / median %d / max %d%n",
                        evalCount, tried, MIN_RELEVANT, inJiaxing, sameOccupation, relevantCounts.get(0),
                        relevantCounts.get(relevantCounts.size() / 2), relevantCounts.get(relevantCounts.size() - 1));
            }
        }
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    record Facts(String education, int experience, int birthYear, int graduationYear) {
    }

    /** Education, then an age and experience that fit it. */
    static Facts facts(Random rnd, int thisYear) {
        String education = weighted(rnd, EDUCATION, EDUCATION_WEIGHT);
        int schoolEnd = switch (education) {
            case "初中" -> 16;
            case "高中", "中专" -> 19;
            case "大专" -> 21;
            case "本科" -> 22;
            case "硕士" -> 25;
            default -> 29;
        };
        int age = Math.max(schoolEnd, 18 + rnd.nextInt(38));      // 18 .. 55
        int experience = Math.min(50, Math.max(0, age - schoolEnd - rnd.nextInt(3)));
        if (rnd.nextInt(4) == 0) {
            experience = Math.min(experience, rnd.nextInt(3));    // a quarter are at the start of their working life
        }
        return new Facts(education, experience, thisYear - age, thisYear - age + schoolEnd);
    }

    /** Skills as seekers write them: job-board names of the work they want, the occupation's name when it has none, and a generic one. */
    static List<String> skills(Random rnd, Map<String, Occupation> byCode, List<String> wanted) {
        Set<String> skills = new LinkedHashSet<>();
        for (String code : wanted) {
            Occupation o = byCode.get(code);
            List<String> usable = o.aliases().stream().filter(a -> a.length() <= 20).toList();
            if (usable.isEmpty()) {
                String name = o.name().replaceAll("(工程技术人员|人员)$", "");
                skills.add(name.length() > 20 ? name.substring(0, 20) : name);
            } else {
                int count = 1 + rnd.nextInt(Math.min(3, usable.size()));
                for (int i = 0; i < count; i++) {
                    skills.add(pick(rnd, usable));
                }
            }
        }
        if (rnd.nextInt(3) > 0) {
            skills.add(pick(rnd, GENERIC_SKILLS));
        }
        return List.copyOf(skills);
    }

    static String intro(Random rnd, int experience, List<String> skills, Occupation o, String cityName) {
        String work = o.name();
        return (experience == 0 ? "应届求职，" : "有" + experience + "年相关工作经验，") + "熟悉" + String.join("、", skills.subList(0, Math.min(2, skills.size())))
                + "，希望在" + cityName + "从事" + work + "相关工作。" + (rnd.nextBoolean() ? "工作认真负责，能吃苦耐劳。" : "学习能力强，善于沟通。");
    }

    /** The same weights as the service's completeness (SeekerService.completeness); gender, birth year and education always given. */
    static int completeness(boolean graduationYear, boolean school, boolean major, boolean current, boolean desiredDistricts,
            boolean desiredOccupations, boolean salary, boolean skills, boolean intro) {
        int score = 10 + 10 + 5 + 5 + 5;   // name, education, experience, gender, birth year
        score += school ? 5 : 0;
        score += major ? 5 : 0;
        score += school && graduationYear ? 5 : 0;
        score += current ? 10 : 0;
        score += desiredDistricts ? 10 : 0;
        score += desiredOccupations ? 10 : 0;
        score += salary ? 5 : 0;
        score += skills ? 5 : 0;
        score += intro ? 5 : 0;
        return score;
    }

    static List<Occupation> occupations(Connection c) throws Exception {
        List<Occupation> list = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select code, name, aliases from ref_occupation where level = 4 order by code")) {
            while (rs.next()) {
                List<String> aliases = rs.getString(3) == null ? List.of()
                        : Arrays.stream(rs.getString(3).split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
                list.add(new Occupation(rs.getString(1), rs.getString(2), minor(rs.getString(1)), aliases));
            }
        }
        return list;
    }

    /** The minor group (小类) of a level-4 code: its first three levels, e.g. 2-02-10 for 2-02-10-03. */
    static String minor(String code) {
        String[] p = code.split("-");
        return p.length >= 3 ? p[0] + "-" + p[1] + "-" + p[2] : code;
    }

    static <T> T pick(Random rnd, List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    static String pick(Random rnd, String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    static String weighted(Random rnd, String[] values, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int r = rnd.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
