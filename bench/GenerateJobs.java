import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark data generator: N approved employers and N published jobs, built from the reference
 * data the service itself loaded (ref_occupation with its job-board aliases, ref_division,
 * ref_industry). Run it after the service has migrated the database once.
 *
 *   java -cp <jdbc driver jar> bench/GenerateJobs.java <jdbc-url> <user> <password> [N] [seed]
 *
 * Every generated row has an id starting with "0BE" (employer) or "0BJ" (job); earlier benchmark
 * rows are deleted first, so the generator can be re-run on the same database.
 */
public class GenerateJobs {

    static final String[] EDUCATION = {"不限", "初中", "高中", "中专", "大专", "本科", "硕士", "博士"};
    static final int[] EDUCATION_WEIGHT = {20, 5, 10, 10, 20, 25, 8, 2};
    static final String[] JOB_TYPES = {"FULL_TIME", "FULL_TIME", "FULL_TIME", "FULL_TIME", "PART_TIME", "INTERNSHIP"};
    static final String[] SCALES = {"1-49", "50-99", "100-499", "500-999", "1000-9999", "10000+"};
    static final String[] TAGS = {"五险一金", "双休", "包吃", "包住", "年终奖", "弹性工作", "带薪年假", "节日福利", "交通补贴",
            "餐补", "定期体检", "股票期权", "免费培训", "晋升空间大", "应届生可投", "加班补贴", "住房补贴", "团队氛围好"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱", "沈", "钱"};
    static final String[] BRAND = {"南湖", "禾城", "嘉禾", "秀水", "长三角", "江南", "运河", "鸳鸯", "月河", "梅湾", "湘家", "凤桥",
            "东栅", "新丰", "七星", "大桥", "余新", "南溪", "云海", "恒达", "华瑞", "博远", "鼎盛", "启明", "星河", "远航", "同创"};
    static final String[] KIND = {"科技", "智能制造", "电子", "新材料", "贸易", "物流", "食品", "纺织", "服饰", "医药", "建设",
            "信息技术", "软件", "汽车零部件", "光伏", "餐饮管理", "人力资源", "教育科技", "商贸", "机械"};
    static final String[] FORM = {"有限公司", "股份有限公司", "有限责任公司"};
    static final String[] DUTY = {"负责日常工作的组织与落实，按时完成部门下达的各项任务", "参与团队协作，与上下游部门沟通对接",
            "按照公司流程规范开展工作，做好记录与归档", "对工作中发现的问题及时反馈并提出改进建议", "完成领导交办的其他工作",
            "参与新项目的调研、方案设计和实施", "维护客户关系，提升服务质量和满意度", "编写工作报告，整理相关数据"};
    static final String[] REQUIRE = {"工作认真负责，有良好的沟通能力和团队精神", "能吃苦耐劳，服从工作安排", "有相关工作经验者优先",
            "熟练使用办公软件", "身体健康，学习能力强", "持相关职业资格证书者优先", "能适应倒班", "具备较强的责任心和执行力"};

    record Occupation(String code, String name, List<String> titles) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java -cp <jdbc jar> bench/GenerateJobs.java <jdbc-url> <user> <password> [N] [seed]");
            System.exit(2);
        }
        String url = args[0];
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42L;
        Random rnd = new Random(seed);
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            List<Occupation> occupations = occupations(c);
            List<String> districts = districts(c);
            List<String> jiaxing = districts.stream().filter(d -> d.startsWith("3304")).toList();
            List<String> industries = strings(c, "select code from ref_industry where level = 2 order by code");
            System.out.printf("reference: %d occupations with titles, %d districts (%d in Jiaxing), %d industries%n",
                    occupations.size(), districts.size(), jiaxing.size(), industries.size());
            if (occupations.isEmpty() || districts.isEmpty() || industries.isEmpty()) {
                throw new IllegalStateException("reference tables are empty: start the service once so Flyway migrates the database");
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from job where id like '0BJ%'");
                s.executeUpdate("delete from employer where id like '0BE%'");
            }
            c.commit();

            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
            String[] employerName = new String[n];
            String[] employerDistrict = new String[n];
            try (PreparedStatement ps = c.prepareStatement("insert into employer (id, name, credit_code, legal_representative,"
                    + " industry_code, district_code, address, scale, above_size_claimed, above_size_confirmed, contact_name,"
                    + " contact_phone_enc, contact_phone_hash, contact_phone_masked, license_file_id, status, created_at,"
                    + " updated_at, approved_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < n; i++) {
                    String district = pickDistrict(rnd, districts, jiaxing);
                    String name = pick(rnd, BRAND) + pick(rnd, BRAND) + pick(rnd, KIND) + pick(rnd, FORM);
                    boolean aboveSize = rnd.nextInt(10) == 0;
                    employerName[i] = name;
                    employerDistrict[i] = district;
                    OffsetDateTime created = now.minusDays(100 + rnd.nextInt(300));
                    int k = 1;
                    ps.setString(k++, String.format("0BE%023d", i));
                    ps.setString(k++, name.length() > 100 ? name.substring(0, 100) : name);
                    ps.setString(k++, String.format("91%06dMA%08d", Integer.parseInt(district.substring(0, 6)) , i));
                    ps.setString(k++, pick(rnd, SURNAMES) + "某某");
                    ps.setString(k++, industries.get(rnd.nextInt(industries.size())));
                    ps.setString(k++, district);
                    ps.setString(k++, "工业园区" + (1 + rnd.nextInt(999)) + "号");
                    ps.setString(k++, pick(rnd, SCALES));
                    ps.setBoolean(k++, aboveSize);
                    ps.setBoolean(k++, aboveSize);
                    ps.setString(k++, pick(rnd, SURNAMES) + "先生");
                    ps.setString(k++, "k1:bench");                        // sealed phone: any non-null value for a bench row
                    ps.setString(k++, String.format("bench%059d", i));   // 64 chars
                    ps.setString(k++, "138****0000");
                    ps.setString(k++, String.format("0BF%023d", i));      // no stored file: never read by search
                    ps.setString(k++, "APPROVED");
                    ps.setObject(k++, created);
                    ps.setObject(k++, created);
                    ps.setObject(k++, created.plusDays(1));
                    ps.setLong(k++, 0);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            long t1 = System.nanoTime();
            System.out.printf("employers: %d in %.1f s%n", n, (t1 - t0) / 1e9);

            try (PreparedStatement ps = c.prepareStatement("insert into job (id, employer_id, title, occupation_code,"
                    + " district_code, address, salary_min, salary_max, headcount, education, experience_years, job_type, tags,"
                    + " description, expires_at, status, view_count, published_at, created_at, updated_at, version)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < n; i++) {
                    Occupation o = occupations.get(rnd.nextInt(occupations.size()));
                    String title = o.titles().get(rnd.nextInt(o.titles().size()));
                    if (title.length() > 60) {
                        title = title.substring(0, 60);
                    }
                    int employer = rnd.nextInt(n);
                    // most jobs are where the employer is; some elsewhere
                    String district = rnd.nextInt(4) == 0 ? pickDistrict(rnd, districts, jiaxing) : employerDistrict[employer];
                    int salaryMin = 2500 + 500 * rnd.nextInt(30);          // 2,500 .. 17,000
                    int salaryMax = salaryMin + 500 * (1 + rnd.nextInt(16));
                    String jobType = pick(rnd, JOB_TYPES);
                    if (!"FULL_TIME".equals(jobType)) {
                        salaryMin = Math.max(1000, salaryMin / 3);
                        salaryMax = Math.max(salaryMin + 500, salaryMax / 3);
                    }
                    OffsetDateTime published = now.minusSeconds(rnd.nextInt(90 * 24 * 3600));   // spread over 90 days
                    OffsetDateTime expires = now.plusDays(30 + rnd.nextInt(150));               // all in the future
                    int k = 1;
                    ps.setString(k++, String.format("0BJ%023d", i));
                    ps.setString(k++, String.format("0BE%023d", employer));
                    ps.setString(k++, title);
                    ps.setString(k++, o.code());
                    ps.setString(k++, district);
                    ps.setString(k++, "经济开发区" + (1 + rnd.nextInt(999)) + "号");
                    ps.setInt(k++, salaryMin);
                    ps.setInt(k++, salaryMax);
                    ps.setInt(k++, 1 + rnd.nextInt(20));
                    ps.setString(k++, weighted(rnd, EDUCATION, EDUCATION_WEIGHT));
                    ps.setInt(k++, rnd.nextInt(6));
                    ps.setString(k++, jobType);
                    ps.setString(k++, tags(rnd));
                    ps.setString(k++, description(rnd, title, o, employerName[employer]));
                    ps.setObject(k++, expires);
                    ps.setString(k++, "PUBLISHED");
                    ps.setLong(k++, rnd.nextInt(500));
                    ps.setObject(k++, published);
                    ps.setObject(k++, published.minusHours(1 + rnd.nextInt(48)));
                    ps.setObject(k++, published);
                    ps.setLong(k++, 1);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            long t2 = System.nanoTime();
            System.out.printf("jobs: %d in %.1f s%n", n, (t2 - t1) / 1e9);
            if (url.startsWith("jdbc:postgresql")) {
                try (Statement s = c.createStatement()) {
                    c.setAutoCommit(true);
                    s.execute("analyze employer");
                    s.execute("analyze job");
                }
            }
        }
        System.out.printf("generated %d employers and %d published jobs in %.1f s%n", n, n, (System.nanoTime() - t0) / 1e9);
    }

    /** Occupations of the finest level, each with its job-board aliases (or its name) as titles. */
    static List<Occupation> occupations(Connection c) throws Exception {
        List<Occupation> list = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select code, name, aliases from ref_occupation where level = 4 order by code")) {
            while (rs.next()) {
                List<String> titles = new ArrayList<>();
                String aliases = rs.getString(3);
                if (aliases != null) {
                    for (String a : aliases.split(",")) {
                        if (!a.isBlank()) {
                            titles.add(a.strip());
                        }
                    }
                }
                if (titles.isEmpty()) {
                    titles.add(rs.getString(2));
                }
                list.add(new Occupation(rs.getString(1), rs.getString(2), titles));
            }
        }
        return list;
    }

    /** County-level divisions of Shanghai (31), Jiangsu (32) and Zhejiang (33). */
    static List<String> districts(Connection c) throws Exception {
        return strings(c, "select code from ref_division where level = 3 and (code like '31%' or code like '32%' or code like '33%') order by code");
    }

    static List<String> strings(Connection c, String sql) throws Exception {
        List<String> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                list.add(rs.getString(1));
            }
        }
        return list;
    }

    /** A third of the jobs are in Jiaxing (the service's home city), the rest anywhere in the three provinces. */
    static String pickDistrict(Random rnd, List<String> all, List<String> jiaxing) {
        return !jiaxing.isEmpty() && rnd.nextInt(3) == 0 ? jiaxing.get(rnd.nextInt(jiaxing.size())) : all.get(rnd.nextInt(all.size()));
    }

    static String tags(Random rnd) {
        int count = rnd.nextInt(5);
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            String t = pick(rnd, TAGS);
            if (!chosen.contains(t)) {
                chosen.add(t);
            }
        }
        return chosen.isEmpty() ? null : String.join(",", chosen);
    }

    static String description(Random rnd, String title, Occupation o, String employer) {
        StringBuilder b = new StringBuilder();
        b.append(employer).append("招聘").append(title).append("（").append(o.name()).append("）。\n岗位职责：\n");
        int duties = 2 + rnd.nextInt(3);
        for (int i = 1; i <= duties; i++) {
            b.append(i).append(". ").append(pick(rnd, DUTY)).append("；\n");
        }
        b.append("任职要求：\n");
        int reqs = 2 + rnd.nextInt(3);
        for (int i = 1; i <= reqs; i++) {
            b.append(i).append(". ").append(pick(rnd, REQUIRE)).append("；\n");
        }
        b.append("待遇：").append(pick(rnd, TAGS)).append("，").append(pick(rnd, TAGS)).append("。");
        return b.toString();
    }

    static String pick(Random rnd, String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    static String weighted(Random rnd, String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
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
