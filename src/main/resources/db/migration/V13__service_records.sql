-- The dedicated HRs' service log (服务记录) and registrations made on a seeker's behalf (委托登记).

-- One service a staff member gave, to an employer, a seeker, or a person registered on their behalf.
-- A log: rows are edited only by their author within a day, and never deleted.
create table service_record (
    id                varchar(26)   primary key,
    subject_kind      varchar(10)   not null,   -- EMPLOYER, SEEKER, DELEGATED (a delegated registration not yet claimed)
    subject_id        varchar(26)   not null,
    channel           varchar(8)    not null,   -- PHONE, VISIT, WECHAT, ONSITE
    served_at         timestamp with time zone not null,
    note              varchar(2000) not null,
    follow_up_on      date,
    follow_up_done_at timestamp with time zone,
    created_by        varchar(26)   not null,   -- the staff member who served
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint        not null
);
create index ix_service_record_staff on service_record (created_by, served_at);
create index ix_service_record_subject on service_record (subject_kind, subject_id, served_at);
create index ix_service_record_follow_up on service_record (created_by, follow_up_on);

-- A 求职登记 a staff member made for a person without the mini-program, with the person's consent.
-- The person claims it after binding the same phone in the mini-program. Declined and expired ones
-- keep only what proves the consent was asked: every personal field is nulled.
create table delegated_registration (
    id                       varchar(26)   primary key,
    status                   varchar(16)   not null,   -- AWAITING_CLAIM, CLAIMED, DECLINED, EXPIRED
    name                     varchar(40),
    gender                   varchar(8),
    birth_year               integer,
    education                varchar(8),
    major                    varchar(60),
    school                   varchar(100),
    graduation_year          integer,
    experience_years         integer,
    current_district_code    varchar(12),
    desired_district_codes   varchar(100),
    desired_occupation_codes varchar(100),
    desired_salary_min       integer,
    skills                   varchar(500),
    intro                    varchar(2000),
    phone_hash               varchar(64),
    phone_enc                varchar(200),
    phone_masked             varchar(16),
    consent_method           varchar(16)   not null,   -- WRITTEN, PHONE_RECORDED, IN_PERSON
    consent_evidence_file_id varchar(26),
    consent_statement        varchar(500),
    service_record_id        varchar(26)   not null,
    created_by               varchar(26)   not null,
    created_at               timestamp with time zone not null,
    claimed_by               varchar(26),
    resolved_at              timestamp with time zone,   -- claimed, declined or expired
    updated_at               timestamp with time zone not null,
    version                  bigint        not null
);
create index ix_delegated_registration_phone on delegated_registration (phone_hash);
create index ix_delegated_registration_staff on delegated_registration (created_by, id);
create index ix_delegated_registration_status on delegated_registration (status, created_at);
create index ix_delegated_registration_claimed on delegated_registration (claimed_by);
