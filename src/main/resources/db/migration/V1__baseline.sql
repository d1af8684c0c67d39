-- Reference data (dictionaries). Loaded by the Java migration V2__ReferenceData.

create table ref_division (
    code        varchar(12) primary key,
    name        varchar(64) not null,
    level       smallint    not null,  -- 1 province, 2 city, 3 county/district, 4 street/town
    parent_code varchar(12)
);
create index ix_ref_division_parent on ref_division (parent_code);

create table ref_occupation (
    code        varchar(16) primary key,  -- e.g. 2-02-10-03
    name        varchar(128) not null,
    level       smallint     not null,    -- 1 major group .. 4 occupation
    parent_code varchar(16),
    digital     boolean      not null,
    green       boolean      not null,
    definition  varchar(2000),
    aliases     varchar(4000)             -- job-board titles, comma separated
);
create index ix_ref_occupation_parent on ref_occupation (parent_code);

create table ref_industry (
    code        varchar(4)   primary key,  -- section letter A-T or two-digit division
    name        varchar(128) not null,
    level       smallint     not null,     -- 1 section, 2 division
    parent_code varchar(4),
    section     varchar(1)   not null
);

create table ref_university (
    moe_code  varchar(10)  primary key,
    name      varchar(128) not null,
    authority varchar(64),
    province  varchar(32),
    city      varchar(32),
    level     varchar(16),
    note      varchar(64)
);
create index ix_ref_university_province on ref_university (province);

create table ref_holiday (
    holiday_date date       primary key,
    name    varchar(32) not null,
    off_day boolean     not null   -- false: a make-up working day (调休上班)
);
