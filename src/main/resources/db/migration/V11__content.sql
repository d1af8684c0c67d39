-- Content of the home page: policy announcements (政策公告) and articles of columns such as the
-- showcase "南湖旁的星辰大海". One table for both kinds.

-- An announcement (category set) or an article (column_code set). status is what an admin last
-- did: DRAFT, PUBLISHED or UNPUBLISHED; a PUBLISHED item shows from publish_at on, so one
-- published for a later time is SCHEDULED until the clock passes it. content is sanitised HTML;
-- body_text is its plain text, which search reads. tags repeats content_tag, comma separated, so a
-- card needs no second query.
create table content_item (
    id            varchar(26)    primary key,
    kind          varchar(12)    not null,   -- ANNOUNCEMENT, ARTICLE
    category      varchar(24),               -- announcements: TALENT_POLICY, EMPLOYMENT_SUBSIDY, ...
    column_code   varchar(24),               -- articles: showcase, ...
    employer_id   varchar(26),               -- articles: the employer the story is about
    title         varchar(120)   not null,
    summary       varchar(300)   not null,
    content       varchar(200000) not null,
    body_text     varchar(100000) not null,
    cover_file_id varchar(26),
    tags          varchar(500),
    pinned        boolean        not null,
    status        varchar(12)    not null,
    publish_at    timestamp with time zone,  -- null until first published
    view_count    bigint         not null default 0,
    created_by    varchar(26)    not null,
    updated_by    varchar(26)    not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint         not null
);
-- public lists: visible items of a kind, pinned first, then newest
create index ix_content_item_public on content_item (kind, status, pinned, publish_at, id);
create index ix_content_item_employer on content_item (employer_id);

-- Who an item is relevant to: a district (NBS code), an industry section (GB/T 4754) or an
-- audience (SEEKER, EMPLOYER). Suggestions match on these.
create table content_tag (
    item_id  varchar(26) not null,
    tag_kind varchar(12) not null,   -- DISTRICT, INDUSTRY, AUDIENCE
    code     varchar(12) not null,
    primary key (item_id, tag_kind, code)
);
create index ix_content_tag_code on content_tag (tag_kind, code, item_id);

-- The files an item shows: its cover, its attachments (in order) and the images inside its text.
-- Everyone may read them while the item is public.
create table content_file (
    item_id   varchar(26) not null,
    file_id   varchar(26) not null,
    file_role varchar(12) not null,   -- COVER, ATTACHMENT, INLINE
    ord       integer     not null,
    primary key (item_id, file_id, file_role)
);
create index ix_content_file_file on content_file (file_id);
