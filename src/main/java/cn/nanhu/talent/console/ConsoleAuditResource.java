package cn.nanhu.talent.console;

import cn.nanhu.talent.audit.AuditLog;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The append-only audit log in the console, newest first, by subject; admins only. */
@Path("/admin/audit")
@Produces("text/html;charset=UTF-8")
@ConsoleRoles("ADMIN")
public class ConsoleAuditResource {

    private final AuditLog audit;
    private final ConsoleContext context;

    public ConsoleAuditResource(AuditLog audit, ConsoleContext context) {
        this.audit = audit;
        this.context = context;
    }

    @GET
    public Response list(@QueryParam("subjectKind") String subjectKind, @QueryParam("subjectId") String subjectId,
            @QueryParam("cursor") String cursor) {
        String kind = subjectKind == null || subjectKind.isBlank() ? null : subjectKind.strip();
        String id = subjectId == null || subjectId.isBlank() ? null : subjectId.strip();
        Page<AuditLog.AuditView> page;
        try {
            page = audit.list(kind, id, PageRequest.of(cursor, "50"));
        } catch (InvalidInput e) {
            return Pages.message(400, "error", Pages.describe(e));
        }
        String next = page.nextCursor() == null ? null : "/admin/audit?subjectKind=" + enc(kind) + "&subjectId=" + enc(id)
                + "&cursor=" + enc(page.nextCursor());
        return Pages.html(200, Views.audit(context.chrome("audit"), page.items(), kind == null ? "" : kind, id == null ? "" : id, next));
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
