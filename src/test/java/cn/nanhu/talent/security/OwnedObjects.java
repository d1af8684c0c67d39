package cn.nanhu.talent.security;

import cn.nanhu.talent.notify.NotificationService;
import cn.nanhu.talent.support.Api;
import cn.nanhu.talent.support.Db;
import cn.nanhu.talent.support.Employers;
import cn.nanhu.talent.support.Fairs;
import cn.nanhu.talent.support.Jobs;
import cn.nanhu.talent.support.Seekers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Real objects that belong to someone, for the object-level half of the authorization sweep (OWASP
 * API1): for each operation the matrix marks {@code owner=seeker} or {@code owner=employer}, a probe
 * makes an object of seeker A (or of employer X) and names the call on it, the body the owner would
 * send, and how to read the object's stored state back, so the sweep can call it as seeker B (or as
 * a member of employer Y), expect 404 and an unchanged object, and then as the owner, expect to be
 * let in.
 *
 * <p>The four parties are made once per test class; each probe makes its own object, so what the
 * owner's call changes never spoils another probe.
 */
final class OwnedObjects {

    /** Whose object a path names: a seeker's (a WeChat user's own) or an employer's (any of its members'). */
    enum Owner {
        SEEKER, EMPLOYER
    }

    /** A call on one real object: its path, the body its owner would send (or null), and its stored state. */
    record Target(String path, Object body, Supplier<Object> state) {
    }

    /** Seekers A and B, approved employers X and Y (their owners act as their members), and A's phone. */
    record World(Api.Session seekerA, String phoneA, Api.Session seekerB, Employers.Registered x, Employers.Registered y,
            Db db) {

        Api.Session owner(Owner kind) {
            return kind == Owner.SEEKER ? seekerA : x.owner();
        }

        /**
         * Who must not reach the owner's object: for a seeker's, seeker B, and employer X's member, who
         * signs in as a seeker too and may well reach the same application through the employer's
         * endpoints; for an employer's, a member of employer Y.
         */
        Map<String, Api.Session> others(Owner kind) {
            return kind == Owner.SEEKER ? Map.of("seeker B", seekerB, "employer X's member (as a seeker)", x.owner())
                    : Map.of("a member of employer Y", y.owner());
        }

        Map<String, Object> row(String sql, Object... params) {
            return db.row(sql, params);
        }

        long count(String sql, Object... params) {
            return db.count(sql, params);
        }
    }

    private static World world;

    private OwnedObjects() {
    }

    static synchronized World world() {
        if (world == null) {
            String phoneA = phone();
            Api.Session a = Seekers.registered(Api.unique("bolaa"), phoneA);
            Api.Session b = Seekers.registered(Api.unique("bolab"), phone());
            world = new World(a, phoneA, b, Employers.approved(Api.unique("bolax")), Employers.approved(Api.unique("bolay")),
                    CDI.current().select(Db.class).get());
        }
        return world;
    }

    /** A mainland mobile number no other test uses. */
    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The probe of each owned operation ("METHOD path"), by the kind of owner it is probed for. */
    static Function<World, Target> probe(String operation, Owner kind) {
        return PROBES.get(operation + " " + kind);
    }

    private static final Map<String, Function<World, Target>> PROBES = new HashMap<>();

    private static void probe(String operation, Owner kind, Function<World, Target> probe) {
        PROBES.put(operation + " " + kind, probe);
    }

