package cn.nanhu.talent.identity;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.IdentityDtos.CreatedId;
import cn.nanhu.talent.identity.IdentityDtos.PasswordRequest;
import cn.nanhu.talent.identity.IdentityDtos.StaffCreateRequest;
import cn.nanhu.talent.identity.IdentityDtos.StaffUpdateRequest;
import cn.nanhu.talent.identity.IdentityDtos.StaffView;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Staff accounts, for admins. */
@Path("/api/v1/admin/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Staff administration")
public class StaffResource {

    private final StaffService staff;
    private final CurrentAccount caller;

    public StaffResource(StaffService staff, CurrentAccount caller) {
        this.staff = staff;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List staff accounts")
    public Page<StaffView> list(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return staff.list(PageRequest.of(cursor, size));
    }

    @POST
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreatedId.class)))
    @Operation(summary = "Create a staff account with roles REVIEWER, SERVICE and/or ADMIN")
    @APIResponse(responseCode = "409", description = "the username is taken")
    public CreatedId create(@Valid @NotNull(message = "请求体不能为空 / body is required") StaffCreateRequest body) {
        return new CreatedId(staff.create(body));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change roles, enable or disable, or rename a staff account; ends its sessions when access changes")
    @APIResponse(responseCode = "200", description = "changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffView.class)))
    @APIResponse(responseCode = "404", description = "no such staff account")
    @APIResponse(responseCode = "409", description = "the caller's own account cannot be disabled or lose ADMIN, and one enabled admin must remain")
    public StaffView update(@PathParam("id") String id,
            @Valid @NotNull(message = "请求体不能为空 / body is required") StaffUpdateRequest body) {
        return staff.update(id, body, caller.staffId());
    }

    @POST
    @Path("/{id}/password")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "Done")
    @Operation(summary = "Set a new password for a staff account; ends its sessions and clears a lock-out")
    @APIResponse(responseCode = "404", description = "no such staff account")
    public void resetPassword(@PathParam("id") String id,
            @Valid @NotNull(message = "请求体不能为空 / body is required") PasswordRequest body) {
        staff.resetPassword(id, body.password());
    }
}
