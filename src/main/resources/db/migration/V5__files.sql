-- Files: uploaded business licences, résumés, logos and attachments. The bytes live in the file
-- store (see cn.nanhu.talent.files.FileStore) under storage_key; this table says whose they are.

create table stored_file (
    id           varchar(26)  primary key,
    owner_kind   varchar(8)   not null,   -- USER, STAFF: who uploaded it
    owner_id     varchar(26)  not null,
    purpose      varchar(16)  not null,   -- LICENSE, RESUME, LOGO, ATTACHMENT
    content_type varchar(64)  not null,   -- decided from the content, never from the client
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,   -- hex
    storage_key  varchar(128) not null,   -- made from the id, never from the client's file name
    created_at   timestamp with time zone not null,
    deleted_at   timestamp with time zone   -- set when erased; the bytes are removed after commit
);
create index ix_stored_file_owner on stored_file (owner_kind, owner_id);
