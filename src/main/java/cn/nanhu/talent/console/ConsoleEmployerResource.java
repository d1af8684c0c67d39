package cn.nanhu.talent.console;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.common.Params;
import cn.nanhu.talent.employer.DedicatedHr;
import cn.nanhu.talent.employer.Employer;
import cn.nanhu.talent.employer.EmployerAdmin;
import cn.nanhu.talent.employer.EmployerDtos.StaffEmployerView;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.identity.StaffDirectory;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Employers in the console: search and view for all staff; suspend, reinstate and assign the dedicated HR for admins. */
@Path("/admin/employers")
@Produces("text/html;charset=UTF-8")
@ConsoleRoles({"REVIEWER", "SERVICE", "ADMIN"})
public class ConsoleEmployerResource {

    private final EmployerAdmin employers;
    private final DedicatedHr dedicatedHr;
    private final StaffDirectory staff;
    private final ConsoleContext context;

    public ConsoleEmployerResource(EmployerAdmin employers, DedicatedHr dedicatedHr, StaffDirectory staff, ConsoleContext context) {
        this.employers = employers;
        this.dedicatedHr = dedicatedHr;
        this.staff = staff;
        this.context = context;
    }

    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("status") String status) {
        List<StaffEmployerView> found;
        try {
            Employer.Status st = Params.enumValue(Employer.Status.class, "status", status, null);
            found = employers.search(q == null || q.isBlank() ? null : q.strip(), st, new PageRequest(null, PageRequest.MAX_SIZE)).items();
        } catch (InvalidInput e) {
            return Pages.message(400, "error", Pages.describe(e));
        }
        return Pages.html(200, Views.employers(context.chrome("employers"), found, q == null ? "" : q, status == null ? "" : status));
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") String id, @QueryParam("flash") String flash) {
        return detailPage(200, id, Flash.text(flash));
    }

    private Response detailPage(int status, String id, String flash) {
        StaffEmployerView e = employers.get(id);
        List<Views.Option> hrs = staff.withRole(Roles.SERVICE).stream()
                .map(s -> new Views.Option(s.id(), s.displayName(), s.id().equals(e.dedicatedHrId()))).toList();
        return Pages.html(status, Views.employer(context.chrome("employers"), e, hrs, context.staffer().admin(), flash));
    }

    @POST
    @Path("/{id}/suspend")
    @ConsoleRoles("ADMIN")
    public Response suspend(@PathParam("id") String id, @FormParam("reason") String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            return detailPage(400, id, "请填写暂停理由（至多 500 字）");
        }
        return act(id, () -> employers.suspend(id, reason.strip(), context.staffer().staffId()), "employer-suspended");
    }

    @POST
    @Path("/{id}/reinstate")
    @ConsoleRoles("ADMIN")
    public Response reinstate(@PathParam("id") String id) {
        return act(id, () -> employers.reinstate(id, context.staffer().staffId()), "employer-reinstated");
    }

    @POST
    @Path("/{id}/dedicated-hr")
    @ConsoleRoles("ADMIN")
    public Response assign(@PathParam("id") String id, @FormParam("staffId") String staffId) {
        if (staffId == null || staffId.isBlank()) {
            return detailPage(400, id, "请选择专属HR");
        }
        return act(id, () -> dedicatedHr.assign(id, staffId, context.staffer().staffId()), "employer-hr-assigned");
    }

    private Response act(String id, Runnable action, String doneCode) {
        try {
            action.run();
        } catch (ApiException | InvalidInput e) {
            return detailPage(Pages.status(e), id, "未完成：" + Pages.describe(e));
        }
        return Response.seeOther(URI.create("/admin/employers/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "?flash=" + doneCode)).build();
    }
}
