-- Notify: the in-app inbox, WeChat subscribe-message grants, the daily cap, and the outbox.

-- One message in a user's inbox. Ids are time-ordered, so the inbox pages by id, newest first.
create table notification (
    id         varchar(26)   primary key,
    user_id    varchar(26)   not null,
    kind       varchar(32)   not null,   -- e.g. REVIEW_RESULT, APPLICATION_STATUS, INTERVIEW_INVITE
    title      varchar(100)  not null,
    body       varchar(1000),
    link       varchar(512),             -- a mini-program page to open
    created_at timestamp with time zone not null,
    read_at    timestamp with time zone
);
create index ix_notification_user on notification (user_id, id);

-- WeChat subscriptions are one-time: each acceptance in the mini-program allows one message.
create table subscription_grant (
    user_id     varchar(26)  not null,
    template_id varchar(64)  not null,   -- the WeChat template id
    remaining   integer      not null,
    updated_at  timestamp with time zone not null,
    primary key (user_id, template_id)
);

-- How many subscribe messages a user was sent (queued) on a day in China time, for the daily cap.
create table subscribe_quota (
    user_id    varchar(26) not null,
    quota_date date        not null,
    sent_count integer     not null,
    primary key (user_id, quota_date)
);

-- Work that must outlive the request that caused it, written in the same transaction and
-- delivered by the dispatcher with retries: subscribe messages now, partner webhooks later.
create table outbox (
    id              varchar(26)    primary key,
    kind            varchar(64)    not null,
    payload         varchar(16000) not null,   -- JSON, read by the handler of its kind
    status          varchar(8)     not null,   -- PENDING, SENT, DEAD
    attempts        integer        not null,   -- deliveries started so far
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(500),
    locked_until    timestamp with time zone,  -- a dispatcher's claim; expires if that copy dies
    locked_by       varchar(26),               -- the claim's token
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    user_id         varchar(26)                -- whose data it carries, for account deletion
);
create index ix_outbox_due on outbox (status, next_attempt_at);
create index ix_outbox_user on outbox (user_id);
