package cn.nanhu.talent.fair;

import cn.nanhu.talent.fair.FairDtos.Signup;
import cn.nanhu.talent.fair.FairDtos.TicketView;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The caller's fair tickets. */
@Path("/api/v1/seeker/fairs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SEEKER)
@Tag(name = "Fairs")
public class SeekerFairResource {

    private final FairTickets tickets;
    private final CurrentAccount caller;

    public SeekerFairResource(FairTickets tickets, CurrentAccount caller) {
        this.tickets = tickets;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/signup")
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "a ticket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Signup.class)))
    @Operation(summary = "Sign up for a published fair: one ticket each (409), never over capacity (409)")
    @APIResponse(responseCode = "404", description = "no such fair")
    @APIResponse(responseCode = "409", description = "the fair does not take sign-ups in its status, the caller already has a ticket, or it is full")
    public Signup signup(@PathParam("id") String fairId) {
        return tickets.signup(caller.userId(), fairId);
    }

    @GET
    @Path("/tickets")
    @Operation(summary = "The caller's tickets, newest first")
    public List<TicketView> mine() {
        return tickets.mine(caller.userId());
    }

    @GET
    @Path("/tickets/{id}/qrcode")
    @Produces("image/png")
    @Operation(summary = "The mini-program code (PNG) of one of the caller's tickets, for the door")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "no such ticket of the caller's")
    public byte[] code(@PathParam("id") String id) {
        return tickets.code(caller.userId(), id);
    }
}
