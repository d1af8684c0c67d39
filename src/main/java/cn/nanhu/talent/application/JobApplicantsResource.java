package cn.nanhu.talent.application;

import cn.nanhu.talent.application.ApplicationDtos.ApplicantSummary;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The applicants of one job. Its own class, because the path lies under the jobs resource's
 * ({@code /api/v1/employer/jobs}) and the most specific class path wins the match.
 */
@Path("/api/v1/employer/jobs/{id}/applications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYER)
@Tag(name = "Employer applications")
public class JobApplicantsResource {

    private final EmployerApplications applications;
    private final CurrentAccount caller;

    public JobApplicantsResource(EmployerApplications applications, CurrentAccount caller) {
        this.applications = applications;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Applicants of one of the caller's employer's jobs, newest first, optionally of one status; contact details masked")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "no such job, or not the caller's employer's")
    public Page<ApplicantSummary> list(@PathParam("id") String jobId, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return applications.forJob(caller.userId(), jobId, status, PageRequest.of(cursor, size));
    }
}
