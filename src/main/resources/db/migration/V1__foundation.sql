-- Foundation: per-user preferences and the first reference data (regions of ISO 3166-1 countries).
-- Country names come from the JDK's locale data, so countries need no table of their own yet.

create extension if not exists unaccent;

-- An immutable wrapper so that accent-insensitive search can be indexed (Bălți = Balti).
create or replace function cadre_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create table user_preference (
    subject     varchar(255) primary key,          -- the OIDC subject (Keycloak user id)
    locale      varchar(8)   not null,
    updated_at  timestamptz  not null default now()
);

create table region (
    id            uuid         primary key,
    country_code  varchar(2)   not null check (country_code ~ '^[A-Z]{2}$'),
    name          varchar(200) not null,
    kind          varchar(40)  not null default 'region', -- province, county, raion, department, state …
    created_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint region_name_unique unique (country_code, name)
);
create index region_country_idx on region (country_code);
create index region_name_fold_idx on region (cadre_fold(name));
