package cn.nanhu.talent.console;

import cn.nanhu.talent.channel.ChannelDeliveries;
import cn.nanhu.talent.channel.ChannelDtos.ChannelRequest;
import cn.nanhu.talent.channel.ChannelDtos.ChannelView;
import cn.nanhu.talent.channel.ChannelDtos.Created;
import cn.nanhu.talent.channel.ChannelDtos.DeliveryView;
import cn.nanhu.talent.channel.ChannelDtos.FilterBody;
import cn.nanhu.talent.channel.ChannelService;
import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.PageRequest;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distribution channels in the console: the list, a new channel (its API key and webhook secret
 * shown once on the answer page), disable and enable, a channel's push ledger and daily counters,
 * and the dead letters with a retry. Uses the same services as the admin API.
 */
@Path("/admin/channels")
@Produces("text/html;charset=UTF-8")
@ConsoleRoles("ADMIN")
public class ConsoleChannelResource {

    private final ChannelService channels;
    private final ChannelDeliveries deliveries;
    private final ConsoleContext context;
    private final Validator validator;
    private final Clock clock;

    public ConsoleChannelResource(ChannelService channels, ChannelDeliveries deliveries, ConsoleContext context, Validator validator,
            Clock clock) {
        this.channels = channels;
        this.deliveries = deliveries;
        this.context = context;
        this.validator = validator;
        this.clock = clock;
    }

    @GET
    public Response list(@QueryParam("flash") String flash) {
        return page(200, Flash.text(flash), null, null, Views.ChannelForm.EMPTY);
    }

    @POST
    public Response create(@FormParam("name") String name, @FormParam("code") String code, @FormParam("kind") String kind,
            @FormParam("regionCode") String regionCode, @FormParam("collegeCode") String collegeCode,
            @FormParam("deliveryMode") String deliveryMode, @FormParam("webhookUrl") String webhookUrl,
            @FormParam("districts") String districts, @FormParam("occupations") String occupations,
            @FormParam("education") String education, @FormParam("jobTypes") List<String> jobTypes) {
        Views.ChannelForm form = new Views.ChannelForm(trim(name), trim(code), trim(kind), trim(regionCode), trim(collegeCode),
                trim(deliveryMode), trim(webhookUrl), trim(districts), trim(occupations), trim(education),
                jobTypes == null ? List.of() : jobTypes.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        List<String> districtList = codes(form.districts());
        List<String> occupationList = codes(form.occupations());
        FilterBody filter = districtList.isEmpty() && occupationList.isEmpty() && form.education() == null && form.jobTypes().isEmpty()
                ? null
                : new FilterBody(districtList, occupationList, form.education(), form.jobTypes());
        ChannelRequest request = new ChannelRequest(form.name(), form.code(), form.kind(), form.regionCode(), form.collegeCode(),
                form.deliveryMode() == null ? "FEED" : form.deliveryMode(), form.webhookUrl(), filter, null, null);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return page(400, null, Pages.violations(violations), null, form);
        }
        Created created;
        try {
            created = channels.create(context.staffer().staffId(), request);
        } catch (ApiException | InvalidInput e) {
            return page(Pages.status(e), null, Pages.describe(e), null, form);
        }
        // the secrets are on this answer only: no redirect, nothing in a URL
        return page(200, null, null, created, Views.ChannelForm.EMPTY);
    }

    @GET
    @Path("/{id}")
    public Response channel(@PathParam("id") String id, @QueryParam("flash") String flash) {
        try {
            return channelPage(200, id, Flash.text(flash), null);
        } catch (ApiException | InvalidInput e) {
            return Pages.message(Pages.status(e), "error", Pages.describe(e));
        }
    }

    @POST
    @Path("/{id}/enabled")
    public Response setEnabled(@PathParam("id") String id, @FormParam("enabled") boolean enabled, @HeaderParam("HX-Request") String hx) {
        try {
            channels.enable(context.staffer().staffId(), id, enabled);
        } catch (ApiException | InvalidInput e) {
            return page(Pages.status(e), null, Pages.describe(e), null, Views.ChannelForm.EMPTY);
        }
        return Pages.redirect("true".equals(hx), "/admin/channels?flash=" + (enabled ? "channel-enabled" : "channel-disabled"));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    public Response retry(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId, @HeaderParam("HX-Request") String hx) {
        try {
            deliveries.retry(context.staffer().staffId(), id, deliveryId);
        } catch (ApiException | InvalidInput e) {
            return page(Pages.status(e), null, Pages.describe(e), null, Views.ChannelForm.EMPTY);
        }
        return Pages.redirect("true".equals(hx), "/admin/channels?flash=delivery-retried");
    }

    private Response page(int status, String flash, String error, Created created, Views.ChannelForm form) {
        List<ChannelView> all = new ArrayList<>();
        String cursor = null;
        do {
            var page = channels.list(new PageRequest(cursor, PageRequest.MAX_SIZE));
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        List<DeliveryView> dead = deliveries.ledger(null, null, "DEAD", new PageRequest(null, PageRequest.MAX_SIZE)).items();
        Map<String, String> names = new HashMap<>();
        all.forEach(c -> names.put(c.id(), c.name()));
        return Pages.html(status, Views.channels(context.chrome("channels"), all, dead, names, form, created, flash, error));
    }

    private Response channelPage(int status, String id, String flash, String error) {
        ChannelView channel = channels.get(id);
        List<DeliveryView> ledger = deliveries.ledger(id, null, null, new PageRequest(null, PageRequest.MAX_SIZE)).items();
        LocalDate today = LocalDate.now(clock.withZone(Clocks.ZONE));
        var daily = deliveries.daily(id, today.minusDays(29), today);
        return Pages.html(status, Views.channel(context.chrome("channels"), channel, ledger, daily, flash, error));
    }

    private static List<String> codes(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,，、]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
