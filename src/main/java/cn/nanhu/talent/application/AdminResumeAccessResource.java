package cn.nanhu.talent.application;

import cn.nanhu.talent.application.ApplicationDtos.ResumeAccessView;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The résumé access log, for admins answering a seeker's question or checking an employer. */
@Path("/api/v1/admin/resume-access")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Audit")
public class AdminResumeAccessResource {

    private final ResumeAccessLog accessLog;

    public AdminResumeAccessResource(ResumeAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GET
    @Operation(summary = "Every opening of a résumé or contact details, newest first, optionally of one seeker or employer")
    public Page<ResumeAccessView> list(@QueryParam("seekerId") String seekerId, @QueryParam("employerId") String employerId,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return accessLog.forStaff(seekerId, employerId, PageRequest.of(cursor, size));
    }
}
