-- Identity: WeChat users, staff accounts, refresh tokens and the login log.

-- A WeChat user. The openid, unionid and phone are stored encrypted (AES-GCM, key id prefixed)
-- with a keyed hash (HMAC-SHA256) for look-ups; the WeChat session_key is never stored.
create table app_user (
    id               varchar(26)  primary key,
    openid_hash      varchar(64)  not null,
    openid_enc       varchar(512),
    unionid_hash     varchar(64),
    unionid_enc      varchar(512),
    phone_hash       varchar(64),
    phone_enc        varchar(512),
    phone_masked     varchar(32),
    status           varchar(16)  not null,   -- ACTIVE, DELETED
    token_generation integer      not null,   -- bumped to revoke every token issued before
    created_at       timestamp with time zone not null,
    last_login_at    timestamp with time zone,
    deleted_at       timestamp with time zone,
    version          bigint       not null
);
create unique index ux_app_user_openid on app_user (openid_hash);
create index ix_app_user_unionid on app_user (unionid_hash);
create index ix_app_user_phone on app_user (phone_hash);

-- District staff: reviewers, dedicated HRs (service) and admins.
create table staff_account (
    id               varchar(26)  primary key,
    username         varchar(32)  not null,
    password_hash    varchar(100) not null,   -- bcrypt
    display_name     varchar(64)  not null,
    roles            varchar(64)  not null,   -- comma separated: REVIEWER, SERVICE, ADMIN
    enabled          boolean      not null,
    failed_attempts  integer      not null,
    locked_until     timestamp with time zone,
    token_generation integer      not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    last_login_at    timestamp with time zone,
    version          bigint       not null
);
create unique index ux_staff_username on staff_account (username);

-- Refresh tokens, stored as SHA-256 hashes. Each login starts a family; a rotation marks the old
-- token used; presenting a used token again revokes the whole family.
create table refresh_token (
    id           varchar(26)  primary key,
    family_id    varchar(26)  not null,
    subject_kind varchar(8)   not null,   -- USER, STAFF
    subject_id   varchar(26)  not null,
    token_hash   varchar(64)  not null,
    issued_at    timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    revoked_at   timestamp with time zone
);
create unique index ux_refresh_token_hash on refresh_token (token_hash);
create index ix_refresh_token_family on refresh_token (family_id);
create index ix_refresh_token_subject on refresh_token (subject_kind, subject_id);

-- Who signed in, when, from where, and whether it worked. Append-only.
create table login_log (
    id           varchar(26)  primary key,
    at           timestamp with time zone not null,
    method       varchar(16)  not null,   -- WECHAT, STAFF, REFRESH
    subject_kind varchar(8),
    subject_id   varchar(26),
    username     varchar(32),
    success      boolean      not null,
    reason       varchar(64),
    ip           varchar(64),
    user_agent   varchar(256)
);
create index ix_login_log_subject on login_log (subject_kind, subject_id, at);
create index ix_login_log_at on login_log (at);
