package cn.nanhu.talent.console;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.IdentityDtos.StaffCreateRequest;
import cn.nanhu.talent.identity.IdentityDtos.StaffUpdateRequest;
import cn.nanhu.talent.identity.IdentityDtos.StaffView;
import cn.nanhu.talent.identity.StaffService;
import jakarta.validation.Validator;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Staff accounts in the console: admins create reviewers, dedicated HRs and admins, and disable or enable them. */
@Path("/admin/staff")
@Produces("text/html;charset=UTF-8")
@ConsoleRoles("ADMIN")
public class ConsoleStaffResource {

    private final StaffService staff;
    private final ConsoleContext context;
    private final Validator validator;

    public ConsoleStaffResource(StaffService staff, ConsoleContext context, Validator validator) {
        this.staff = staff;
        this.context = context;
        this.validator = validator;
    }

    @GET
    public Response list(@QueryParam("flash") String flash) {
        return page(200, Flash.text(flash), null);
    }

    @POST
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("password") String password, @FormParam("role") List<String> roles, @HeaderParam("HX-Request") String hx) {
        Set<String> roleSet = new LinkedHashSet<>(roles == null ? List.of() : roles);
        StaffCreateRequest request = new StaffCreateRequest(trim(username), password, roleSet, trim(displayName));
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return page(400, null, Pages.violations(violations));
        }
        try {
            staff.create(request);
        } catch (ApiException | InvalidInput e) {
            return page(Pages.status(e), null, Pages.describe(e));
        }
        return Pages.redirect("true".equals(hx), "/admin/staff?flash=staff-created");
    }

    @POST
    @Path("/{id}/enabled")
    public Response setEnabled(@PathParam("id") String id, @FormParam("enabled") boolean enabled, @HeaderParam("HX-Request") String hx) {
        try {
            staff.update(id, new StaffUpdateRequest(null, enabled, null), context.staffer().staffId());
        } catch (ApiException | InvalidInput e) {
            return page(Pages.status(e), null, Pages.describe(e));
        }
        return Pages.redirect("true".equals(hx), "/admin/staff?flash=" + (enabled ? "staff-enabled" : "staff-disabled"));
    }

    private Response page(int status, String flash, String error) {
        List<StaffView> all = new ArrayList<>();
        String cursor = null;
        do {
            var page = staff.list(new PageRequest(cursor, PageRequest.MAX_SIZE));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return Pages.html(status, Views.staff(context.chrome("staff"), all, flash, error));
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
