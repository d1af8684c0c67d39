-- Statistics: counters kept in the transaction of each change, so the overview never scans the
-- source tables. Every figure is a sum of the contributions of single subjects (an employer, a
-- job, an application, ...); stats_subject keeps what each subject currently contributes, so a
-- change replaces its old contribution with the new one, and a rebuild recomputes them all.

-- Events per China day: e.g. APPLICATIONS on 2026-11-26 in district 330402. dim is ALL (value ''),
-- DISTRICT (county-level division code), INDUSTRY (GB/T 4754 section), OCCUPATION (major group)
-- or CHANNEL (a distribution channel's id; its CHANNEL_* metrics are kept by the channel feature).
create table stats_daily (
    metric    varchar(32) not null,
    on_day    date        not null,
    dim       varchar(12) not null,
    dim_value varchar(32) not null,
    n         bigint      not null,
    primary key (metric, on_day, dim, dim_value)
);
-- the overview and series read one dimension value over a range of days; a breakdown reads every
-- value of one dimension over a range of days
create index ix_stats_daily_value_day on stats_daily (dim, dim_value, on_day);
create index ix_stats_daily_dim_day on stats_daily (dim, on_day);

-- Current state: e.g. JOBS_OPEN now in occupation group 2.
create table stats_gauge (
    metric    varchar(32) not null,
    dim       varchar(12) not null,
    dim_value varchar(32) not null,
    n         bigint      not null,
    primary key (metric, dim, dim_value)
);

-- What one subject contributes to the counters, as compact facts (see stats.Facts).
create table stats_subject (
    kind       varchar(16)  not null,   -- EMPLOYER, JOB, SEEKER, APPLICATION, CONSULTATION, FAIR, FAIR_REG, FAIR_TICKET
    subject_id varchar(26)  not null,
    facts      varchar(2000) not null,
    primary key (kind, subject_id)
);

-- A staff message that answered a ticket waiting for staff keeps the due time it answered
-- against, so "answered on time" can be recomputed from the messages alone.
alter table consultation_message add column answer_due_at timestamp with time zone;
