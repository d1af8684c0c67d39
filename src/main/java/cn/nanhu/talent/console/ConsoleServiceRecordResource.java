package cn.nanhu.talent.console;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.service.ServiceDtos.RecordRequest;
import cn.nanhu.talent.service.ServiceDtos.RecordView;
import cn.nanhu.talent.service.ServiceLog;
import cn.nanhu.talent.service.ServiceRecords;
import cn.nanhu.talent.service.Staff;
import jakarta.validation.Validator;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** The service log (服务记录): a dedicated HR reads and writes their own records, an admin everyone's. */
@Path("/admin/service-records")
@Produces("text/html;charset=UTF-8")
@ConsoleRoles({"SERVICE", "ADMIN"})
public class ConsoleServiceRecordResource {

    private final ServiceLog log;
    private final ServiceRecords records;
    private final ConsoleContext context;
    private final Validator validator;
    private final Clock clock;

    public ConsoleServiceRecordResource(ServiceLog log, ServiceRecords records, ConsoleContext context, Validator validator,
            Clock clock) {
        this.log = log;
        this.records = records;
        this.context = context;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    public Response list(@QueryParam("employerId") String employerId, @QueryParam("flash") String flash) {
        return page(200, employerId, Flash.text(flash), null);
    }

    @POST
    public Response create(@FormParam("employerId") String employerId, @FormParam("channel") String channel,
            @FormParam("note") String note) {
        RecordRequest request = new RecordRequest(blankToNull(employerId), null, channel, OffsetDateTime.now(clock),
                note == null ? null : note.strip(), null);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return page(400, employerId, null, Pages.violations(violations));
        }
        try {
            records.create(staff(), request);
        } catch (ApiException | InvalidInput e) {
            return page(Pages.status(e), employerId, null, Pages.describe(e));
        }
        return Response.seeOther(URI.create("/admin/service-records?flash=service-recorded")).build();
    }

    private Response page(int status, String employerId, String flash, String error) {
        Staffer s = context.staffer();
        List<RecordView> items;
        try {
            items = log.list(staff(), s.admin() ? null : s.staffId(), blankToNull(employerId), null, null, null,
                    new PageRequest(null, PageRequest.MAX_SIZE)).items();
        } catch (ApiException | InvalidInput e) {
            return Pages.message(Pages.status(e), "error", Pages.describe(e));
        }
        return Pages.html(status, Views.serviceRecords(context.chrome("service"), items, employerId == null ? "" : employerId,
                flash, error));
    }

    private Staff staff() {
        Staffer s = context.staffer();
        return new Staff(s.staffId(), s.admin());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
