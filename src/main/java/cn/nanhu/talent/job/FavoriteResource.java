package cn.nanhu.talent.job;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.job.JobDtos.FavoriteView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/** The caller's saved jobs. */
@Path("/api/v1/me/favorites")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SEEKER)
@Tag(name = "Favorites")
public class FavoriteResource {

    private final Favorites favorites;
    private final CurrentAccount caller;

    public FavoriteResource(Favorites favorites, CurrentAccount caller) {
        this.favorites = favorites;
        this.caller = caller;
    }

    @PUT
    @Path("/{jobId}")
    @ResponseStatus(204)
    @Operation(summary = "Save a published job (idempotent)")
    @APIResponse(responseCode = "204", description = "saved (or it already was)")
    @APIResponse(responseCode = "404", description = "no such published job")
    public void add(@PathParam("jobId") String jobId) {
        favorites.add(caller.userId(), jobId);
    }

    @DELETE
    @Path("/{jobId}")
    @ResponseStatus(204)
    @Operation(summary = "Forget a saved job (idempotent)")
    public void remove(@PathParam("jobId") String jobId) {
        favorites.remove(caller.userId(), jobId);
    }

    @GET
    @Operation(summary = "Saved jobs, newest first; jobs no longer open show their status")
    public Page<FavoriteView> list(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return favorites.list(caller.userId(), PageRequest.of(cursor, size));
    }
}
