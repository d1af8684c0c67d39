-- Distribution channels (劳务合作渠道): partners the platform pushes its jobs to, the push ledger
-- (which is also each channel's feed), and per-channel per-day counters.

-- A partner: a region, a college or a labour-source region, with the filter its jobs must match
-- and how it takes them (a feed it reads with an API key, a webhook we call, or both).
create table channel (
    id                 varchar(26)   primary key,
    code               varchar(32)   not null,   -- short tag used in links (?ch=<code>)
    name               varchar(100)  not null,
    kind               varchar(16)   not null,   -- REGION, COLLEGE, LABOR_SOURCE
    region_code        varchar(12),              -- NBS division code (REGION, LABOR_SOURCE)
    college_code       varchar(10),              -- MoE college code (COLLEGE)
    delivery_mode      varchar(8)    not null,   -- FEED, WEBHOOK, BOTH
    webhook_url        varchar(500),
    filter_districts   varchar(1000),            -- comma-separated division codes; a code includes what lies under it
    filter_occupations varchar(1000),            -- comma-separated occupation codes; likewise
    filter_education   varchar(8),               -- the highest requirement the channel's people meet
    filter_job_types   varchar(100),             -- comma-separated FULL_TIME, PART_TIME, INTERNSHIP
    rate_limit         integer,                  -- feed requests per minute for this channel; null: the default
    enabled            boolean       not null,
    api_key_hash       varchar(64),              -- SHA-256 hex of the feed key; null when revoked
    api_key_hint       varchar(12),              -- the key's first characters, to tell keys apart
    webhook_secret     varchar(200)  not null,   -- the HMAC secret, encrypted at rest
    created_by         varchar(26)   not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint        not null
);
create unique index ux_channel_code on channel (code);
create unique index ux_channel_key on channel (api_key_hash);

-- The last feed position given out per channel. Positions are taken by an UPDATE of this row, which
-- holds its lock until the pushing transaction ends, so a channel's positions commit in order.
create table channel_feed_seq (
    channel_id varchar(26) primary key,
    last_seq   bigint      not null
);

-- The push ledger: one row per job pushed to a channel (PUSH) and per withdrawal (TOMBSTONE).
create table channel_delivery (
    id              varchar(26)   primary key,   -- also the webhook's X-Delivery-Id
    channel_id      varchar(26)   not null,
    job_id          varchar(26)   not null,
    kind            varchar(10)   not null,      -- PUSH, TOMBSTONE
    trigger_kind    varchar(8)    not null,      -- AUTO (publication matched the filter), MANUAL (an admin), SYSTEM (tombstone)
    actor_id        varchar(26),                 -- the admin of a MANUAL push
    feed_seq        bigint,                      -- position in the channel's feed; null when the channel has no feed
    state           varchar(8)    not null,      -- FED (feed only), PENDING, SENT, DEAD (webhook)
    attempts        integer       not null,      -- webhook deliveries started
    pushed_at       timestamp with time zone not null,
    last_attempt_at timestamp with time zone,
    delivered_at    timestamp with time zone,
    last_error      varchar(500),
    outbox_id       varchar(26),                 -- the outbox item that carries the webhook
    views           bigint        not null,      -- job views through ?ch= (PUSH rows)
    applications    bigint        not null       -- applications through ?ch= (PUSH rows)
);
create unique index ux_channel_delivery_once on channel_delivery (channel_id, job_id, kind);
create unique index ux_channel_delivery_feed on channel_delivery (channel_id, feed_seq);
create index ix_channel_delivery_state on channel_delivery (state, channel_id);
create index ix_channel_delivery_job on channel_delivery (job_id);

-- Per channel and day (Asia/Shanghai): counters kept up as things happen, for the statistics.
create table channel_daily (
    channel_id   varchar(26) not null,
    on_day       date        not null,   -- the day in China time (Asia/Shanghai); "day" is a reserved word in H2
    pushed       bigint      not null,
    views        bigint      not null,
    applications bigint      not null,
    tombstones   bigint      not null,
    primary key (channel_id, on_day)
);