    static {
        // consultations: a seeker's own ticket, or one asked for an employer, which all its members share
        for (Owner kind : Owner.values()) {
            probe("GET /api/v1/consultations/{id}", kind, w -> consultation(w, kind, "", null));
            probe("POST /api/v1/consultations/{id}/close", kind, w -> consultation(w, kind, "/close", null));
            probe("POST /api/v1/consultations/{id}/messages", kind,
                    w -> consultation(w, kind, "/messages", Map.of("content", "请问还需要带什么材料？")));
            probe("POST /api/v1/consultations/{id}/rating", kind, w -> consultation(w, kind, "/rating", Map.of("score", 5)));
            probe("POST /api/v1/consultations/{id}/reopen", kind, w -> consultation(w, kind, "/reopen", null));
        }

        probe("GET /api/v1/files/{id}", Owner.SEEKER, w -> {
            String id = Seekers.uploadResume(w.seekerA());
            return new Target("/api/v1/files/" + id, null, () -> w.row("select * from stored_file where id = ?", id));
        });
        probe("GET /api/v1/files/{id}", Owner.EMPLOYER, w -> {
            String id = (String) w.row("select license_file_id from employer where id = ?", w.x().employerId()).get("license_file_id");
            return new Target("/api/v1/files/" + id, null, () -> w.row("select * from stored_file where id = ?", id));
        });
        probe("POST /api/v1/me/notifications/{id}/read", Owner.SEEKER, w -> {
            NotificationService notifications = CDI.current().select(NotificationService.class).get();
            String id = QuarkusTransaction.requiringNew().call(() -> notifications.notifyUser(w.seekerA().id(), "REVIEW_RESULT",
                    "授权检查", "正文：授权检查", "/pages/review/index", null));
            return new Target("/api/v1/me/notifications/" + id + "/read", null,
                    () -> w.row("select * from notification where id = ?", id));
        });
        probe("GET /api/v1/seeker/alerts/{id}", Owner.SEEKER, w -> alert(w, null));
        probe("PUT /api/v1/seeker/alerts/{id}", Owner.SEEKER, w -> alert(w, alertBody("改过的订阅")));
        probe("DELETE /api/v1/seeker/alerts/{id}", Owner.SEEKER, w -> alert(w, null));
        probe("GET /api/v1/seeker/applications/{id}", Owner.SEEKER, w -> application(w, "", null));
        probe("POST /api/v1/seeker/applications/{id}/withdraw", Owner.SEEKER,
                w -> application(w, "/withdraw", Map.of("reason", "不想去了")));
        probe("POST /api/v1/seeker/delegated-registrations/{id}/accept", Owner.SEEKER,
                w -> delegated(w, "/accept", Map.of("consentVersion", Seekers.POLICY)));
        probe("POST /api/v1/seeker/delegated-registrations/{id}/decline", Owner.SEEKER, w -> delegated(w, "/decline", null));
        probe("GET /api/v1/seeker/fairs/tickets/{id}/qrcode", Owner.SEEKER, w -> {
            String fair = Fairs.published(Api.admin(), Fairs.body("授权检查招聘会" + Api.unique("")));
            String ticket = (String) Fairs.signup(w.seekerA(), fair).get("id");
            return new Target("/api/v1/seeker/fairs/tickets/" + ticket + "/qrcode", null,
                    () -> w.row("select * from fair_ticket where id = ?", ticket));
        });
        probe("POST /api/v1/seeker/interviews/{id}/respond", Owner.SEEKER, w -> {
            String app = Seekers.apply(w.seekerA(), job(w));
            String interview = invite(w, app);
            return new Target("/api/v1/seeker/interviews/" + interview + "/respond", Map.of("accept", true), () -> List.of(
                    w.row("select * from interview where id = ?", interview), w.row("select * from application where id = ?", app)));
        });

        probe("GET /api/v1/employer/applications/{id}", Owner.EMPLOYER, w -> employerApplication(w, "", null));
        probe("GET /api/v1/employer/applications/{id}/contact", Owner.EMPLOYER, w -> employerApplication(w, "/contact", null));
        probe("POST /api/v1/employer/applications/{id}/transition", Owner.EMPLOYER,
                w -> employerApplication(w, "/transition", Map.of("to", "VIEWED")));
        probe("GET /api/v1/employer/jobs/{id}", Owner.EMPLOYER, w -> employerJob(w, "", null));
        probe("PUT /api/v1/employer/jobs/{id}", Owner.EMPLOYER, w -> employerJob(w, "", Jobs.body("改过的岗位名称")));
        probe("GET /api/v1/employer/jobs/{id}/applications", Owner.EMPLOYER, w -> employerJob(w, "/applications", null));
        probe("GET /api/v1/employer/jobs/{id}/candidates", Owner.EMPLOYER, w -> employerJob(w, "/candidates", null));
        probe("POST /api/v1/employer/jobs/{id}/candidates/{seekerId}/invite", Owner.EMPLOYER,
                w -> employerJob(w, "/candidates/" + w.seekerA().id() + "/invite", null));
        probe("POST /api/v1/employer/jobs/{id}/close", Owner.EMPLOYER, w -> employerJob(w, "/close", null));
        probe("DELETE /api/v1/employer/members/{userId}", Owner.EMPLOYER, w -> {
            String code = w.x().owner().as().when().post("/api/v1/employer/invitations")
                    .then().statusCode(201).extract().path("code");
            Api.Session hr = Api.wechatUser(Api.unique("bolahr"));
            hr.as().contentType(ContentType.JSON).body(Map.of("code", code)).when().post("/api/v1/employer/join")
                    .then().statusCode(200);
            return new Target("/api/v1/employer/members/" + hr.id(), null,
                    () -> w.db().rows("select * from employer_member where user_id = ?", hr.id()));
        });
    }

