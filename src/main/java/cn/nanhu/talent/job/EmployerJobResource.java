package cn.nanhu.talent.job;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.job.JobDtos.Created;
import cn.nanhu.talent.job.JobDtos.EmployerJobView;
import cn.nanhu.talent.job.JobDtos.JobRequest;
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

/** An employer's own job posts. Ownership is checked in {@link JobService}. */
@Path("/api/v1/employer/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYER)
@Tag(name = "Employer jobs")
public class EmployerJobResource {

    private final JobService jobs;
    private final CurrentAccount caller;

    public EmployerJobResource(JobService jobs, CurrentAccount caller) {
        this.jobs = jobs;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Post a job; it is content-checked and waits for review as PENDING_REVIEW")
    @APIResponse(responseCode = "201", description = "posted, waiting for review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    public Created create(@Valid @NotNull(message = "请求体不能为空 / body is required") JobRequest body) {
        return jobs.create(caller.userId(), body);
    }

    @GET
    @Operation(summary = "The caller's employer's jobs, newest first, optionally of one status")
    public Page<EmployerJobView> list(@QueryParam("status") String status, @QueryParam("cursor") String cursor,
            @QueryParam("size") String size) {
        return jobs.list(caller.userId(), status, PageRequest.of(cursor, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's employer's jobs, with its status and any rejection reason")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerJobView.class)))
    @APIResponse(responseCode = "404", description = "no such job, or not the caller's employer's")
    public EmployerJobView get(@PathParam("id") String id) {
        return jobs.get(caller.userId(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a job; substantive edits of a published job, and edits of a draft or rejected one, go to review")
    @APIResponse(responseCode = "200", description = "edited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerJobView.class)))
    @APIResponse(responseCode = "404", description = "no such job, or not the caller's employer's")
    @APIResponse(responseCode = "409", description = "the job is closed or expired")
    public EmployerJobView update(@PathParam("id") String id,
            @Valid @NotNull(message = "请求体不能为空 / body is required") JobRequest body) {
        return jobs.update(caller.userId(), id, body);
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close a job at once; a closed or expired job gets 409")
    @APIResponse(responseCode = "200", description = "closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerJobView.class)))
    @APIResponse(responseCode = "404", description = "no such job, or not the caller's employer's")
    @APIResponse(responseCode = "409", description = "the job is already closed or expired")
    public EmployerJobView close(@PathParam("id") String id) {
        return jobs.close(caller.userId(), id);
    }
}
