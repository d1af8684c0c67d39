package cn.nanhu.talent.demo;

import cn.nanhu.talent.content.ContentDtos.AnnouncementRequest;
import cn.nanhu.talent.content.ContentDtos.ArticleRequest;
import cn.nanhu.talent.content.ContentFeed;
import cn.nanhu.talent.content.ContentService;
import cn.nanhu.talent.employer.EmployerDtos.EmployerRequest;
import cn.nanhu.talent.employer.EmployerService;
import cn.nanhu.talent.employer.UnifiedCreditCode;
import cn.nanhu.talent.fair.FairDtos.FairRequest;
import cn.nanhu.talent.fair.FairRegistrations;
import cn.nanhu.talent.fair.FairService;
import cn.nanhu.talent.files.FilePurpose;
import cn.nanhu.talent.files.FileService;
import cn.nanhu.talent.identity.AuthService;
import cn.nanhu.talent.identity.ClientInfo;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.identity.StaffDirectory;
import cn.nanhu.talent.identity.StaffService;
import cn.nanhu.talent.identity.SubjectKind;
import cn.nanhu.talent.identity.UserDirectory;
import cn.nanhu.talent.job.JobDtos.JobRequest;
import cn.nanhu.talent.job.JobService;
import cn.nanhu.talent.review.ReviewDtos.DecisionRequest;
import cn.nanhu.talent.review.ReviewDtos.ReviewItemView;
import cn.nanhu.talent.review.ReviewItem;
import cn.nanhu.talent.review.ReviewKind;
import cn.nanhu.talent.review.ReviewQueue;
import cn.nanhu.talent.common.PageRequest;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jboss.logging.Logger;

/**
 * Demo content for {@code mvn quarkus:dev} only (the bean does not exist in other builds): on a
 * dev database without any announcement it creates, through the same services the API uses, a
 * dedicated HR, a verified 规上 employer with four published jobs, an online fair under way with
 * the employer registered and approved, an offline fair to come, four policy announcements and
 * two showcase articles. The employer's owner signs in with the mock login code
 * {@code mock:o_demo_employer}; the dedicated HR with {@code hr-demo} / {@code hr-demo-password}.
 */
