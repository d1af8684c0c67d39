package cn.nanhu.talent.seeker;

import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.seeker.SeekerDtos.BlockView;
import cn.nanhu.talent.seeker.SeekerDtos.ProfileRequest;
import cn.nanhu.talent.seeker.SeekerDtos.ProfileView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

/** The caller's own registration (求职登记), and the employers they block. */
@Path("/api/v1/seeker")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SEEKER)
@Tag(name = "Seeker profile")
public class SeekerResource {

    private final SeekerService seekers;
    private final Blocks blocks;
    private final CurrentAccount caller;

    public SeekerResource(SeekerService seekers, Blocks blocks, CurrentAccount caller) {
        this.seekers = seekers;
        this.blocks = blocks;
        this.caller = caller;
    }

    @PUT
    @Path("/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the caller's registration; 428 without consent to the current privacy policy")
    @APIResponse(responseCode = "428", description = "consentVersion missing or not the current privacy policy version")
    @APIResponse(responseCode = "200", description = "saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileView.class)))
    public ProfileView put(@Valid @NotNull(message = "请求体不能为空 / body is required") ProfileRequest body) {
        return seekers.put(caller.userId(), body);
    }

    @GET
    @Path("/profile")
    @Operation(summary = "The caller's registration, with its completeness; the ID number only masked")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "404", description = "no registration yet")
    public ProfileView get() {
        return seekers.get(caller.userId());
    }

    @GET
    @Path("/blocks")
    @Operation(summary = "Employers the caller blocked, newest first")
    public List<BlockView> blocks() {
        return blocks.list(caller.userId());
    }

    @PUT
    @Path("/blocks/{employerId}")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "blocked")
    @APIResponse(responseCode = "404", description = "no such employer")
    @APIResponse(responseCode = "409", description = "the caller already blocks as many employers as allowed")
    @Operation(summary = "Block an employer: it never finds the caller and no longer sees the caller's applications (idempotent)")
    public void block(@PathParam("employerId") String employerId) {
        blocks.block(caller.userId(), employerId);
    }

    @DELETE
    @Path("/blocks/{employerId}")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "unblocked")
    @Operation(summary = "Unblock an employer (idempotent)")
    public void unblock(@PathParam("employerId") String employerId) {
        blocks.unblock(caller.userId(), employerId);
    }
}
