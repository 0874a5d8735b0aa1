-- Competency frameworks (versioned, multilingual) and the programmes that adopt one version of them.
-- Texts are stored per language as jsonb maps {"en": "...", "fr": "...", "ro": "..."}; English is required.

create table framework (
    id          uuid         primary key,
    code        varchar(40)  not null unique check (code ~ '^[A-Z][A-Z0-9-]{1,39}$'),
    cadre       varchar(80)  not null,                 -- para-professional, cycw, psw, cdw …
    created_at  timestamptz  not null default now()
);

create table framework_version (
    id            uuid         primary key,
    framework_id  uuid         not null references framework (id),
    version       varchar(20)  not null,
    status        varchar(12)  not null check (status in ('draft', 'published', 'retired')),
    title         jsonb        not null check (title ? 'en'),
    description   jsonb        not null default '{}',
    notice        jsonb        not null default '{}',   -- e.g. "illustrative outline, to be replaced by the official text"
    source        varchar(300),                         -- curricula file, "case-import" or "api"
    content_hash  varchar(64),                          -- SHA-256 of the canonical content when imported from a file
    published_at  timestamptz,
    retired_at    timestamptz,
    created_at    timestamptz  not null default now(),
    lock_version  integer      not null default 0,
    constraint framework_version_unique unique (framework_id, version)
);
create index framework_version_framework_idx on framework_version (framework_id);

create table framework_scale_level (
    id                    uuid         primary key,
    framework_version_id  uuid         not null references framework_version (id) on delete cascade,
    position              integer      not null,
    code                  varchar(40)  not null,
    label                 jsonb        not null check (label ? 'en'),
    proficient            boolean      not null,
    constraint framework_scale_level_position_unique unique (framework_version_id, position),
    constraint framework_scale_level_code_unique unique (framework_version_id, code)
);

create table framework_function (
    id                    uuid         primary key,
    framework_version_id  uuid         not null references framework_version (id) on delete cascade,
    position              integer      not null,
    code                  varchar(40)  not null,
    title                 jsonb        not null check (title ? 'en'),
    description           jsonb        not null default '{}',
    constraint framework_function_code_unique unique (framework_version_id, code)
);

create table competency (
    id                    uuid         primary key,
    framework_version_id  uuid         not null references framework_version (id) on delete cascade,
    function_id           uuid         not null references framework_function (id) on delete cascade,
    position              integer      not null,
    code                  varchar(40)  not null,
    statement             jsonb        not null check (statement ? 'en'),
    level                 varchar(10)  not null check (level in ('basic', 'advanced')),
    dimension             varchar(10)  not null check (dimension in ('knowledge', 'skills', 'values')),
    indicators            jsonb        not null default '[]',   -- [{"en": "...", "fr": "..."}, …]
    constraint competency_code_unique unique (framework_version_id, code)
);
create index competency_function_idx on competency (function_id);
create index competency_statement_fold_idx on competency (cadre_fold(statement ->> 'en'));

-- Published and retired versions are immutable: their content rows cannot be inserted, changed or
-- removed, and the version row itself may only move published → retired. (The service enforces the
-- same rules with readable messages; this is the safety net.)
create or replace function framework_version_is_open(version_id uuid) returns boolean
    language sql stable
    as $$ select status = 'draft' from framework_version where id = version_id $$;

create or replace function framework_content_guard() returns trigger
    language plpgsql as $$
declare
    target uuid;
begin
    if tg_op = 'DELETE' then
        target := old.framework_version_id;
    else
        target := new.framework_version_id;
    end if;
    if not coalesce(framework_version_is_open(target), true) then
        raise exception 'framework version % is published or retired: its content cannot change', target
            using errcode = 'check_violation';
    end if;
    if tg_op = 'UPDATE' and old.framework_version_id <> new.framework_version_id
            and not coalesce(framework_version_is_open(old.framework_version_id), true) then
        raise exception 'framework version % is published or retired: its content cannot change', old.framework_version_id
            using errcode = 'check_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;

create trigger framework_scale_level_guard before insert or update or delete on framework_scale_level
    for each row execute function framework_content_guard();
create trigger framework_function_guard before insert or update or delete on framework_function
    for each row execute function framework_content_guard();
create trigger competency_guard before insert or update or delete on competency
    for each row execute function framework_content_guard();

create or replace function framework_version_guard() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'draft' then
            raise exception 'framework version % is % and cannot be deleted', old.id, old.status
                using errcode = 'check_violation';
        end if;
        return old;
    end if;
    if old.status = 'draft' then
        return new;
    end if;
    if new.framework_id <> old.framework_id or new.version <> old.version or new.title <> old.title
            or new.description <> old.description or new.notice <> old.notice
            or new.content_hash is distinct from old.content_hash
            or new.published_at is distinct from old.published_at then
        raise exception 'framework version % is %: its content cannot change', old.id, old.status
            using errcode = 'check_violation';
    end if;
    if old.status = 'retired' and new.status <> 'retired' then
        raise exception 'framework version % is retired and cannot be reopened', old.id
            using errcode = 'check_violation';
    end if;
    if old.status = 'published' and new.status = 'draft' then
        raise exception 'framework version % is published and cannot return to draft', old.id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger framework_version_guard before update or delete on framework_version
    for each row execute function framework_version_guard();

-- Programmes: a framework version adopted for some countries, with the competencies it uses.
create table programme (
    id                    uuid          primary key,
    name                  varchar(200)  not null,
    framework_version_id  uuid          not null references framework_version (id),
    created_at            timestamptz   not null default now(),
    lock_version          integer       not null default 0,
    constraint programme_name_unique unique (name)
);
create index programme_framework_version_idx on programme (framework_version_id);

create table programme_country (
    programme_id  uuid        not null references programme (id) on delete cascade,
    country_code  varchar(2)  not null check (country_code ~ '^[A-Z]{2}$'),
    primary key (programme_id, country_code)
);
create index programme_country_code_idx on programme_country (country_code);

create table programme_competency (
    programme_id   uuid  not null references programme (id) on delete cascade,
    competency_id  uuid  not null references competency (id),
    primary key (programme_id, competency_id)
);
