package cn.nanhu.talent.console;

import cn.nanhu.talent.files.FileService;
import cn.nanhu.talent.files.FileService.FileContent;
import cn.nanhu.talent.identity.SubjectKind;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** Uploaded files (a licence image or PDF) for the console's pages; the file feature decides who may read what. */
@Path("/admin/files")
@ConsoleRoles({"REVIEWER", "ADMIN"})
public class ConsoleFileResource {

    private final FileService files;
    private final ConsoleContext context;

    public ConsoleFileResource(FileService files, ConsoleContext context) {
        this.files = files;
        this.context = context;
    }

    @GET
    @Path("/{id}")
    public Response read(@PathParam("id") String id) {
        Staffer s = context.staffer();
        FileContent content = files.read(id, SubjectKind.STAFF, s.staffId(), s.roles());
        return Response.ok(content.bytes())
                .type(content.info().contentType())
                .header("Content-Disposition", "inline; filename=\"" + content.info().id() + "." + content.extension() + "\"")
                .build();
    }
}
