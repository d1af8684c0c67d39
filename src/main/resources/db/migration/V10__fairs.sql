-- Job fairs (云招聘专场): the fair, employers' registrations with their jobs, seekers' tickets.

create table fair (
    id            varchar(26)  primary key,
    title         varchar(80)  not null,
    mode          varchar(8)   not null,   -- ONLINE, OFFLINE
    start_at      timestamp with time zone not null,
    end_at        timestamp with time zone not null,
    venue         varchar(200),
    district_code varchar(12),
    capacity      integer      not null,
    description   varchar(5000) not null,
    cover_file_id varchar(26),
    published_at  timestamp with time zone, -- null while a draft
    cancelled_at  timestamp with time zone,
    signups       integer      not null default 0,
    created_by    varchar(26)  not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint       not null
);
create index ix_fair_start on fair (start_at);

-- An employer's registration for a fair with a set of its published jobs; reviewed.
create table fair_registration (
    id          varchar(26) primary key,
    fair_id     varchar(26) not null,
    employer_id varchar(26) not null,
    status      varchar(12) not null,   -- PENDING, APPROVED, REJECTED
    reason      varchar(500),
    created_by  varchar(26) not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint      not null
);
create index ix_fair_registration_fair on fair_registration (fair_id, status);
create index ix_fair_registration_employer on fair_registration (employer_id, fair_id);

create table fair_registration_job (
    registration_id varchar(26) not null,
    job_id          varchar(26) not null,
    primary key (registration_id, job_id)
);
create index ix_fair_registration_job_job on fair_registration_job (job_id);

-- A seeker's ticket: one per seeker and fair; checked in once.
create table fair_ticket (
    id            varchar(26) primary key,
    fair_id       varchar(26) not null,
    user_id       varchar(26) not null,
    ticket_code   varchar(16) not null,
    created_at    timestamp with time zone not null,
    checked_in_at timestamp with time zone,
    checked_in_by varchar(26),
    constraint uq_fair_ticket_user unique (fair_id, user_id),
    constraint uq_fair_ticket_code unique (ticket_code)
);
create index ix_fair_ticket_user on fair_ticket (user_id, id);

-- Applications a seeker made from a fair's page, for the fair's figures.
alter table application add column fair_id varchar(26);
create index ix_application_fair on application (fair_id);
