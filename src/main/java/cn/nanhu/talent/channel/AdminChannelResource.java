package cn.nanhu.talent.channel;

import cn.nanhu.talent.channel.ChannelDtos.ApiKeyIssued;
import cn.nanhu.talent.channel.ChannelDtos.ChannelRequest;
import cn.nanhu.talent.channel.ChannelDtos.ChannelView;
import cn.nanhu.talent.channel.ChannelDtos.Created;
import cn.nanhu.talent.channel.ChannelDtos.DailyView;
import cn.nanhu.talent.channel.ChannelDtos.DeliveryView;
import cn.nanhu.talent.channel.ChannelDtos.PushRequest;
import cn.nanhu.talent.channel.ChannelDtos.PushResult;
import cn.nanhu.talent.channel.ChannelDtos.SecretIssued;
import cn.nanhu.talent.common.Clocks;
import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Distribution channels (劳务合作渠道) as admins run them: settings, secrets, pushes and the ledger. */
@Path("/api/v1/admin/channels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Channels")
public class AdminChannelResource {

    private static final String BODY = "请求体不能为空 / body is required";

    private final ChannelService channels;
    private final ChannelDeliveries deliveries;
    private final CurrentAccount caller;
    private final Clock clock;

    public AdminChannelResource(ChannelService channels, ChannelDeliveries deliveries, CurrentAccount caller, Clock clock) {
        this.channels = channels;
        this.deliveries = deliveries;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Create a channel: REGION and LABOR_SOURCE need regionCode, COLLEGE needs collegeCode; WEBHOOK and BOTH need an https webhookUrl")
    @APIResponse(responseCode = "201", description = "created and enabled; apiKey and webhookSecret are shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @APIResponse(responseCode = "409", description = "the channel code is taken")
    public Created create(@Valid @NotNull(message = BODY) ChannelRequest body) {
        return channels.create(caller.staffId(), body);
    }

    @GET
    @Operation(summary = "Every channel, newest first")
    public Page<ChannelView> list(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return channels.list(PageRequest.of(cursor, size));
    }

    @GET
    @Path("/dead-letters")
    @Operation(summary = "Webhooks of every channel that were given up (state DEAD), newest first")
    public Page<DeliveryView> deadLetters(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return deliveries.ledger(null, null, ChannelDelivery.State.DEAD.name(), PageRequest.of(cursor, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A channel")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelView.class)))
    @APIResponse(responseCode = "404", description = "no such channel")
    public ChannelView get(@PathParam("id") String id) {
        return channels.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a channel's settings (not its code); a stale version is 409")
    @APIResponse(responseCode = "200", description = "replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelView.class)))
    @APIResponse(responseCode = "404", description = "no such channel")
    @APIResponse(responseCode = "409", description = "someone else changed the channel first (stale version)")
    public ChannelView update(@PathParam("id") String id, @Valid @NotNull(message = BODY) ChannelRequest body) {
        return channels.update(caller.staffId(), id, body);
    }

    @POST
    @Path("/{id}/disable")
    @Operation(summary = "Stop pushing to the channel; its feed answers 403 and its webhooks become dead letters; 409 if already disabled")
    @APIResponse(responseCode = "200", description = "disabled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelView.class)))
    @APIResponse(responseCode = "404", description = "no such channel")
    @APIResponse(responseCode = "409", description = "the channel is already disabled")
    public ChannelView disable(@PathParam("id") String id) {
        return channels.enable(caller.staffId(), id, false);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Push to the channel again; 409 if already enabled")
    @APIResponse(responseCode = "200", description = "enabled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelView.class)))
    @APIResponse(responseCode = "404", description = "no such channel")
    @APIResponse(responseCode = "409", description = "the channel is already enabled")
    public ChannelView enable(@PathParam("id") String id) {
        return channels.enable(caller.staffId(), id, true);
    }

    @POST
    @Path("/{id}/api-key")
    @Operation(summary = "Make a new feed API key, shown this once; the previous key stops working at once")
    @APIResponse(responseCode = "200", description = "the new key, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyIssued.class)))
    @APIResponse(responseCode = "404", description = "no such channel")
    public ApiKeyIssued rotateKey(@PathParam("id") String id) {
        return channels.rotateKey(caller.staffId(), id);
    }

    @DELETE
    @Path("/{id}/api-key")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "revoked")
    @APIResponse(responseCode = "404", description = "no such channel")
    @APIResponse(responseCode = "409", description = "the channel has no key to revoke")
    @Operation(summary = "Revoke the feed API key; 409 when there is none")
    public void revokeKey(@PathParam("id") String id) {
        channels.revokeKey(caller.staffId(), id);
    }

    @POST
    @Path("/{id}/webhook-secret")
    @Operation(summary = "Make a new webhook signing secret, shown this once")
    @APIResponse(responseCode = "200", description = "the new secret, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SecretIssued.class)))
    @APIResponse(responseCode = "404", description = "no such channel")
    public SecretIssued rotateSecret(@PathParam("id") String id) {
        return channels.rotateSecret(caller.staffId(), id);
    }

    @POST
    @Path("/{id}/pushes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Push published jobs to the channel by hand, whatever its filter; jobs it already has are not pushed again")
    @APIResponse(responseCode = "200", description = "what was pushed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PushResult.class)))
    @APIResponse(responseCode = "404", description = "no such channel")
    @APIResponse(responseCode = "409", description = "the channel is disabled, or a job is not published")
    public PushResult push(@PathParam("id") String id, @Valid @NotNull(message = BODY) PushRequest body) {
        return deliveries.push(caller.staffId(), id, body.jobIds());
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The push ledger of a channel, newest first: kind=PUSH|TOMBSTONE, state=FED|PENDING|SENT|DEAD; with views and applications through the channel")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "no such channel")
    public Page<DeliveryView> ledger(@PathParam("id") String id, @QueryParam("kind") String kind, @QueryParam("state") String state,
            @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
        return deliveries.ledger(id, kind, state, PageRequest.of(cursor, size));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @Operation(summary = "Send a dead letter again with the same X-Delivery-Id, attempts counted from zero; 409 unless it is DEAD")
    @APIResponse(responseCode = "200", description = "sent again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "no such channel, or no such delivery of it")
    @APIResponse(responseCode = "409", description = "the delivery is not a dead letter")
    public DeliveryView retry(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return deliveries.retry(caller.staffId(), id, deliveryId);
    }

    @GET
    @Path("/{id}/daily")
    @Operation(summary = "The channel's counters per day (China time): pushed, views, applications, tombstones; from and to default to the last 30 days")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "no such channel")
    public List<DailyView> daily(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.ZONE));
        LocalDate end = date("to", to, today);
        return deliveries.daily(id, date("from", from, end.minusDays(29)), end);
    }

    private static LocalDate date(String field, String raw, LocalDate fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, field + " 应为 YYYY-MM-DD / " + field + " must be a date YYYY-MM-DD");
        }
    }
}
