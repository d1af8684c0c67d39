package cn.nanhu.talent.notify;

import cn.nanhu.talent.common.ApiException;
import cn.nanhu.talent.common.Cursor;
import cn.nanhu.talent.common.Ids;
import cn.nanhu.talent.common.Page;
import cn.nanhu.talent.common.PageRequest;
import cn.nanhu.talent.notify.NotifyDtos.NotificationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells users what happened to them: an inbox item always, and a WeChat subscribe message when
 * they allowed one. Other features call {@link #notifyUser} inside their own transaction, so the
 * notice exists exactly when their change commits; the message is sent later by the outbox.
 */
@ApplicationScoped
public class NotificationService {

    private final SubscriptionService subscriptions;
    private final NotifyTemplates templates;
    private final SubscribeMessageHandler messages;
    private final Outbox outbox;
    private final Clock clock;

    NotificationService(SubscriptionService subscriptions, NotifyTemplates templates, SubscribeMessageHandler messages,
            Outbox outbox, Clock clock) {
        this.subscriptions = subscriptions;
        this.templates = templates;
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Puts a notice in the user's inbox and, when {@code message} is given, the user holds a grant
     * for its template and today's cap is not reached, queues the subscribe message (spending the
     * grant). Answers the inbox item's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String notifyUser(String userId, String kind, String title, String body, String link, SubscribeMessage message) {
        if (userId == null || kind == null || kind.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("a notification needs a user, a kind and a title");
        }
        Notification n = new Notification();
        n.id = Ids.newId(clock);
        n.userId = userId;
        n.kind = kind;
        n.title = title;
        n.body = body;
        n.link = link;
        n.createdAt = OffsetDateTime.now(clock);
        n.persist();
        if (message != null) {
            Optional<String> templateId = templates.idOf(message.templateKey());
            if (templateId.isPresent() && subscriptions.take(userId, templateId.get())) {
                outbox.enqueue(SubscribeMessageHandler.KIND, messages.payload(userId, templateId.get(), message), userId);
            }
        }
        return n.id;
    }

    /** The user's inbox, newest first; only unread items when {@code unreadOnly}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationView> list(String userId, boolean unreadOnly, PageRequest page) {
        Cursor cursor = Cursor.decode(page.cursor(), 1);
        List<Object> params = new ArrayList<>(List.of(userId));
        StringBuilder query = new StringBuilder("userId = ?1");
        if (unreadOnly) {
            query.append(" and readAt is null");
        }
        if (cursor != null) {
            params.add(cursor.part(0));
            query.append(" and id < ?2");
        }
        List<Notification> rows = Notification.<Notification>find(query.append(" order by id desc").toString(), params.toArray())
                .page(0, page.size() + 1).list();
        return Page.fromLookahead(rows, page.size(), n -> Cursor.of(n.id)).map(NotificationService::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(String userId) {
        return Notification.count("userId = ?1 and readAt is null", userId);
    }

    /** Marks one of the user's own items read; another user's item is as unknown as a missing one. */
    @Transactional
    public void markRead(String userId, String id) {
        Notification n = Ids.looksLikeId(id) ? Notification.findById(id) : null;
        if (n == null || !n.userId.equals(userId)) {
            throw new ApiException.NotFound("没有这条通知 / no such notification");
        }
        if (n.readAt == null) {
            n.readAt = OffsetDateTime.now(clock);
        }
    }

    @Transactional
    public void markAllRead(String userId) {
        Notification.update("readAt = ?1 where userId = ?2 and readAt is null", OffsetDateTime.now(clock), userId);
    }

    /** Erases a deleted user's inbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    void forgetUser(String userId) {
        Notification.delete("userId", userId);
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id, n.kind, n.title, n.body, n.link, n.createdAt, n.readAt != null);
    }
}