@IfBuildProfile("dev")
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);
    static final String EMPLOYER_OPENID = "o_demo_employer";

    private final ContentFeed feed;
    private final ContentService content;
    private final StaffService staffService;
    private final StaffDirectory staff;
    private final AuthService auth;
    private final UserDirectory users;
    private final FileService files;
    private final EmployerService employers;
    private final JobService jobs;
    private final FairService fairs;
    private final FairRegistrations registrations;
    private final ReviewQueue reviews;
    private final Clock clock;

    public DemoContent(ContentFeed feed, ContentService content, StaffService staffService, StaffDirectory staff, AuthService auth,
            UserDirectory users, FileService files, EmployerService employers, JobService jobs, FairService fairs,
            FairRegistrations registrations, ReviewQueue reviews, Clock clock) {
        this.feed = feed;
        this.content = content;
        this.staffService = staffService;
        this.staff = staff;
        this.auth = auth;
        this.users = users;
        this.files = files;
        this.employers = employers;
        this.jobs = jobs;
        this.fairs = fairs;
        this.registrations = registrations;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** After the bootstrap admin and the indexes (default priority) are in place. */
    void onStart(@Observes @Priority(5000) StartupEvent event) {
        if (!feed.announcements(1).isEmpty()) {
            return;
        }
        try {
            seed();
            LOG.info("Demo content created (dev only): GET /api/v1/home shows it; the demo employer signs in with code mock:"
                    + EMPLOYER_OPENID + ", its dedicated HR as hr-demo / hr-demo-password");
        } catch (RuntimeException e) {
            LOG.warn("Demo content could not be created; the service runs without it", e);
        }
    }

    void seed() {
        String admin = staff.withRole(Roles.ADMIN).get(0).id();
        staffService.insert("hr-demo", "hr-demo-password", Set.of(Roles.SERVICE), "专属HR 王芳");

        // a verified 规上 employer, registered by its owner and approved through the review queue
        auth.wechatLogin("mock:" + EMPLOYER_OPENID, ClientInfo.of("127.0.0.1", "demo content"));
        String owner = users.idByOpenid(EMPLOYER_OPENID).orElseThrow();
        String licence = upload(SubjectKind.USER, owner, FilePurpose.LICENSE, "营业执照", new Color(0xC8, 0x1E, 0x1E));
        String first17 = "91330402MA2DEM0AB";
        String employerId = employers.register(owner, new EmployerRequest("嘉兴南湖智造科技有限公司", first17 + UnifiedCreditCode.checkCharacter(first17),
                "陈建国", "34", "330402", "南湖区亚太路 1052 号", "500-999", true, "周敏", "13900001111", licence)).id();
        approve(ReviewKind.EMPLOYER, employerId, admin, true);

        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        OffsetDateTime expires = now.plusDays(60);
        List<String> jobIds = new ArrayList<>();
        jobIds.add(job(admin, owner, new JobRequest("Java 开发工程师", "2-02-10-03", "330402", "南湖区亚太路 1052 号", 12000, 20000, 3, "本科", 3,
                "FULL_TIME", List.of("五险一金", "双休"), "负责智能制造平台后端服务的设计与开发，熟悉 Java、Spring、SQL。", expires)));
        jobIds.add(job(admin, owner, new JobRequest("数控车工", "6-18-01-01", "330402", "南湖区大桥镇工业园", 6500, 9000, 10, "中专", 1,
                "FULL_TIME", List.of("包住宿", "倒班补贴"), "操作数控车床完成零件加工，能看懂机械图纸，有上岗证者优先。", expires)));
        jobIds.add(job(admin, owner, new JobRequest("质量检验员", "6-31-03-05", "330402", "南湖区大桥镇工业园", 5500, 7500, 4, "高中", 0,
                "FULL_TIME", List.of("五险一金"), "负责来料与成品检验，记录质量数据，配合改进生产工艺。", expires)));
        jobIds.add(job(admin, owner, new JobRequest("电气工程实习生", "2-02-11-01", "330402", "南湖区亚太路 1052 号", 3000, 4000, 2, "本科", 0,
                "INTERNSHIP", List.of("可转正"), "参与产线电气设计与调试，适合电气、自动化专业在校生。", expires)));

        // an online fair under way, with the employer's jobs, and an offline fair to come
        String online = fairs.create(admin, new FairRequest("2026 南湖区秋季云招聘专场", "ONLINE", now.minusHours(2), now.plusDays(14), null, null,
                5000, "南湖区重点企业集中在线招聘，覆盖智能制造、数字经济、现代服务业岗位。", null)).id();
        fairs.publish(online);
        approve(ReviewKind.FAIR_REGISTRATION, registrations.register(owner, online, jobIds).id(), admin, null);
        String offline = fairs.create(admin, new FairRequest("南湖区高校毕业生就业双选会", "OFFLINE", now.plusDays(20).withHour(9).withMinute(0),
                now.plusDays(20).withHour(16).withMinute(0), "嘉兴市南湖区人力资源市场（中环南路 1366 号）", "330402", 800,
                "面向 2027 届高校毕业生的现场双选会，凭入场码签到。", null)).id();
        fairs.publish(offline);

        // announcements and the showcase column
        String cover = upload(SubjectKind.STAFF, admin, FilePurpose.ATTACHMENT, "南湖人才新政", new Color(0x1E, 0x5A, 0xC8));
        content.publishedAnnouncement(admin, new AnnouncementRequest("南湖区高层次人才创新创业扶持政策（2026 年版）", "TALENT_POLICY",
                "<h2>支持对象</h2><p>在南湖区创新创业的高层次人才及团队。</p><h2>扶持内容</h2><ul><li>创业启动资助</li><li>人才安居补助</li></ul>",
                List.of("3304"), true, null, cover, List.of(), null));
        content.publishedAnnouncement(admin, new AnnouncementRequest("2026 年高校毕业生就业补贴申领指南", "EMPLOYMENT_SUBSIDY",
                "<p>在南湖区企业就业并缴纳社保的高校毕业生，可申领<strong>就业补贴</strong>。</p><p>申领材料：身份证、毕业证、劳动合同。</p>",
                List.of("330402", "SEEKER"), false, null, null, List.of(), null));
        content.publishedAnnouncement(admin, new AnnouncementRequest("灵活就业人员参加职工养老保险办理须知", "SOCIAL_SECURITY",
                "<p>灵活就业人员可在浙里办或社保窗口办理参保登记，按月或按季缴费。</p>", List.of("SEEKER"), false, null, null, List.of(), null));
        content.publishedAnnouncement(admin, new AnnouncementRequest("企业吸纳就业见习人员补贴开始申报", "INTERNSHIP",
                "<p>接收离校未就业高校毕业生参加就业见习的单位，可按月申领见习补贴。</p>", List.of("3304", "EMPLOYER"), false, null, null,
                List.of(), null));
        content.publishedArticle(admin, new ArticleRequest("showcase", "从一间车间到智能工厂：南湖智造的十年", "<p>十年前，这家企业只有一间租来的车间……</p>"
                + "<p>如今，它的智能产线每天下线上千台设备，也为南湖留住了三百多名年轻工程师。</p>", employerId, List.of("330402"), true, null, null,
                List.of(), null));
        content.publishedArticle(admin, new ArticleRequest("showcase", "南湖旁的追光者：一位返乡青年的创业路", "<p>大学毕业后，他回到南湖，"
                + "用一台电脑和一个想法开始了自己的数字农业创业。</p>", null, List.of("3304"), false, null, null, List.of(), null));
    }

    private String job(String admin, String owner, JobRequest r) {
        String id = jobs.create(owner, r).id();
        approve(ReviewKind.JOB, id, admin, null);
        return id;
    }

    /** Approves the pending review item of a subject, as a reviewer would. */
    private void approve(ReviewKind kind, String subjectId, String by, Boolean confirmAboveSize) {
        ReviewItemView item = reviews.list(kind, ReviewItem.Status.PENDING, PageRequest.of(null, "100")).items().stream()
                .filter(i -> i.subjectId().equals(subjectId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no pending review item for " + kind + " " + subjectId));
        reviews.decide(item.id(), new DecisionRequest("APPROVE", null, null, item.version(), confirmAboveSize), by);
    }

    /** A small PNG with a coloured band, uploaded as the given account would. */
    private String upload(SubjectKind kind, String owner, FilePurpose purpose, String label, Color color) {
        BufferedImage image = new BufferedImage(320, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 320, 160);
        g.setColor(Color.WHITE);
        g.fillRect(0, 120, 320, 40);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            byte[] bytes = out.toByteArray();
            return files.upload(kind, owner, purpose, bytes.length, new ByteArrayInputStream(bytes)).id();
        } catch (IOException e) {
            throw new IllegalStateException("cannot draw the " + label + " image", e);
        }
    }
}
