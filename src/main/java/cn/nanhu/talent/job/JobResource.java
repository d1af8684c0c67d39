package cn.nanhu.talent.job;

import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.job.JobDtos.JobDetail;
import cn.nanhu.talent.job.JobDtos.JobSummary;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Event;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public job search and job pages; anyone may look, signed in or not. */
@Path("/api/v1/jobs")
@PermitAll
@Tag(name = "Jobs")
public class JobResource {

    private final JobSearch search;
    private final JobBoard board;
    private final Event<JobViewedThroughChannel> viewedThroughChannel;

    public JobResource(JobSearch search, JobBoard board, Event<JobViewedThroughChannel> viewedThroughChannel) {
        this.search = search;
        this.board = board;
        this.viewedThroughChannel = viewedThroughChannel;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search published jobs; district, occupation and industry include what lies under them; sort=relevance|newest|salary")
    public Page<JobSummary> search(@QueryParam("q") String q, @QueryParam("district") String district,
            @QueryParam("occupation") String occupation, @QueryParam("industry") String industry,
            @QueryParam("salaryMin") String salaryMin, @QueryParam("education") String education,
            @QueryParam("jobType") String jobType, @QueryParam("sort") String sort, @QueryParam("fair") String fair,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        var criteria = new JobSearch.Criteria(q, district, occupation, industry, JobSearch.salaryParam(salaryMin), education, jobType, sort, fair);
        return search.search(criteria, PageRequest.of(cursor, size));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A published job with its employer and badges; each call counts one view, and with ch=<channel code> one view through that partner channel (an unknown code is ignored)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobDetail.class)))
    @APIResponse(responseCode = "404", description = "no such published job")
    public JobDetail get(@PathParam("id") String id, @QueryParam("ch") String channel) {
        JobDetail detail = board.view(id);
        if (channel != null && !channel.isBlank()) {
            viewedThroughChannel.fire(new JobViewedThroughChannel(detail.id(), channel.strip()));
        }
        return detail;
    }

    @GET
    @Path("/{id}/qrcode")
    @Produces("image/png")
    @Operation(summary = "The mini-program code (PNG) that opens this job")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "no such published job")
    public byte[] qrCode(@PathParam("id") String id) {
        return board.qrCode(id);
    }
}
