package cn.nanhu.talent.notify;

import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.notify.NotifyDtos.GrantsView;
import cn.nanhu.talent.notify.NotifyDtos.SubscribeRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subscribe-message grants: what the caller accepted in the mini-program's subscription dialog. */
@Path("/api/v1/me/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SEEKER)
@Tag(name = "Notifications")
public class SubscriptionResource {

    private final SubscriptionService subscriptions;
    private final CurrentAccount caller;

    public SubscriptionResource(SubscriptionService subscriptions, CurrentAccount caller) {
        this.subscriptions = subscriptions;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Record the templates the caller accepted: each acceptance allows one subscribe message")
    public GrantsView record(@Valid @NotNull(message = "请求体不能为空 / body is required") SubscribeRequest body) {
        return new GrantsView(subscriptions.record(caller.userId(), body.templateIds()));
    }
}
