-- Certification: the rules per programme, certificates with readable numbers and secret verification
-- codes, and the per country and year counters the numbers come from.

-- Missing row = the defaults (CertificationPolicy.DEFAULTS). required_codes null = all the programme selected.
create table certification_policy (
    programme_id         uuid          primary key references programme (id) on delete cascade,
    min_attendance       numeric(5, 2) not null check (min_attendance between 0 and 100),
    required_codes       varchar(4000),
    min_post_test        numeric(5, 2) not null check (min_post_test between 0 and 100),
    validity_months      integer       not null check (validity_months between 1 and 240),
    renewal_window_days  integer       not null check (renewal_window_days between 0 and 3650),
    updated_by           varchar(255)  not null,
    updated_at           timestamptz   not null,
    version              integer       not null default 0
);

-- One row per country and year; the next number is taken with UPDATE … RETURNING (row lock), so two
-- issuers never get the same one.
create table certificate_counter (
    country_code  varchar(2) not null,
    year          integer    not null,
    last_value    integer    not null,
    primary key (country_code, year)
);

create table certificate (
    id                    uuid          primary key,
    number                varchar(20)   not null unique,
    verification_code     varchar(40)   not null unique,
    person_id             uuid          not null references person (id),
    programme_id          uuid          not null references programme (id),
    cohort_id             uuid          not null references cohort (id),
    framework_version_id  uuid          not null references framework_version (id),
    framework_label       varchar(300)  not null,
    competencies          text          not null,   -- attested: one "CODE<TAB>statement" a line
    issued_on             date          not null,
    expires_on            date          not null,
    -- 1 for the first certificate of a person and programme, previous + 1 for a renewal: issuing
    -- twice, or renewing the same certificate twice, hits the unique constraint.
    generation            integer       not null check (generation >= 1),
    previous_id           uuid          references certificate (id),
    revoked_at            timestamptz,
    revoked_by            varchar(255),
    revoked_reason        varchar(1000),
    issued_by             varchar(255)  not null,
    issued_at             timestamptz   not null,
    version               integer       not null default 0,
    constraint certificate_generation_unique unique (person_id, programme_id, generation),
    constraint certificate_revoked_check check ((revoked_at is null) = (revoked_reason is null)),
    constraint certificate_dates_check check (expires_on > issued_on)
);
create index certificate_cohort_idx on certificate (cohort_id);
create index certificate_programme_idx on certificate (programme_id);
