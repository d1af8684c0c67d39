package cn.nanhu.talent.consult;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.consult.ConsultDtos.MessageRequest;
import cn.nanhu.talent.consult.ConsultDtos.OpenRequest;
import cn.nanhu.talent.consult.ConsultDtos.RatingRequest;
import cn.nanhu.talent.consult.ConsultDtos.TicketView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Consultations (求职咨询) as seekers and employers ask them. */
@Path("/api/v1/consultations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SEEKER, Roles.EMPLOYER})
@Tag(name = "Consultations")
public class ConsultationResource {

    private static final String BODY_REQUIRED = "请求体不能为空 / body is required";

    private final ConsultationService consultations;
    private final CurrentAccount caller;

    public ConsultationResource(ConsultationService consultations, CurrentAccount caller) {
        this.consultations = consultations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Open a consultation; asEmployer=true opens it for the caller's employer (403 unless an active member) and sends it to the dedicated HR")
    @APIResponse(responseCode = "201", description = "opened, waiting for staff",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    public TicketView open(@Valid @NotNull(message = BODY_REQUIRED) OpenRequest body) {
        return consultations.open(caller.userId(), body);
    }

    @GET
    @Operation(summary = "The caller's consultations and those of the caller's employer, newest activity first")
    public Page<TicketView> list(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return consultations.list(caller.userId(), PageRequest.of(cursor, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A consultation with its messages; marks staff replies read")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "404", description = "no such consultation of the caller's (or of the caller's employer's)")
    public TicketView get(@PathParam("id") String id) {
        return consultations.get(caller.userId(), id);
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write to a consultation; an answered one waits for staff again; 409 when closed")
    @APIResponse(responseCode = "200", description = "written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "404", description = "no such consultation of the caller's (or of the caller's employer's)")
    @APIResponse(responseCode = "409", description = "the consultation is closed")
    public TicketView write(@PathParam("id") String id, @Valid @NotNull(message = BODY_REQUIRED) MessageRequest body) {
        return consultations.write(caller.userId(), id, body.content());
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close a consultation; 409 when already closed")
    @APIResponse(responseCode = "200", description = "closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "404", description = "no such consultation of the caller's (or of the caller's employer's)")
    @APIResponse(responseCode = "409", description = "the consultation is already closed")
    public TicketView close(@PathParam("id") String id) {
        return consultations.close(caller.userId(), id);
    }

    @POST
    @Path("/{id}/reopen")
    @Operation(summary = "Reopen a consultation within 7 days of closing it; 409 when not closed or closed longer ago")
    @APIResponse(responseCode = "200", description = "reopened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "404", description = "no such consultation of the caller's (or of the caller's employer's)")
    @APIResponse(responseCode = "409", description = "the consultation is not closed, or was closed more than 7 days ago")
    public TicketView reopen(@PathParam("id") String id) {
        return consultations.reopen(caller.userId(), id);
    }

    @POST
    @Path("/{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate the service 1 to 5, once, by the asker, after a staff answer; 409 before an answer or when already rated")
    @APIResponse(responseCode = "200", description = "rated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "404", description = "no such consultation of the caller's (or of the caller's employer's)")
    @APIResponse(responseCode = "409", description = "no staff answer yet, or already rated")
    public TicketView rate(@PathParam("id") String id, @Valid @NotNull(message = BODY_REQUIRED) RatingRequest body) {
        return consultations.rate(caller.userId(), id, body);
    }
}
