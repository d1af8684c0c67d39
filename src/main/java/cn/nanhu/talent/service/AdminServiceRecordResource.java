package cn.nanhu.talent.service;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.service.ServiceDtos.Created;
import cn.nanhu.talent.service.ServiceDtos.RecordRequest;
import cn.nanhu.talent.service.ServiceDtos.RecordUpdate;
import cn.nanhu.talent.service.ServiceDtos.RecordView;
import cn.nanhu.talent.service.ServiceDtos.Summary;
import io.quarkus.security.identity.SecurityIdentity;
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
import org.jboss.resteasy.reactive.ResponseStatus;

/** The service log (服务记录) of the dedicated HRs: each writes and reads their own; admins read everyone's. */
@Path("/api/v1/admin/service-records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SERVICE, Roles.ADMIN})
@Tag(name = "Service records")
public class AdminServiceRecordResource {

    private final ServiceRecords records;
    private final ServiceLog log;
    private final ServiceSummaries summaries;
    private final CurrentAccount caller;
    private final SecurityIdentity identity;

    public AdminServiceRecordResource(ServiceRecords records, ServiceLog log, ServiceSummaries summaries, CurrentAccount caller,
            SecurityIdentity identity) {
        this.records = records;
        this.log = log;
        this.summaries = summaries;
        this.caller = caller;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "logged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @Operation(summary = "Log a service to exactly one of an employer (a dedicated HR: only their own, else 404) or a registered seeker")
    @APIResponse(responseCode = "404", description = "no such employer among those the caller serves, or no such registered seeker")
    public Created create(@Valid @NotNull(message = "请求体不能为空 / body is required") RecordRequest body) {
        return records.create(staff(), body);
    }

    @GET
    @Operation(summary = "The service log, newest service first: a dedicated HR their own (another staffId is 403), an admin anyone's; by staff, employer, seeker and dates (China, inclusive)")
    public Page<RecordView> list(@QueryParam("staffId") String staffId, @QueryParam("employerId") String employerId,
            @QueryParam("seekerUserId") String seekerUserId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return log.list(staff(), staffId, employerId, seekerUserId, from, to, PageRequest.of(cursor, size));
    }

    @GET
    @Path("/follow-ups")
    @Operation(summary = "The caller's follow-ups due on or before a date (today in China by default) and not done, oldest first")
    public Page<RecordView> followUps(@QueryParam("due") String due, @QueryParam("cursor") String cursor,
            @QueryParam("size") String size) {
        return log.followUps(staff(), due, PageRequest.of(cursor, size));
    }

    @POST
    @Path("/{id}/follow-up-done")
    @Operation(summary = "Mark the follow-up of one of the caller's records done; 409 without a follow-up or when already done")
    @APIResponse(responseCode = "200", description = "done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordView.class)))
    @APIResponse(responseCode = "404", description = "no such service record")
    @APIResponse(responseCode = "409", description = "the record has no follow-up, or it is already done")
    public RecordView followUpDone(@PathParam("id") String id) {
        return records.followUpDone(staff(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct one of the caller's records within 24 hours of writing it (409 after); audit-logged. Records are never deleted")
    @APIResponse(responseCode = "200", description = "changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordView.class)))
    @APIResponse(responseCode = "404", description = "no such service record")
    @APIResponse(responseCode = "409", description = "a record can only be edited within 24 hours")
    public RecordView update(@PathParam("id") String id, @Valid @NotNull(message = "请求体不能为空 / body is required") RecordUpdate body) {
        return records.update(staff(), id, body);
    }

    @GET
    @Path("/summary")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Per staff member: records by channel and the distinct employers and seekers served, between two dates (China, inclusive, either open)")
    public Summary summary(@QueryParam("from") String from, @QueryParam("to") String to) {
        return summaries.summary(from, to);
    }

    private Staff staff() {
        return new Staff(caller.staffId(), identity.hasRole(Roles.ADMIN));
    }
}
