package cn.nanhu.talent.notify;

import cn.nanhu.talent.identity.AccountDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Erases what notify holds about a user when they delete their account, inside the deletion transaction. */
@ApplicationScoped
class NotifyAccountCleanup {

    private final NotificationService notifications;
    private final SubscriptionService subscriptions;
    private final Outbox outbox;

    NotifyAccountCleanup(NotificationService notifications, SubscriptionService subscriptions, Outbox outbox) {
        this.notifications = notifications;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
    }

    void onAccountDeleted(@Observes AccountDeleted event) {
        notifications.forgetUser(event.userId());
        subscriptions.forgetUser(event.userId());
        // Pending messages would reach nobody, and their payloads may quote what happened to the user.
        outbox.forgetUser(event.userId());
    }
}
