package cn.nanhu.talent.employer;

import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.common.Params;
import cn.nanhu.talent.employer.EmployerDtos.DedicatedHrRequest;
import cn.nanhu.talent.employer.EmployerDtos.DedicatedHrView;
import cn.nanhu.talent.employer.EmployerDtos.StaffEmployerView;
import cn.nanhu.talent.employer.EmployerDtos.StatusChange;
import cn.nanhu.talent.identity.CurrentAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Employers in the back office. Staff read; admins suspend, reinstate and assign the dedicated HR. */
@Path("/api/v1/admin/employers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employers (staff)")
public class AdminEmployerResource {

    private final EmployerAdmin admin;
    private final DedicatedHr dedicatedHr;
    private final CurrentAccount caller;

    public AdminEmployerResource(EmployerAdmin admin, DedicatedHr dedicatedHr, CurrentAccount caller) {
        this.admin = admin;
        this.dedicatedHr = dedicatedHr;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"REVIEWER", "SERVICE", "ADMIN"})
    @Operation(summary = "Search employers by name or credit code, optionally by status")
    public Page<StaffEmployerView> search(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        if (q != null && q.length() > 50) {
            throw InvalidInput.of("q", "关键词最多 50 个字符 / q is at most 50 characters");
        }
        return admin.search(q, Params.enumValue(Employer.Status.class, "status", status, null), PageRequest.of(cursor, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"REVIEWER", "SERVICE", "ADMIN"})
    @Operation(summary = "One employer with its dedicated HR and credit-code check")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffEmployerView.class)))
    @APIResponse(responseCode = "404", description = "no such employer")
    public StaffEmployerView get(@PathParam("id") String id) {
        return admin.get(id);
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend an approved employer with a reason: its members lose EMPLOYER and its jobs are hidden")
    @APIResponse(responseCode = "200", description = "suspended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffEmployerView.class)))
    @APIResponse(responseCode = "404", description = "no such employer")
    @APIResponse(responseCode = "409", description = "only an approved employer can be suspended")
    public StaffEmployerView suspend(@PathParam("id") String id,
            @Valid @NotNull(message = "请求体不能为空 / body is required") StatusChange body) {
        return admin.suspend(id, body.reason().strip(), caller.staffId());
    }

    @POST
    @Path("/{id}/reinstate")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Reinstate a suspended employer")
    @APIResponse(responseCode = "200", description = "reinstated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffEmployerView.class)))
    @APIResponse(responseCode = "404", description = "no such employer")
    @APIResponse(responseCode = "409", description = "only a suspended employer can be reinstated")
    public StaffEmployerView reinstate(@PathParam("id") String id) {
        return admin.reinstate(id, caller.staffId());
    }

    @PUT
    @Path("/{id}/dedicated-hr")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the employer's dedicated HR: an enabled SERVICE staff member")
    @APIResponse(responseCode = "200", description = "assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DedicatedHrView.class)))
    @APIResponse(responseCode = "404", description = "no such employer, or no such enabled SERVICE staff member")
    public DedicatedHrView assign(@PathParam("id") String id,
            @Valid @NotNull(message = "请求体不能为空 / body is required") DedicatedHrRequest body) {
        return dedicatedHr.assign(id, body.staffId(), caller.staffId());
    }
}
