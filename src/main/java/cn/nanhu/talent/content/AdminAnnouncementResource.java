package cn.nanhu.talent.content;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.content.ContentDtos.AdminView;
import cn.nanhu.talent.content.ContentDtos.AnnouncementRequest;
import cn.nanhu.talent.content.ContentDtos.Created;
import cn.nanhu.talent.content.ContentDtos.PublishRequest;
import cn.nanhu.talent.content.ContentItem.Kind;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Policy announcements (政策公告) as admins write them. Pinning is the {@code pinned} field of PUT. */
@Path("/api/v1/admin/announcements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Content")
public class AdminAnnouncementResource {

    private final ContentService content;
    private final ContentListing listing;
    private final CurrentAccount caller;
    private final ObjectMapper json;

    public AdminAnnouncementResource(ContentService content, ContentListing listing, CurrentAccount caller, ObjectMapper json) {
        this.content = content;
        this.listing = listing;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @APIResponse(responseCode = "201", description = "created as a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @Operation(summary = "Create an announcement as a draft; the HTML is sanitised, files must be the caller's uploads")
    public Created create(@Valid @NotNull(message = "请求体不能为空 / body is required") AnnouncementRequest body) {
        return content.create(caller.staffId(), ContentEdit.of(body));
    }

    @GET
    @Operation(summary = "Every announcement, drafts too, newest first; status=DRAFT|SCHEDULED|PUBLISHED|UNPUBLISHED, category, q")
    public Page<AdminView> list(@QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("q") String q, @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return listing.all(Kind.ANNOUNCEMENT, status, category, q, PageRequest.of(cursor, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An announcement in any status")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdminView.class)))
    @APIResponse(responseCode = "404", description = "no such announcement")
    public AdminView get(@PathParam("id") String id) {
        return content.get(Kind.ANNOUNCEMENT, id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an announcement's fields, pinned included; a stale version is 409")
    @APIResponse(responseCode = "200", description = "replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdminView.class)))
    @APIResponse(responseCode = "404", description = "no such announcement")
    @APIResponse(responseCode = "409", description = "someone else changed it first (stale version)")
    public AdminView update(@PathParam("id") String id, @Valid @NotNull(message = "请求体不能为空 / body is required") AnnouncementRequest body) {
        return content.update(caller.staffId(), Kind.ANNOUNCEMENT, id, ContentEdit.of(body));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Publish (body optional: {publishAt}) a draft or unpublished announcement now, or at a future publishAt (SCHEDULED); 409 otherwise")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishRequest.class)))
    @APIResponse(responseCode = "200", description = "published or scheduled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdminView.class)))
    @APIResponse(responseCode = "404", description = "no such announcement")
    @APIResponse(responseCode = "409", description = "it cannot be published in its status")
    public AdminView publish(@PathParam("id") String id, String body) throws JsonProcessingException {
        return content.publish(caller.staffId(), Kind.ANNOUNCEMENT, id, PublishRequest.from(json, body));
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(summary = "Take a published or scheduled announcement down; 409 otherwise")
    @APIResponse(responseCode = "200", description = "taken down",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdminView.class)))
    @APIResponse(responseCode = "404", description = "no such announcement")
    @APIResponse(responseCode = "409", description = "it is not published or scheduled")
    public AdminView unpublish(@PathParam("id") String id) {
        return content.unpublish(caller.staffId(), Kind.ANNOUNCEMENT, id);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such announcement")
    @APIResponse(responseCode = "409", description = "only a draft can be deleted")
    @Operation(summary = "Delete a draft; 409 for anything ever published")
    public void delete(@PathParam("id") String id) {
        content.delete(caller.staffId(), Kind.ANNOUNCEMENT, id);
    }
}
