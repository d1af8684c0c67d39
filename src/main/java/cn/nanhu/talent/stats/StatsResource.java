package cn.nanhu.talent.stats;

import cn.nanhu.talent.common.Problem;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.stats.StatsDtos.Breakdown;
import cn.nanhu.talent.stats.StatsDtos.Overview;
import cn.nanhu.talent.stats.StatsDtos.Rebuilt;
import cn.nanhu.talent.stats.StatsDtos.Series;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The statistics the district is judged on; admins only. Dates are China days, both inclusive. */
@Path("/api/v1/admin/stats")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Statistics")
public class StatsResource {

    static final String CSV = "text/csv; charset=UTF-8";

    private final StatsService stats;
    private final CurrentAccount caller;

    public StatsResource(StatsService stats, CurrentAccount caller) {
        this.stats = stats;
        this.caller = caller;
    }

    @GET
    @Path("/overview")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)))
    @APIResponse(responseCode = "400", description = "A bad from, to, dimension or value (named in violations)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Employers, jobs, seekers, applications, consultations, fairs and channels: events from..to (default the last 30 days), current state now; optionally of one dimension value")
    public Overview overview(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("dimension") String dimension, @QueryParam("value") String value) {
        return stats.overview(from, to, dimension, value);
    }

    @GET
    @Path("/breakdown")
    @APIResponse(responseCode = "200", description = "Each value of the dimension",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Breakdown.class)))
    @APIResponse(responseCode = "400", description = "A missing or unknown dimension, or a bad from or to", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Every value of a dimension (DISTRICT, INDUSTRY section, OCCUPATION major group, CHANNEL) with each metric")
    public Breakdown breakdown(@QueryParam("dimension") String dimension, @QueryParam("from") String from, @QueryParam("to") String to) {
        return stats.breakdown(dimension, from, to);
    }

    @GET
    @Path("/series")
    @APIResponse(responseCode = "200", description = "The buckets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Series.class)))
    @APIResponse(responseCode = "400", description = "A missing or unknown metric (or a current-state one), a bad granularity, period, dimension or value", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "One event metric by DAY, WEEK (from Monday) or MONTH, every bucket present; optionally of one dimension value")
    public Series series(@QueryParam("metric") String metric, @QueryParam("granularity") String granularity,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("dimension") String dimension, @QueryParam("value") String value) {
        return stats.series(metric, granularity, from, to, dimension, value);
    }

    @GET
    @Path("/export")
    @Produces(CSV)
    @APIResponse(responseCode = "200", description = "CSV (UTF-8 with BOM) of every metric per bucket and dimension value, then the current figures",
            content = @Content(mediaType = CSV, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "A bad granularity, period or dimension", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Download the statistics as CSV for Excel")
    public Response export(@QueryParam("granularity") String granularity, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("dimension") String dimension) {
        String body = stats.export(granularity, from, to, dimension);
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + stats.exportName(from, to, dimension) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Recompute every figure from the source tables (audited); channel counters are kept")
    public Rebuilt rebuild() {
        return stats.rebuild(caller.staffId());
    }
}
