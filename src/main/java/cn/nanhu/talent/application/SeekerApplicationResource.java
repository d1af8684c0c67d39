package cn.nanhu.talent.application;

import cn.nanhu.talent.application.ApplicationDtos.ApplyRequest;
import cn.nanhu.talent.application.ApplicationDtos.Created;
import cn.nanhu.talent.application.ApplicationDtos.InterviewView;
import cn.nanhu.talent.application.ApplicationDtos.RespondRequest;
import cn.nanhu.talent.application.ApplicationDtos.ResumeAccessView;
import cn.nanhu.talent.application.ApplicationDtos.SeekerApplicationDetail;
import cn.nanhu.talent.application.ApplicationDtos.SeekerApplicationView;
import cn.nanhu.talent.application.ApplicationDtos.WithdrawRequest;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's own applications and interview invitations, and who opened their résumé. */
@Path("/api/v1/seeker")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SEEKER)
@Tag(name = "Seeker applications")
public class SeekerApplicationResource {

    private final ApplicationService applications;
    private final Interviews interviews;
    private final ResumeAccessLog accessLog;
    private final CurrentAccount caller;

    public SeekerApplicationResource(ApplicationService applications, Interviews interviews, ResumeAccessLog accessLog,
            CurrentAccount caller) {
        this.applications = applications;
        this.interviews = interviews;
        this.accessLog = accessLog;
        this.caller = caller;
    }

    @POST
    @Path("/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply to a published job with the current registration; a repeated Idempotency-Key replays the first answer;"
            + " ch=<channel code> counts the application for that partner channel (an unknown code is ignored)")
    @APIResponse(responseCode = "201", description = "applied (or the replay of an earlier identical request, with Idempotent-Replayed: true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "404", description = "no such published job (or fair)")
    @APIResponse(responseCode = "409", description = "already applied, or the employer is blocked")
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for a different request")
    @APIResponse(responseCode = "428", description = "no registration yet, or the privacy policy must be agreed to again")
    @APIResponse(responseCode = "429", description = "the daily cap is reached; Retry-After says until midnight")
    public RestResponse<Created> apply(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @QueryParam("ch") String channel,
            @Valid @NotNull(message = "请求体不能为空 / body is required") ApplyRequest body) {
        ApplicationService.Applied applied = applications.apply(caller.userId(), body.jobId(), body.fairId(), idempotencyKey, channel);
        var response = RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, applied.body());
        if (applied.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @Path("/applications")
    @Operation(summary = "The caller's applications, newest first, optionally of one status")
    public Page<SeekerApplicationView> list(@QueryParam("status") String status, @QueryParam("cursor") String cursor,
            @QueryParam("size") String size) {
        return applications.list(caller.userId(), status, PageRequest.of(cursor, size));
    }

    @GET
    @Path("/applications/{id}")
    @Operation(summary = "One of the caller's applications, with its history and interviews")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeekerApplicationDetail.class)))
    @APIResponse(responseCode = "404", description = "no such application among the caller's")
    public SeekerApplicationDetail get(@PathParam("id") String id) {
        return applications.get(caller.userId(), id);
    }

    @POST
    @Path("/applications/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw an application before being hired; 409 once it is final")
    @APIResponse(responseCode = "200", description = "withdrawn", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeekerApplicationDetail.class)))
    @APIResponse(responseCode = "404", description = "no such application among the caller's")
    @APIResponse(responseCode = "409", description = "the application is already final")
    public SeekerApplicationDetail withdraw(@PathParam("id") String id, @Valid WithdrawRequest body) {
        return applications.withdraw(caller.userId(), id, body == null ? null : body.reason());
    }

    @POST
    @Path("/interviews/{id}/respond")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept or decline an interview invitation, once; accepting shows the caller's contact details to the employer")
    @APIResponse(responseCode = "200", description = "answered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "404", description = "no such interview invitation to the caller")
    @APIResponse(responseCode = "409", description = "the invitation is already answered, or no longer open")
    public InterviewView respond(@PathParam("id") String id,
            @Valid @NotNull(message = "请求体不能为空 / body is required") RespondRequest body) {
        return interviews.respond(caller.userId(), id, body.accept(), body.note());
    }

    @GET
    @Path("/resume-views")
    @Operation(summary = "Which employers opened the caller's résumé or contact details, when and why, newest first")
    public Page<ResumeAccessView> resumeViews(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return accessLog.forSeeker(caller.userId(), PageRequest.of(cursor, size));
    }
}
