package cn.nanhu.talent.console;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.fair.FairService;
import cn.nanhu.talent.fair.FairTickets;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Job fairs in the console and the check-in page used at the door. */
@Path("/admin/fairs")
@Produces("text/html;charset=UTF-8")
@ConsoleRoles({"ADMIN", "SERVICE"})
public class ConsoleFairResource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final FairService fairs;
    private final FairTickets tickets;
    private final ConsoleContext context;

    public ConsoleFairResource(FairService fairs, FairTickets tickets, ConsoleContext context) {
        this.fairs = fairs;
        this.tickets = tickets;
        this.context = context;
    }

    @GET
    public Response list() {
        return Pages.html(200, Views.fairs(context.chrome("fairs"), fairs.all(new PageRequest(null, PageRequest.MAX_SIZE)).items()));
    }

    @GET
    @Path("/{id}/checkin")
    public Response checkinPage(@PathParam("id") String id) {
        return Pages.html(200, Views.checkin(context.chrome("fairs"), fairs.get(id, true)));
    }

    @POST
    @Path("/{id}/checkins")
    public Response checkin(@PathParam("id") String id, @FormParam("ticketCode") String ticketCode) {
        if (ticketCode == null || ticketCode.isBlank() || ticketCode.strip().length() > 16) {
            return Pages.message(400, "error", "请输入有效的票号");
        }
        try {
            var done = tickets.checkin(context.staffer().staffId(), id, ticketCode);
            return Pages.message(200, "ok", "签到成功：票号 " + ticketCode.strip().toUpperCase(java.util.Locale.ROOT) + "，"
                    + done.checkedInAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai")).format(TIME));
        } catch (ApiException.Conflict e) {
            return Pages.message(409, "conflict", "这张票已经签到过，不能重复签到");
        } catch (ApiException | InvalidInput e) {
            return Pages.message(Pages.status(e), "error", Pages.describe(e));
        }
    }
}
