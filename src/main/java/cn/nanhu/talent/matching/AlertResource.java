package cn.nanhu.talent.matching;

import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.matching.AlertDtos.AlertRequest;
import cn.nanhu.talent.matching.AlertDtos.AlertView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** The caller's job alerts (职位订阅). */
@Path("/api/v1/seeker/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SEEKER)
@Tag(name = "Matching")
public class AlertResource {

    private final Alerts alerts;
    private final CurrentAccount caller;

    public AlertResource(Alerts alerts, CurrentAccount caller) {
        this.alerts = alerts;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.class)))
    @Operation(summary = "Save a job alert: criteria or likeProfile, delivered once a day at sendHour (China time); at most 5 (409)")
    @APIResponse(responseCode = "409", description = "the caller already has as many alerts as allowed")
    public AlertView create(@Valid @NotNull(message = "请求体不能为空 / body is required") AlertRequest body) {
        return alerts.create(caller.userId(), body);
    }

    @GET
    @Operation(summary = "The caller's job alerts")
    public List<AlertView> list() {
        return alerts.list(caller.userId());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the caller's job alerts")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "404", description = "no such alert of the caller's")
    public AlertView get(@PathParam("id") String id) {
        return alerts.get(caller.userId(), id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a job alert (also to pause it: enabled=false)")
    @APIResponse(responseCode = "200", description = "saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "404", description = "no such alert of the caller's")
    public AlertView update(@PathParam("id") String id, @Valid @NotNull(message = "请求体不能为空 / body is required") AlertRequest body) {
        return alerts.update(caller.userId(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "deleted")
    @Operation(summary = "Delete a job alert")
    @APIResponse(responseCode = "404", description = "no such alert of the caller's")
    public void delete(@PathParam("id") String id) {
        alerts.delete(caller.userId(), id);
    }
}
