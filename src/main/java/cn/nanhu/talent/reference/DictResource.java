package cn.nanhu.talent.reference;

import cn.nanhu.talent.common.ConditionalResponses;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.reference.DictDtos.DivisionView;
import cn.nanhu.talent.reference.DictDtos.HolidayView;
import cn.nanhu.talent.reference.DictDtos.IndustryView;
import cn.nanhu.talent.reference.DictDtos.OccupationDetail;
import cn.nanhu.talent.reference.DictDtos.OccupationView;
import cn.nanhu.talent.reference.DictDtos.UniversityView;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Public dictionaries: divisions, occupations, industries, colleges and holidays. Cached by clients. */
@Path("/api/v1/dicts")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Reference data")
public class DictResource {

    private static final Duration MAX_AGE = Duration.ofHours(1);

    private final DictService dicts;
    private final ConditionalResponses responses;

    public DictResource(DictService dicts, ConditionalResponses responses) {
        this.dicts = dicts;
        this.responses = responses;
    }

    @GET
    @Path("/divisions")
    @Operation(summary = "Administrative divisions: the provinces, or the children of `parent`")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "304", description = "not modified: the If-None-Match ETag is still current")
    @APIResponse(responseCode = "404", description = "no such parent division")
    public RestResponse<Page<DivisionView>> divisions(@Context Request request,
            @Parameter(description = "NBS code of the parent, e.g. 3304 (Jiaxing)") @QueryParam("parent") String parent) {
        return responses.cacheable(request, Page.of(dicts.divisions(parent)), MAX_AGE);
    }

    @GET
    @Path("/occupations")
    @Operation(summary = "Occupations (2022 classification): the children of `parent`, or a search of names and job-board aliases")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "304", description = "not modified: the If-None-Match ETag is still current")
    @APIResponse(responseCode = "404", description = "no such parent occupation")
    public RestResponse<Page<OccupationView>> occupations(@Context Request request,
            @Parameter(description = "code of the parent group, e.g. 2-02-00-00") @QueryParam("parent") String parent,
            @Parameter(description = "words of a name or alias, e.g. Java or 会计") @QueryParam("q") String q,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return responses.cacheable(request, dicts.occupations(parent, q, PageRequest.of(cursor, size)), MAX_AGE);
    }

    @GET
    @Path("/occupations/{code}")
    @Operation(summary = "One occupation with its definition, aliases and path from the major group")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OccupationDetail.class)))
    @APIResponse(responseCode = "304", description = "not modified: the If-None-Match ETag is still current")
    @APIResponse(responseCode = "404", description = "no such occupation")
    public RestResponse<OccupationDetail> occupation(@Context Request request, @PathParam("code") String code) {
        return responses.cacheable(request, dicts.occupation(code), MAX_AGE);
    }

    @GET
    @Path("/industries")
    @Operation(summary = "GB/T 4754-2017 industry sections and divisions")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "304", description = "not modified: the If-None-Match ETag is still current")
    public RestResponse<Page<IndustryView>> industries(@Context Request request) {
        return responses.cacheable(request, Page.of(dicts.industries()), MAX_AGE);
    }

    @GET
    @Path("/universities")
    @Operation(summary = "Colleges of the Ministry of Education list, searched by name")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "304", description = "not modified: the If-None-Match ETag is still current")
    public RestResponse<Page<UniversityView>> universities(@Context Request request,
            @QueryParam("q") String q,
            @Parameter(description = "province name, e.g. 浙江省") @QueryParam("province") String province,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return responses.cacheable(request, dicts.universities(q, province, PageRequest.of(cursor, size)), MAX_AGE);
    }

    @GET
    @Path("/holidays")
    @Operation(summary = "Statutory holidays and make-up working days of a year")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "304", description = "not modified: the If-None-Match ETag is still current")
    public RestResponse<Page<HolidayView>> holidays(@Context Request request,
            @Parameter(description = "four-digit year", required = true) @QueryParam("year") String year) {
        return responses.cacheable(request, Page.of(dicts.holidays(year)), MAX_AGE);
    }
}
