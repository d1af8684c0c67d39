package cn.nanhu.talent.console;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.consult.StaffConsultations;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The consultation inbox: a dedicated HR sees and answers their own, an admin every one. */
@Path("/admin/consultations")
@Produces("text/html;charset=UTF-8")
@ConsoleRoles({"SERVICE", "ADMIN"})
public class ConsoleConsultationResource {

    private final StaffConsultations consultations;
    private final ConsoleContext context;

    public ConsoleConsultationResource(StaffConsultations consultations, ConsoleContext context) {
        this.consultations = consultations;
        this.context = context;
    }

    @GET
    public Response list(@QueryParam("status") String status) {
        Staffer s = context.staffer();
        try {
            var items = consultations.list(s.staffId(), s.admin(), s.admin() ? null : "me",
                    status == null || status.isBlank() ? null : status, null, new PageRequest(null, PageRequest.MAX_SIZE)).items();
            return Pages.html(200, Views.consultations(context.chrome("consultations"), items, status == null ? "" : status));
        } catch (ApiException | InvalidInput e) {
            return Pages.message(Pages.status(e), "error", Pages.describe(e));
        }
    }

    @GET
    @Path("/{id}")
    public Response detail(@PathParam("id") String id, @QueryParam("flash") String flash) {
        return detailPage(200, id, Flash.text(flash));
    }

    private Response detailPage(int status, String id, String flash) {
        Staffer s = context.staffer();
        return Pages.html(status, Views.consultation(context.chrome("consultations"), consultations.get(s.staffId(), s.admin(), id), flash));
    }

    @POST
    @Path("/{id}/messages")
    public Response reply(@PathParam("id") String id, @FormParam("text") String text) {
        Staffer s = context.staffer();
        if (text == null || text.isBlank() || text.length() > 2000) {
            return detailPage(400, id, "请填写回复（至多 2000 字）");
        }
        try {
            consultations.reply(s.staffId(), s.admin(), id, text.strip());
        } catch (ApiException | InvalidInput e) {
            return detailPage(Pages.status(e), id, "未能回复：" + Pages.describe(e));
        }
        return Response.seeOther(URI.create("/admin/consultations/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "?flash=consultation-replied")).build();
    }
}
