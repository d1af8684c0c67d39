package cn.nanhu.talent.matching;

import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.matching.MatchingDtos.RecommendationList;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Jobs recommended to the caller from their registration. */
@Path("/api/v1/seeker/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SEEKER)
@Tag(name = "Matching")
public class RecommendationResource {

    static final int DEFAULT_SIZE = 10;
    static final int MAX_SIZE = 50;

    private final Recommendations recommendations;
    private final CurrentAccount caller;

    public RecommendationResource(Recommendations recommendations, CurrentAccount caller) {
        this.recommendations = recommendations;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The best open jobs for the caller's registration, each with a score 0..100 and reasons; 428 without a registration")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationList.class)))
    @APIResponse(responseCode = "428", description = "no registration yet")
    public RecommendationList list(@QueryParam("size") String size) {
        int n = Math.min(MAX_SIZE, PageRequest.parseSize(size, DEFAULT_SIZE));
        return new RecommendationList(recommendations.forSeeker(caller.userId(), n));
    }
}
