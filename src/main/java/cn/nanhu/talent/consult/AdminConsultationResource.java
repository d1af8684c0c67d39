package cn.nanhu.talent.consult;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.consult.ConsultDtos.AssignRequest;
import cn.nanhu.talent.consult.ConsultDtos.MessageRequest;
import cn.nanhu.talent.consult.ConsultDtos.StaffTicketView;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import io.quarkus.security.identity.SecurityIdentity;
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

/** Consultations as service staff answer them and admins oversee them. */
@Path("/api/v1/admin/consultations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SERVICE, Roles.ADMIN})
@Tag(name = "Consultations (staff)")
public class AdminConsultationResource {

    private static final String BODY_REQUIRED = "请求体不能为空 / body is required";

    private final StaffConsultations consultations;
    private final CurrentAccount caller;
    private final SecurityIdentity identity;

    public AdminConsultationResource(StaffConsultations consultations, CurrentAccount caller, SecurityIdentity identity) {
        this.consultations = consultations;
        this.caller = caller;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Consultations, newest activity first: SERVICE sees its own (assignee=me), ADMIN all or by assignee (a staff id, me, none); status=OPEN|ANSWERED|CLOSED; overdue=true")
    public Page<StaffTicketView> list(@QueryParam("assignee") String assignee, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue, @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return consultations.list(caller.staffId(), isAdmin(), assignee, status, overdue, PageRequest.of(cursor, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A consultation with its messages, due time and the asker masked; SERVICE only its own (404 otherwise)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffTicketView.class)))
    @APIResponse(responseCode = "404", description = "no such consultation (for SERVICE: none assigned to the caller)")
    public StaffTicketView get(@PathParam("id") String id) {
        return consultations.get(caller.staffId(), isAdmin(), id);
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a consultation (its assignee or an admin); the asker is notified; 409 when closed")
    @APIResponse(responseCode = "200", description = "answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffTicketView.class)))
    @APIResponse(responseCode = "404", description = "no such consultation (for SERVICE: none assigned to the caller)")
    @APIResponse(responseCode = "409", description = "the consultation is closed")
    public StaffTicketView reply(@PathParam("id") String id, @Valid @NotNull(message = BODY_REQUIRED) MessageRequest body) {
        return consultations.reply(caller.staffId(), isAdmin(), id, body.content());
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Assign a consultation to an enabled SERVICE staff member")
    @APIResponse(responseCode = "200", description = "assigned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffTicketView.class)))
    @APIResponse(responseCode = "404", description = "no such consultation (for SERVICE: none assigned to the caller)")
    public StaffTicketView assign(@PathParam("id") String id, @Valid @NotNull(message = BODY_REQUIRED) AssignRequest body) {
        return consultations.assign(caller.staffId(), id, body.staffId());
    }

    private boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
