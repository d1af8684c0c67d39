package cn.nanhu.talent.service;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.service.DelegatedDtos.AcceptRequest;
import cn.nanhu.talent.service.DelegatedDtos.Claimed;
import cn.nanhu.talent.service.DelegatedDtos.Declined;
import cn.nanhu.talent.service.DelegatedDtos.SeekerView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** A seeker's side of 委托登记: the registrations staff made for the phone they bound, to accept or decline. */
@Path("/api/v1/seeker/delegated-registrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SEEKER)
@Tag(name = "Seeker profile")
public class SeekerDelegatedRegistrationResource {

    private final DelegatedClaims registrations;
    private final CurrentAccount caller;

    public SeekerDelegatedRegistrationResource(DelegatedClaims registrations, CurrentAccount caller) {
        this.registrations = registrations;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Registrations staff made for the caller's bound phone (none without one): who made them, when, and their fields")
    public Page<SeekerView> list(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return registrations.forSeeker(caller.userId(), PageRequest.of(cursor, size));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make it the caller's 求职登记; 428 without consent to the privacy policy in force, 409 once accepted or declined")
    @APIResponse(responseCode = "200", description = "accepted: the registration is the caller's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Claimed.class)))
    @APIResponse(responseCode = "404", description = "no such registration for the caller's phone")
    @APIResponse(responseCode = "409", description = "the registration was already accepted, declined or erased")
    @APIResponse(responseCode = "428", description = "consentVersion is not the current privacy policy version")
    public Claimed accept(@PathParam("id") String id, @Valid @NotNull(message = "请求体不能为空 / body is required") AcceptRequest body) {
        return registrations.accept(caller.userId(), id, body.consentVersion());
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Discard it: its personal fields are erased; 409 once accepted or declined")
    @APIResponse(responseCode = "200", description = "declined and erased",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Declined.class)))
    @APIResponse(responseCode = "404", description = "no such registration for the caller's phone")
    @APIResponse(responseCode = "409", description = "the registration was already accepted, declined or erased")
    public Declined decline(@PathParam("id") String id) {
        return registrations.decline(caller.userId(), id);
    }
}
