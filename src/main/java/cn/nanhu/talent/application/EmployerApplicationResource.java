package cn.nanhu.talent.application;

import cn.nanhu.talent.application.ApplicationDtos.EmployerApplicationDetail;
import cn.nanhu.talent.application.ApplicationDtos.FullContact;
import cn.nanhu.talent.application.ApplicationDtos.TransitionRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Applications received by the caller's employer. Ownership and masking are in {@link EmployerApplications}. */
@Path("/api/v1/employer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYER)
@Tag(name = "Employer applications")
public class EmployerApplicationResource {

    private final EmployerApplications applications;
    private final CurrentAccount caller;

    public EmployerApplicationResource(EmployerApplications applications, CurrentAccount caller) {
        this.applications = applications;
        this.caller = caller;
    }

    @GET
    @Path("/applications/{id}")
    @Operation(summary = "One application with the profile as sent; the first opening marks it VIEWED; every opening is logged")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerApplicationDetail.class)))
    @APIResponse(responseCode = "404", description = "no such application to one of the caller's jobs")
    public EmployerApplicationDetail get(@PathParam("id") String id) {
        return applications.open(caller.userId(), id);
    }

    @POST
    @Path("/applications/{id}/transition")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an application: VIEWED, INTERVIEW (with interview), OFFER, HIRED or REJECTED (with reason); 409 when not allowed")
    @APIResponse(responseCode = "200", description = "moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerApplicationDetail.class)))
    @APIResponse(responseCode = "404", description = "no such application to one of the caller's jobs")
    @APIResponse(responseCode = "409", description = "the move is not allowed from the application's status")
    public EmployerApplicationDetail transition(@PathParam("id") String id,
            @Valid @NotNull(message = "请求体不能为空 / body is required") TransitionRequest body) {
        return applications.transition(caller.userId(), id, body);
    }

    @GET
    @Path("/applications/{id}/contact")
    @Operation(summary = "The applicant's full contact details, once they accepted an interview (409 before); logged")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FullContact.class)))
    @APIResponse(responseCode = "404", description = "no such application to one of the caller's jobs")
    @APIResponse(responseCode = "409", description = "the applicant has not accepted an interview")
    public FullContact contact(@PathParam("id") String id) {
        return applications.contact(caller.userId(), id);
    }
}
