package cn.nanhu.talent.notify;

import cn.nanhu.talent.common.InvalidInput;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.identity.CurrentAccount;
import cn.nanhu.talent.identity.Roles;
import cn.nanhu.talent.notify.NotifyDtos.NotificationView;
import cn.nanhu.talent.notify.NotifyDtos.UnreadCount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The caller's in-app inbox. */
@Path("/api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SEEKER)
@Tag(name = "Notifications")
public class NotificationResource {

    private final NotificationService notifications;
    private final CurrentAccount caller;

    public NotificationResource(NotificationService notifications, CurrentAccount caller) {
        this.notifications = notifications;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's notifications, newest first")
    public Page<NotificationView> list(@QueryParam("cursor") String cursor, @QueryParam("size") String size,
            @Parameter(description = "true: only unread notifications; false or absent: all")
            @QueryParam("unread") String unread) {
        return notifications.list(caller.userId(), unreadOnly(unread), PageRequest.of(cursor, size));
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    public UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(caller.userId()));
    }

    @POST
    @Path("/{id}/read")
    @ResponseStatus(204)
    @Operation(summary = "Mark one of the caller's notifications read")
    @APIResponse(responseCode = "204", description = "Marked read (or it already was)")
    @APIResponse(responseCode = "404", description = "No such notification among the caller's")
    public void markRead(@PathParam("id") String id) {
        notifications.markRead(caller.userId(), id);
    }

    @POST
    @Path("/read-all")
    @ResponseStatus(204)
    @Operation(summary = "Mark all of the caller's notifications read")
    @APIResponse(responseCode = "204", description = "All marked read")
    public void markAllRead() {
        notifications.markAllRead(caller.userId());
    }

    private static boolean unreadOnly(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw InvalidInput.of("unread", "unread 只能是 true 或 false / unread must be true or false");
    }
}
