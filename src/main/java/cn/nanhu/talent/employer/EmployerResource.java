package cn.nanhu.talent.employer;

import cn.nanhu.talent.employer.EmployerDtos.Created;
import cn.nanhu.talent.employer.EmployerDtos.EmployerRequest;
import cn.nanhu.talent.employer.EmployerDtos.EmployerView;
import cn.nanhu.talent.employer.EmployerDtos.PublicEmployer;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Real-name registration of employers, and their public profiles. */
@Path("/api/v1/employers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employers")
public class EmployerResource {

    private final EmployerService employers;
    private final CurrentAccount caller;

    public EmployerResource(EmployerService employers, CurrentAccount caller) {
        this.employers = employers;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.SEEKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "Registered, waiting for review", content = @Content(mediaType = "application/json", schema = @Schema(implementation = Created.class)))
    @Operation(summary = "Register a company by its real name; it waits for review as PENDING and the caller becomes its owner")
    @APIResponse(responseCode = "409", description = "the caller already belongs to an employer, or the credit code is registered")
    public Created register(@Valid @NotNull(message = "请求体不能为空 / body is required") EmployerRequest body) {
        return employers.register(caller.userId(), body);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.SEEKER)
    @Operation(summary = "The caller's employer, with its status and the reason of a rejection")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "404", description = "the caller has not registered an employer")
    public EmployerView mine() {
        return employers.mine(caller.userId());
    }

    @PUT
    @Path("/mine")
    @RolesAllowed(Roles.SEEKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a pending or rejected registration and queue it for review again (owner only)")
    @APIResponse(responseCode = "200", description = "resubmitted for review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerView.class)))
    @APIResponse(responseCode = "404", description = "the caller has not registered an employer")
    @APIResponse(responseCode = "409", description = "a verified employer changes its details through its dedicated HR, or the credit code is registered")
    public EmployerView resubmit(@Valid @NotNull(message = "请求体不能为空 / body is required") EmployerRequest body) {
        return employers.resubmit(caller.userId(), body);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Public profile of an approved employer with its badges (VERIFIED, ABOVE_DESIGNATED_SIZE)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicEmployer.class)))
    @APIResponse(responseCode = "404", description = "no such verified employer")
    public PublicEmployer profile(@PathParam("id") String id) {
        return employers.publicProfile(id);
    }
}
