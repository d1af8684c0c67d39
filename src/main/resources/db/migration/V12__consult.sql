-- Consultations (求职咨询): tickets a seeker or an employer opens, answered by service staff.

create table consultation (
    id                  varchar(26)  primary key,
    asker_user_id       varchar(26)  not null,
    employer_id         varchar(26),             -- set when opened as an employer: the ticket belongs to it
    topic               varchar(60)  not null,
    status              varchar(10)  not null,   -- OPEN (waiting for staff), ANSWERED, CLOSED
    assignee_id         varchar(26),             -- a staff member; null while the SERVICE pool is empty
    waiting_since       timestamp with time zone, -- set while OPEN: when it started waiting for staff
    due_at              timestamp with time zone, -- set while OPEN: one working day after waiting_since
    last_message_at     timestamp with time zone not null,
    last_staff_reply_at timestamp with time zone,
    last_message_id     varchar(26),
    last_staff_message_id varchar(26),       -- for "answered, unread": compared with what each reader saw
    closed_at           timestamp with time zone,
    rating_score        integer,
    rating_comment      varchar(500),
    rated_at            timestamp with time zone,
    asker_deleted       boolean      not null default false,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint       not null
);
create index ix_consultation_asker on consultation (asker_user_id, last_message_at);
create index ix_consultation_employer on consultation (employer_id, last_message_at);
create index ix_consultation_assignee on consultation (assignee_id, status, last_message_at);
create index ix_consultation_due on consultation (status, due_at);

-- The messages of a ticket, in order; the first is the asker's question.
create table consultation_message (
    id              varchar(26)   primary key,
    consultation_id varchar(26)   not null,
    author_kind     varchar(8)    not null,   -- USER, STAFF
    author_id       varchar(26)   not null,
    content         varchar(2000) not null,
    erased          boolean       not null default false, -- the asker deleted the account: the text is gone
    created_at      timestamp with time zone not null
);
create index ix_consultation_message_ticket on consultation_message (consultation_id, id);
create index ix_consultation_message_author on consultation_message (author_id);

-- How far each user on the asking side has read a ticket (the last message shown), for "answered, unread".
create table consultation_seen (
    consultation_id varchar(26) not null,
    user_id         varchar(26) not null,
    last_message_id varchar(26) not null,
    seen_at         timestamp with time zone not null,
    primary key (consultation_id, user_id)
);
create index ix_consultation_seen_user on consultation_seen (user_id);

-- The round-robin position of a staff pool; its row is locked while a turn is taken.
create table consultation_rotation (
    pool          varchar(16) primary key,
    last_staff_id varchar(26)
);
insert into consultation_rotation (pool, last_staff_id) values ('SERVICE', null);
