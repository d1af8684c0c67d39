package cn.nanhu.talent.audit;

import cn.nanhu.talent.audit.AuditLog.AuditView;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, for admins. Read-only: there is no way to change or delete an entry. */
@Path("/api/v1/admin/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Audit")
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Audit entries, newest first, optionally for one subject (e.g. subjectKind=EMPLOYER&subjectId=…)")
    public Page<AuditView> list(@QueryParam("subjectKind") String subjectKind, @QueryParam("subjectId") String subjectId,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return audit.list(subjectKind, subjectId, PageRequest.of(cursor, size));
    }
}
