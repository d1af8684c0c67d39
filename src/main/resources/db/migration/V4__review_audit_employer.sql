-- The review queue, the audit log, and employers with their members and invitations.

-- One queue for every kind of subject a reviewer checks. A resubmission supersedes the pending
-- item of the same subject; the version guards against two reviewers deciding at once.
create table review_item (
    id            varchar(26)  primary key,
    kind          varchar(24)  not null,   -- EMPLOYER, JOB, FAIR_REGISTRATION
    subject_id    varchar(26)  not null,
    status        varchar(16)  not null,   -- PENDING, APPROVED, REJECTED, SUPERSEDED
    summary       varchar(500) not null,
    flags         varchar(500),            -- comma separated, e.g. ABOVE_SIZE_CLAIMED
    submitted_at  timestamp with time zone not null,
    claimed_by    varchar(26),
    claimed_until timestamp with time zone,
    decided_by    varchar(26),
    decided_at    timestamp with time zone,
    reason        varchar(500),
    version       bigint       not null
);
create index ix_review_queue on review_item (status, kind, submitted_at, id);
create index ix_review_subject on review_item (kind, subject_id);

-- Append-only record of consequential actions: review decisions, suspensions, assignments.
create table audit_log (
    id           varchar(26)   primary key,
    at           timestamp with time zone not null,
    actor_kind   varchar(8)    not null,   -- USER, STAFF, SYSTEM
    actor_id     varchar(26),
    action       varchar(48)   not null,
    subject_kind varchar(24)   not null,
    subject_id   varchar(26)   not null,
    detail       varchar(2000)
);
create index ix_audit_subject on audit_log (subject_kind, subject_id, at);
create index ix_audit_at on audit_log (at, id);

-- A real-name employer. The contact phone is sealed like every phone; the credit code is public.
create table employer (
    id                   varchar(26)  primary key,
    name                 varchar(100) not null,
    credit_code          varchar(18)  not null,
    legal_representative varchar(50)  not null,
    industry_code        varchar(4)   not null,
    district_code        varchar(12)  not null,
    address              varchar(200) not null,
    scale                varchar(16)  not null,
    above_size_claimed   boolean      not null,
    above_size_confirmed boolean      not null,
    contact_name         varchar(50)  not null,
    contact_phone_enc    varchar(512) not null,
    contact_phone_hash   varchar(64)  not null,
    contact_phone_masked varchar(32)  not null,
    license_file_id      varchar(26)  not null,
    status               varchar(16)  not null,   -- PENDING, APPROVED, REJECTED, SUSPENDED
    status_reason        varchar(500),
    dedicated_hr_id      varchar(26),
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    approved_at          timestamp with time zone,
    version              bigint       not null
);
create unique index ux_employer_credit_code on employer (credit_code);
create index ix_employer_status on employer (status, id);
create index ix_employer_hr on employer (dedicated_hr_id);

-- Who acts for an employer: its owner (the registering user) and HR members who joined by invitation.
create table employer_member (
    employer_id varchar(26) not null,
    user_id     varchar(26) not null,
    member_role varchar(8)  not null,   -- OWNER, HR
    joined_at   timestamp with time zone not null,
    primary key (employer_id, user_id)
);
create unique index ux_employer_member_user on employer_member (user_id);

-- Single-use invitation codes, stored hashed.
create table employer_invitation (
    id          varchar(26) primary key,
    employer_id varchar(26) not null,
    code_hash   varchar(64) not null,
    created_by  varchar(26) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_by     varchar(26),
    used_at     timestamp with time zone
);
create unique index ux_employer_invitation_code on employer_invitation (code_hash);
