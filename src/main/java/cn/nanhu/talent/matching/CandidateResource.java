package cn.nanhu.talent.matching;

import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.matching.MatchingDtos.CandidateList;
import jakarta.annotation.security.RolesAllowed;
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

/** Candidates for one of the caller's employer's jobs. Its own class path, under the jobs resource's, so the most specific wins. */
@Path("/api/v1/employer/jobs/{id}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYER)
@Tag(name = "Matching")
public class CandidateResource {

    private final Candidates candidates;
    private final CurrentAccount caller;

    public CandidateResource(Candidates candidates, CurrentAccount caller) {
        this.candidates = candidates;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Seekers who chose to be found, ranked for this job with a score and reasons; names masked, no contact details")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateList.class)))
    @APIResponse(responseCode = "404", description = "no such job, or not the caller's employer's")
    public CandidateList list(@PathParam("id") String jobId, @QueryParam("size") String size) {
        int n = Math.min(RecommendationResource.MAX_SIZE, PageRequest.parseSize(size, RecommendationResource.DEFAULT_SIZE));
        return new CandidateList(candidates.forJob(caller.userId(), jobId, n));
    }

    @POST
    @Path("/{seekerId}/invite")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "invited; the seeker finds it in the inbox")
    @Operation(summary = "Invite a candidate to apply to this published job; once per job and candidate (409), 100 a day per employer (429)")
    @APIResponse(responseCode = "404", description = "no such job of the caller's employer, or no such candidate")
    @APIResponse(responseCode = "409", description = "the job is not published, or the candidate was already invited to it")
    @APIResponse(responseCode = "429", description = "the employer's invitations for today are used up")
    public void invite(@PathParam("id") String jobId, @PathParam("seekerId") String seekerId) {
        candidates.invite(caller.userId(), jobId, seekerId);
    }
}
