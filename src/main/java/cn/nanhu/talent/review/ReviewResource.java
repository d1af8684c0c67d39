package cn.nanhu.talent.review;

import cn.nanhu.talent.common.Params;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.review.ReviewDtos.DecisionRequest;
import cn.nanhu.talent.review.ReviewDtos.ReasonTemplate;
import cn.nanhu.talent.review.ReviewDtos.ReviewItemDetail;
import cn.nanhu.talent.review.ReviewDtos.ReviewItemView;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The review queue, for reviewers (and admins, who can do everything a reviewer can). */
@Path("/api/v1/admin/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REVIEWER", "ADMIN"})
@Tag(name = "Review")
public class ReviewResource {

    private final ReviewQueue queue;
    private final CurrentAccount caller;

    public ReviewResource(ReviewQueue queue, CurrentAccount caller) {
        this.queue = queue;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Review items of a kind and status (default PENDING), oldest first")
    public Page<ReviewItemView> list(@QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return queue.list(Params.enumValue(ReviewKind.class, "kind", kind, null),
                Params.enumValue(ReviewItem.Status.class, "status", status, ReviewItem.Status.PENDING), PageRequest.of(cursor, size));
    }

    @GET
    @Path("/reason-templates")
    @Operation(summary = "Ready-made rejection reasons, optionally for one kind")
    public List<ReasonTemplate> templates(@QueryParam("kind") String kind) {
        return ReasonTemplates.forKind(Params.enumValue(ReviewKind.class, "kind", kind, null));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One review item with the details of its subject")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewItemDetail.class)))
    @APIResponse(responseCode = "404", description = "no such review item")
    public ReviewItemDetail detail(@PathParam("id") String id) {
        return queue.detail(id);
    }

    @POST
    @Path("/{id}/claim")
    @Operation(summary = "Take an item for 30 minutes so no other reviewer works on it")
    @APIResponse(responseCode = "200", description = "claimed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewItemView.class)))
    @APIResponse(responseCode = "404", description = "no such review item")
    @APIResponse(responseCode = "409", description = "another reviewer holds the item, or it was already decided")
    public ReviewItemView claim(@PathParam("id") String id) {
        return queue.claim(id, caller.staffId());
    }

    @POST
    @Path("/{id}/release")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "Done")
    @APIResponse(responseCode = "404", description = "no such review item")
    @APIResponse(responseCode = "409", description = "another reviewer holds the item, or it was already decided")
    @Operation(summary = "Give a claimed item back to the queue")
    public void release(@PathParam("id") String id) {
        queue.release(id, caller.staffId());
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject; a stale version gets 409 and every decision is audited")
    @APIResponse(responseCode = "200", description = "decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewItemView.class)))
    @APIResponse(responseCode = "404", description = "no such review item")
    @APIResponse(responseCode = "409", description = "someone decided first, the copy is stale, or another reviewer holds the item")
    public ReviewItemView decide(@PathParam("id") String id,
            @Valid @NotNull(message = "请求体不能为空 / body is required") DecisionRequest body) {
        return queue.decide(id, body, caller.staffId());
    }

}
