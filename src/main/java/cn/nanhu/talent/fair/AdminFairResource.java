package cn.nanhu.talent.fair;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.fair.FairDtos.CheckinRequest;
import cn.nanhu.talent.fair.FairDtos.CheckinView;
import cn.nanhu.talent.fair.FairDtos.Created;
import cn.nanhu.talent.fair.FairDtos.FairRequest;
import cn.nanhu.talent.fair.FairDtos.FairStats;
import cn.nanhu.talent.fair.FairDtos.FairView;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
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

/** Fairs as admins run them; service staff check tickets in at the door. */
@Path("/api/v1/admin/fairs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Fairs")
public class AdminFairResource {

    private final FairService fairs;
    private final FairTickets tickets;
    private final CurrentAccount caller;

    public AdminFairResource(FairService fairs, FairTickets tickets, CurrentAccount caller) {
        this.fairs = fairs;
        this.tickets = tickets;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "created as a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @Operation(summary = "Create a fair as a draft; OFFLINE fairs need a venue and a district")
    public Created create(@Valid @NotNull(message = "请求体不能为空 / body is required") FairRequest body) {
        return fairs.create(caller.staffId(), body);
    }

    @GET
    @Operation(summary = "Every fair, drafts too, newest first")
    public Page<FairView> list(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return fairs.all(PageRequest.of(cursor, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A fair, drafts too")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FairView.class)))
    @APIResponse(responseCode = "404", description = "no such fair")
    public FairView get(@PathParam("id") String id) {
        return fairs.get(id, true);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a fair that has not started; 409 once it is under way, over or cancelled")
    @APIResponse(responseCode = "200", description = "replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FairView.class)))
    @APIResponse(responseCode = "404", description = "no such fair")
    @APIResponse(responseCode = "409", description = "the fair can no longer be changed in its status")
    public FairView update(@PathParam("id") String id, @Valid @NotNull(message = "请求体不能为空 / body is required") FairRequest body) {
        return fairs.update(caller.staffId(), id, body);
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publish a draft; 409 for anything else")
    @APIResponse(responseCode = "200", description = "published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FairView.class)))
    @APIResponse(responseCode = "404", description = "no such fair")
    @APIResponse(responseCode = "409", description = "only a draft that is not over can be published")
    public FairView publish(@PathParam("id") String id) {
        return fairs.publish(id);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a fair that has not ended")
    @APIResponse(responseCode = "200", description = "cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FairView.class)))
    @APIResponse(responseCode = "404", description = "no such fair")
    @APIResponse(responseCode = "409", description = "the fair cannot be cancelled in its status")
    public FairView cancel(@PathParam("id") String id) {
        return fairs.cancel(id);
    }

    @GET
    @Path("/{id}/stats")
    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "The fair's figures: employers, jobs, tickets, check-ins, applications made from the fair")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FairStats.class)))
    @APIResponse(responseCode = "404", description = "no such fair")
    public FairStats stats(@PathParam("id") String id) {
        return fairs.stats(id);
    }

    @POST
    @Path("/{id}/checkins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SERVICE})
    @Operation(summary = "Check a ticket in at the door, once (a second time is 409); open from two hours before the start to the end")
    @APIResponse(responseCode = "200", description = "checked in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckinView.class)))
    @APIResponse(responseCode = "404", description = "no such fair, or no such ticket for it")
    @APIResponse(responseCode = "409", description = "check-in is not open now, or the ticket is already checked in")
    public CheckinView checkin(@PathParam("id") String id, @Valid @NotNull(message = "请求体不能为空 / body is required") CheckinRequest body) {
        return tickets.checkin(caller.staffId(), id, body.ticketCode());
    }
}
