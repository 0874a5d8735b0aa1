-- People: organisations, persons (optionally linked to a Keycloak user) and their trainer / mentor profiles.

create table organisation (
    id            uuid         primary key,
    name          varchar(300) not null,
    kind          varchar(40)  not null check (kind in ('ministry', 'ngo', 'child-protection-centre',
                                                        'social-work-centre', 'school-of-social-work', 'other')),
    country_code  varchar(2)   not null check (country_code ~ '^[A-Z]{2}$'),
    region_id     uuid         references region (id),
    created_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint organisation_name_unique unique (country_code, name)
);
create index organisation_name_fold_idx on organisation (cadre_fold(name));

create table person (
    id                 uuid         primary key,
    given_name         varchar(200) not null,
    family_name        varchar(200) not null,
    cadre              varchar(40)  not null default 'other'
                       check (cadre in ('psw', 'cycw', 'cdw', 'social-worker', 'manager', 'other')),
    country_code       varchar(2)   not null check (country_code ~ '^[A-Z]{2}$'),
    organisation_id    uuid         references organisation (id),
    region_id          uuid         references region (id),
    email              varchar(320),
    phone              varchar(40),
    keycloak_username  varchar(255) unique,      -- the Keycloak preferred_username this person signs in as
    keycloak_subject   varchar(255) unique,      -- the Keycloak user id (sub), when known
    created_at         timestamptz  not null default now(),
    version            integer      not null default 0
);
create index person_name_fold_idx on person (cadre_fold(given_name || ' ' || family_name));
create index person_country_idx on person (country_code);
create index person_organisation_idx on person (organisation_id);

-- A person may train (kind trainer) and/or mentor (kind mentor), at a level, for some frameworks.
create table person_profile (
    id         uuid        primary key,
    person_id  uuid        not null references person (id) on delete cascade,
    kind       varchar(10) not null check (kind in ('trainer', 'mentor')),
    level      varchar(10) not null check (level in ('master', 'national', 'local')),
    version    integer     not null default 0,
    constraint person_profile_unique unique (person_id, kind)
);

-- Framework codes (e.g. PSW, CYCW) the profile covers; codes, not ids, so a new framework version needs no change.
create table person_profile_framework (
    profile_id      uuid        not null references person_profile (id) on delete cascade,
    framework_code  varchar(40) not null,
    primary key (profile_id, framework_code)
);
