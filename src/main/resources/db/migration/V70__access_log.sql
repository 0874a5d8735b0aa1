-- Who read, exported, imported or changed whose records: personal data access is accountable.
create table access_log (
    id            bigserial    primary key,
    at            timestamptz  not null default now(),
    actor         varchar(255) not null,          -- username of the caller
    actor_roles   varchar(200) not null default '',
    action        varchar(20)  not null check (action in ('read', 'export', 'import', 'change')),
    subject_type  varchar(60)  not null,          -- person, cohort, visit, report, certificate …
    subject_id    varchar(100),
    detail        varchar(500)
);
create index access_log_at_idx on access_log (at desc);
create index access_log_subject_idx on access_log (subject_type, subject_id);
create index access_log_actor_idx on access_log (actor, at desc);
