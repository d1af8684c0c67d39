package cn.nanhu.talent.fair;

import cn.nanhu.talent.fair.FairDtos.Created;
import cn.nanhu.talent.fair.FairDtos.RegistrationRequest;
import cn.nanhu.talent.fair.FairDtos.RegistrationView;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The caller's employer's fair registrations. */
@Path("/api/v1/employer/fairs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYER)
@Tag(name = "Fairs")
public class EmployerFairResource {

    private final FairRegistrations registrations;
    private final CurrentAccount caller;

    public EmployerFairResource(FairRegistrations registrations, CurrentAccount caller) {
        this.registrations = registrations;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "registered; waits for review as PENDING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @Operation(summary = "Register for a fair with some of the employer's published jobs; reviewed as FAIR_REGISTRATION")
    @APIResponse(responseCode = "404", description = "no such fair")
    @APIResponse(responseCode = "409", description = "the fair does not take registrations in its status, or the caller's employer already registered")
    public Created register(@PathParam("id") String fairId,
            @Valid @NotNull(message = "请求体不能为空 / body is required") RegistrationRequest body) {
        return registrations.register(caller.userId(), fairId, body.jobIds());
    }

    @GET
    @Path("/registrations")
    @Operation(summary = "The employer's fair registrations with their status and any rejection reason")
    public List<RegistrationView> mine() {
        return registrations.mine(caller.userId());
    }
}
