package cn.nanhu.talent.console;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.common.Params;
import cn.nanhu.talent.review.ReasonTemplates;
import cn.nanhu.talent.review.ReviewDtos.DecisionRequest;
import cn.nanhu.talent.review.ReviewDtos.ReviewItemDetail;
import cn.nanhu.talent.review.ReviewDtos.ReviewItemView;
import cn.nanhu.talent.review.ReviewItem;
import cn.nanhu.talent.review.ReviewKind;
import cn.nanhu.talent.review.ReviewQueue;
import jakarta.validation.Validator;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The review queue in the console: list, an item with its evidence, approve or reject. */
@Path("/admin/reviews")
@Produces("text/html;charset=UTF-8")
@ConsoleRoles({"REVIEWER", "ADMIN"})
public class ConsoleReviewResource {

    static final String CONFLICT_TEXT = "已有其他审核员先作出决定（或页面已过期），本次操作未生效。请返回队列刷新后查看。";

    private final ReviewQueue queue;
    private final ConsoleContext context;
    private final Validator validator;
    private final ReviewFields reviewFields;

    public ConsoleReviewResource(ReviewQueue queue, ConsoleContext context, Validator validator, ReviewFields reviewFields) {
        this.reviewFields = reviewFields;
        this.queue = queue;
        this.context = context;
        this.validator = validator;
    }

    @GET
    public Response list(@QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("decided") String decided) {
        ReviewKind k;
        ReviewItem.Status st;
        Page<ReviewItemView> page;
        try {
            k = Params.enumValue(ReviewKind.class, "kind", blankToNull(kind), null);
            st = Params.enumValue(ReviewItem.Status.class, "status", blankToNull(status), ReviewItem.Status.PENDING);
            page = queue.list(k, st, PageRequest.of(cursor, "50"));
        } catch (InvalidInput e) {
            return Pages.message(400, "error", Pages.describe(e));
        }
        List<Views.Option> kinds = new ArrayList<>();
        kinds.add(new Views.Option("", "全部类型", k == null));
        for (ReviewKind each : ReviewKind.values()) {
            kinds.add(new Views.Option(each.name(), kindLabel(each.name()), each == k));
        }
        List<Views.Option> statuses = Arrays.stream(ReviewItem.Status.values())
                .map(s -> new Views.Option(s.name(), statusLabel(s.name()), s == st)).toList();
        String next = page.nextCursor() == null ? null
                : "/admin/reviews?kind=" + (k == null ? "" : k.name()) + "&status=" + st.name() + "&cursor=" + page.nextCursor();
        String flash = decided == null ? null : "已处理，该条目已离开待审队列。";
        return Pages.html(200, Views.reviews(context.chrome("reviews"), page.items(), kinds, statuses, next, flash));
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") String id) {
        ReviewItemDetail d = queue.detail(id);
        Map<String, Object> subject = d.subject();
        List<Views.Field> fields = reviewFields.of(subject);
        boolean employer = "EMPLOYER".equals(d.item().kind());
        String licenseFileId = null;
        boolean pdf = false;
        if (employer && subject.get("employer") instanceof cn.nanhu.talent.employer.EmployerDtos.EmployerView e) {
            licenseFileId = e.licenseFileId();
            pdf = reviewFields.isPdf(licenseFileId);
        }
        Boolean creditOk = subject.get("creditCodeValid") instanceof Boolean b ? b : null;
        List<String> flagged = new ArrayList<>(d.item().flags() == null ? List.of() : d.item().flags());
        if (subject.get("discriminatoryWords") instanceof List<?> words) {
            words.forEach(w -> flagged.add(String.valueOf(w)));
        }
        boolean pending = "PENDING".equals(d.item().status());
        return Pages.html(200, Views.review(context.chrome("reviews"), d.item(), fields, licenseFileId, pdf, creditOk,
                flagged.stream().filter(w -> !w.isBlank()).distinct().toList(),
                ReasonTemplates.forKind(ReviewKind.valueOf(d.item().kind())), pending, employer));
    }

    @POST
    @Path("/{id}/decision")
    public Response decide(@PathParam("id") String id, @FormParam("decision") String decision, @FormParam("version") Long version,
            @FormParam("reasonTemplate") String reasonTemplate, @FormParam("reason") String reason,
            @FormParam("confirmAboveDesignatedSize") String confirmAbove, @HeaderParam("HX-Request") String hx) {
        boolean htmx = "true".equals(hx);
        DecisionRequest request = new DecisionRequest(decision, blankToNull(reason), blankToNull(reasonTemplate), version,
                confirmAbove == null ? null : "true".equals(confirmAbove));
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return Pages.message(400, "error", Pages.violations(violations));
        }
        try {
            queue.decide(id, request, context.staffer().staffId());
        } catch (ApiException.Conflict | ApiException.InvalidState e) {
            return Pages.message(409, "conflict", CONFLICT_TEXT + "（" + e.getMessage() + "）");
        } catch (ApiException | InvalidInput e) {
            return Pages.message(Pages.status(e), "error", Pages.describe(e));
        }
        return Pages.redirect(htmx, "/admin/reviews?decided=" + id);
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "EMPLOYER" -> "用人单位";
            case "JOB" -> "职位";
            case "FAIR_REGISTRATION" -> "招聘会报名";
            default -> kind;
        };
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "PENDING" -> "待审核";
            case "APPROVED" -> "已通过";
            case "REJECTED" -> "已驳回";
            case "SUPERSEDED" -> "已被替代";
            default -> status;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
