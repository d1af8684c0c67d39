-- Server-side sessions of the back-office console (/admin). The browser holds a random token in an
-- HttpOnly cookie; only its SHA-256 is stored. A session ends when it is idle too long, when it
-- reaches its absolute lifetime, on sign-out (revoked_at), or when the staff account's token
-- generation moves on (disabled, roles changed, password reset).
create table console_session (
    id               varchar(26)  primary key,
    token_hash       varchar(64)  not null,
    staff_id         varchar(26)  not null,
    token_generation integer      not null,
    csrf_token       varchar(64)  not null,
    created_at       timestamp with time zone not null,
    last_seen_at     timestamp with time zone not null,
    expires_at       timestamp with time zone not null,   -- the absolute end
    revoked_at       timestamp with time zone,
    ip               varchar(64),
    user_agent       varchar(256)
);
create unique index ux_console_session_token on console_session (token_hash);
create index ix_console_session_staff on console_session (staff_id);
