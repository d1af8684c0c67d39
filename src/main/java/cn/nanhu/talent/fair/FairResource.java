package cn.nanhu.talent.fair;

import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.fair.FairDtos.FairView;
import cn.nanhu.talent.job.JobDtos.JobSummary;
import cn.nanhu.talent.job.JobSearch;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
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

/** Published fairs and their jobs, for everyone. */
@Path("/api/v1/fairs")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Fairs")
public class FairResource {

    private final FairService fairs;
    private final JobSearch search;

    public FairResource(FairService fairs, JobSearch search) {
        this.fairs = fairs;
        this.search = search;
    }

    @GET
    @Operation(summary = "Published fairs, soonest first; status=PUBLISHED (upcoming), ONGOING or ENDED")
    public Page<FairView> list(@QueryParam("status") String status, @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return fairs.published(status, PageRequest.of(cursor, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published fair with its status by the clock and the tickets left")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FairView.class)))
    @APIResponse(responseCode = "404", description = "no such published fair")
    public FairView get(@PathParam("id") String id) {
        return fairs.get(id, false);
    }

    @GET
    @Path("/{id}/jobs")
    @Operation(summary = "The jobs of the fair's approved registrations, searchable like /api/v1/jobs")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "no such published fair")
    public Page<JobSummary> jobs(@PathParam("id") String id, @QueryParam("q") String q, @QueryParam("district") String district,
            @QueryParam("occupation") String occupation, @QueryParam("industry") String industry,
            @QueryParam("salaryMin") String salaryMin, @QueryParam("education") String education,
            @QueryParam("jobType") String jobType, @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        FairView fair = fairs.get(id, false);
        return search.search(new JobSearch.Criteria(q, district, occupation, industry, JobSearch.salaryParam(salaryMin), education,
                jobType, sort, fair.id()), PageRequest.of(cursor, size));
    }
}
