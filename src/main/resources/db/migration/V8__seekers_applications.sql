-- Job seekers (求职登记), their consents and blocks; applications with their history, interviews,
-- the résumé access log, and the idempotency keys of application requests.

-- What a WeChat user registered about the work they want. One per user. Lists are comma separated.
create table seeker_profile (
    user_id                  varchar(26)  primary key,
    name                     varchar(40)  not null,
    gender                   varchar(8),               -- MALE, FEMALE
    birth_year               integer,
    education                varchar(8)   not null,
    major                    varchar(60),
    school                   varchar(100),
    graduation_year          integer,
    experience_years         integer      not null,
    current_district_code    varchar(12),
    desired_district_codes   varchar(100),
    desired_occupation_codes varchar(100),
    desired_salary_min       integer,
    skills                   varchar(500),
    intro                    varchar(2000),
    resume_file_id           varchar(26),
    visibility               varchar(16)  not null,    -- PUBLIC, APPLIED_ONLY, HIDDEN
    id_number_sealed         varchar(200),             -- AES-GCM, see Pii
    id_number_masked         varchar(24),
    consent_version          varchar(32)  not null,    -- the privacy policy version last agreed to
    consented_at             timestamp with time zone not null,
    completeness             integer      not null,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    version                  bigint       not null
);

-- Every consent a user gave, append-only: the privacy policy (PRIVACY_POLICY) or the collection of
-- an ID number (ID_NUMBER), which version, and when. Kept after the profile is erased, as evidence.
create table seeker_consent (
    id          varchar(26) primary key,
    user_id     varchar(26) not null,
    kind        varchar(16) not null,
    policy_version varchar(32) not null,
    given_at    timestamp with time zone not null
);
create index ix_seeker_consent_user on seeker_consent (user_id, given_at);

-- Employers a seeker never wants to be seen by.
create table seeker_block (
    user_id     varchar(26) not null,
    employer_id varchar(26) not null,
    created_at  timestamp with time zone not null,
    primary key (user_id, employer_id)
);
create index ix_seeker_block_employer on seeker_block (employer_id);

-- An application of a seeker to a job, with the profile as it was when sent (JSON).
create table application (
    id               varchar(26)  primary key,
    job_id           varchar(26)  not null,
    employer_id      varchar(26)  not null,
    seeker_id        varchar(26)  not null,
    status           varchar(16)  not null,   -- SUBMITTED, VIEWED, INTERVIEW, OFFER, HIRED, REJECTED, WITHDRAWN
    status_reason    varchar(500),
    snapshot         varchar(8000) not null,
    resume_file_id   varchar(26),
    contact_revealed boolean      not null default false,
    seeker_deleted   boolean      not null default false,
    viewed_at        timestamp with time zone,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint       not null,
    constraint uq_application_seeker_job unique (seeker_id, job_id)
);
create index ix_application_job on application (job_id, id);
create index ix_application_seeker on application (seeker_id, id);
-- the daily cap counts a seeker's applications since midnight
create index ix_application_seeker_day on application (seeker_id, created_at);
create index ix_application_resume on application (resume_file_id);

-- Every status change of an application: who (USER, STAFF, SYSTEM), when and why.
create table application_history (
    id             varchar(26)  primary key,
    application_id varchar(26)  not null,
    at             timestamp with time zone not null,
    actor_kind     varchar(8)   not null,
    actor_id       varchar(26),
    from_status    varchar(16),
    to_status      varchar(16)  not null,
    reason         varchar(500)
);
create index ix_application_history_app on application_history (application_id, at);

-- An interview an employer invited to; the seeker answers ACCEPTED or DECLINED.
create table interview (
    id             varchar(26)  primary key,
    application_id varchar(26)  not null,
    scheduled_at   timestamp with time zone not null,
    place          varchar(200),
    online_link    varchar(500),
    contact        varchar(60)  not null,
    note           varchar(500),
    response       varchar(12)  not null,   -- PENDING, ACCEPTED, DECLINED, CANCELLED
    response_note  varchar(200),
    responded_at   timestamp with time zone,
    reminded_at    timestamp with time zone,
    created_by     varchar(26)  not null,
    created_at     timestamp with time zone not null,
    version        bigint       not null
);
create index ix_interview_application on interview (application_id, created_at);
-- the reminder looks for interviews coming up that nobody has been reminded of
create index ix_interview_reminder on interview (reminded_at, scheduled_at);

-- Every time an employer's member opened a seeker's résumé: append-only.
create table resume_access (
    id             varchar(26)  primary key,
    seeker_id      varchar(26)  not null,
    employer_id    varchar(26)  not null,
    viewer_id      varchar(26)  not null,
    application_id varchar(26),
    at             timestamp with time zone not null,
    reason         varchar(60)  not null
);
create index ix_resume_access_seeker on resume_access (seeker_id, id);
create index ix_resume_access_employer on resume_access (employer_id, id);

-- The response to an application request sent with an Idempotency-Key, replayed for a repeat.
create table idempotency_record (
    user_id       varchar(26)  not null,
    idem_key      varchar(100) not null,
    request_hash  varchar(64)  not null,
    status_code   integer      not null,
    response_body varchar(2000) not null,
    created_at    timestamp with time zone not null,
    primary key (user_id, idem_key)
);
create index ix_idempotency_created on idempotency_record (created_at);