    private static Target consultation(World w, Owner kind, String action, Object body) {
        Map<String, Object> open = new HashMap<>(Map.of("topic", "授权检查", "content", "请问在南湖区办理灵活就业社保登记需要哪些材料？"));
        if (kind == Owner.EMPLOYER) {
            open.put("asEmployer", true);
        }
        String id = w.owner(kind).as().contentType(ContentType.JSON).body(open).when().post("/api/v1/consultations")
                .then().statusCode(201).extract().path("id");
        if (action.equals("/rating")) {
            // rated once staff have answered
            Api.admin().as().contentType(ContentType.JSON).body(Map.of("content", "请带身份证到区人才中心办理。"))
                    .when().post("/api/v1/admin/consultations/" + id + "/messages").then().statusCode(200);
        } else if (action.equals("/reopen")) {
            // reopened once closed
            w.owner(kind).as().when().post("/api/v1/consultations/" + id + "/close").then().statusCode(200);
        }
        return new Target("/api/v1/consultations/" + id + action, body, () -> List.of(
                w.row("select * from consultation where id = ?", id),
                w.db().rows("select * from consultation_message where consultation_id = ? order by id", id)));
    }

    private static Map<String, Object> alertBody(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("keywords", "Java 后端");
        body.put("districtCodes", List.of("3304"));
        body.put("salaryMin", 6000);
        body.put("sendHour", 8);
        return body;
    }

    private static Target alert(World w, Object body) {
        String id = w.seekerA().as().contentType(ContentType.JSON).body(alertBody("授权检查")).when().post("/api/v1/seeker/alerts")
                .then().statusCode(201).extract().path("id");
        return new Target("/api/v1/seeker/alerts/" + id, body, () -> w.db().rows("select * from job_alert where id = ?", id));
    }

    /** A new published job of employer X. */
    private static String job(World w) {
        return Jobs.published(w.x().owner(), Jobs.body("授权检查工程师"));
    }

    private static Target application(World w, String action, Object body) {
        String app = Seekers.apply(w.seekerA(), job(w));
        return new Target("/api/v1/seeker/applications/" + app + action, body, () -> applicationState(w, app));
    }

    private static Target employerApplication(World w, String action, Object body) {
        String app = Seekers.apply(w.seekerA(), job(w));
        return new Target("/api/v1/employer/applications/" + app + action, body, () -> applicationState(w, app));
    }

    /** The application, its history and the résumé openings it caused. */
    private static Object applicationState(World w, String app) {
        return List.of(w.row("select * from application where id = ?", app),
                w.count("select count(*) from application_history where application_id = ?", app),
                w.count("select count(*) from resume_access where application_id = ?", app));
    }

    private static Target employerJob(World w, String action, Object body) {
        String job = job(w);
        return new Target("/api/v1/employer/jobs/" + job + action, body, () -> List.of(
                w.row("select * from job where id = ?", job),
                w.count("select count(*) from job_history where job_id = ?", job),
                w.count("select count(*) from candidate_invitation where job_id = ?", job)));
    }

    /** Employer X opens the application and invites to an interview; answers the interview id. */
    private static String invite(World w, String app) {
        String path = "/api/v1/employer/applications/" + app;
        w.x().owner().as().when().get(path).then().statusCode(200);
        Map<String, Object> interview = Map.of("at", Jobs.now().plus(Duration.ofDays(10)).toString(), "place", "南湖区亚太路1052号3楼",
                "contact", "王经理 0573-8888");
        return w.x().owner().as().contentType(ContentType.JSON).body(Map.of("to", "INTERVIEW", "interview", interview))
                .when().post(path + "/transition").then().statusCode(200).extract().path("interviews[0].id");
    }

    private static Target delegated(World w, String action, Object body) {
        Map<String, Object> reg = Seekers.delegated("林代登", w.phoneA());
        String id = Api.newStaff(Api.unique("bolahr"), "SERVICE").as().contentType(ContentType.JSON).body(reg)
                .when().post("/api/v1/admin/delegated-registrations").then().statusCode(201).extract().path("id");
        return new Target("/api/v1/seeker/delegated-registrations/" + id + action, body, () -> List.of(
                w.row("select * from delegated_registration where id = ?", id),
                w.row("select * from seeker_profile where user_id = ?", w.seekerA().id())));
    }
}
