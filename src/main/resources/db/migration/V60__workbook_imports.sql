-- Workbook imports: every upload is previewed first (kept here with each row's outcome), then
-- committed all at once or discarded. workbook_audit records who exported or imported what.

create table workbook_import (
    id              uuid         primary key,
    kind            varchar(40)  not null,              -- participants, scores, attendance, regions …
    scope_id        varchar(100),                       -- the cohort, country … the import is for
    file_name       varchar(255) not null,
    file_sha256     varchar(64)  not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
    uploader        varchar(255) not null,
    created_at      timestamptz  not null,
    status          varchar(20)  not null check (status in ('previewed', 'committed', 'discarded')),
    rows_total      integer      not null,
    rows_create     integer      not null,
    rows_update     integer      not null,
    rows_unchanged  integer      not null,
    rows_error      integer      not null,
    preview         text         not null,              -- JSON: every row's outcome and every error
    payload         text         not null,              -- JSON: the parsed rows that a commit applies
    committed_at    timestamptz,
    version         integer      not null default 0
);
create index workbook_import_file_idx on workbook_import (kind, scope_id, file_sha256, status);
create index workbook_import_uploader_idx on workbook_import (uploader, created_at desc);

create table workbook_audit (
    id           uuid         primary key,
    at           timestamptz  not null,
    actor        varchar(255) not null,
    action       varchar(20)  not null check (action in ('export', 'preview', 'commit', 'discard')),
    kind         varchar(40)  not null,
    scope_id     varchar(100),
    file_name    varchar(255) not null,
    file_sha256  varchar(64)  not null,
    row_count    integer      not null,
    import_id    uuid         references workbook_import (id)
);
create index workbook_audit_at_idx on workbook_audit (at desc);
create index workbook_audit_scope_idx on workbook_audit (kind, scope_id);
