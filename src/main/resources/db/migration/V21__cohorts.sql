-- Cohorts, enrolment, training sessions, attendance and its audit trail.

create table cohort (
    id            uuid         primary key,
    programme_id  uuid         not null references programme (id),
    name          varchar(300) not null,
    country_code  varchar(2)   not null check (country_code ~ '^[A-Z]{2}$'),
    region_id     uuid         references region (id),
    venue         varchar(300),
    time_zone     varchar(64)  not null,      -- IANA zone id, e.g. Africa/Porto-Novo
    language      varchar(8)   not null default 'en',
    starts_on     date         not null,
    ends_on       date         not null,
    capacity      integer      not null check (capacity > 0),
    created_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint cohort_dates_check check (ends_on >= starts_on)
);
create index cohort_country_idx on cohort (country_code);
create index cohort_programme_idx on cohort (programme_id);
create index cohort_name_fold_idx on cohort (cadre_fold(name));

create table cohort_trainer (
    cohort_id  uuid not null references cohort (id) on delete cascade,
    person_id  uuid not null references person (id),
    primary key (cohort_id, person_id)
);
create index cohort_trainer_person_idx on cohort_trainer (person_id);

create table enrolment (
    id           uuid        primary key,
    cohort_id    uuid        not null references cohort (id) on delete cascade,
    person_id    uuid        not null references person (id),
    status       varchar(12) not null check (status in ('enrolled', 'waitlisted', 'withdrawn', 'completed')),
    enrolled_at  timestamptz not null,
    version      integer     not null default 0,
    constraint enrolment_unique unique (cohort_id, person_id)
);
create index enrolment_person_idx on enrolment (person_id);

-- Start and end are kept twice: as the wall-clock time in the cohort's zone (what people read) and as
-- instants (for overlap queries across cohorts and zones, and for calendar feeds).
create table training_session (
    id            uuid         primary key,
    cohort_id     uuid         not null references cohort (id) on delete cascade,
    title         varchar(300) not null,
    module        varchar(200),
    venue         varchar(300),
    time_zone     varchar(64)  not null,
    local_start   timestamp    not null,
    local_end     timestamp    not null,
    starts_at     timestamptz  not null,
    ends_at       timestamptz  not null,
    created_at    timestamptz  not null default now(),
    version       integer      not null default 0,
    constraint training_session_order_check check (ends_at > starts_at)
);
create index training_session_cohort_idx on training_session (cohort_id, starts_at);
create index training_session_time_idx on training_session (starts_at, ends_at);
create index training_session_venue_idx on training_session (cadre_fold(venue));

create table session_trainer (
    session_id  uuid not null references training_session (id) on delete cascade,
    person_id   uuid not null references person (id),
    primary key (session_id, person_id)
);
create index session_trainer_person_idx on session_trainer (person_id);

create table session_competency (
    session_id       uuid        not null references training_session (id) on delete cascade,
    competency_code  varchar(40) not null,
    primary key (session_id, competency_code)
);

create table attendance (
    id           uuid        primary key,
    session_id   uuid        not null references training_session (id) on delete cascade,
    person_id    uuid        not null references person (id),
    status       varchar(10) not null check (status in ('present', 'late', 'absent', 'excused')),
    minutes      integer     not null check (minutes >= 0),
    recorded_by  varchar(255) not null,
    recorded_at  timestamptz not null,
    version      integer     not null default 0,
    constraint attendance_unique unique (session_id, person_id)
);
create index attendance_person_idx on attendance (person_id);

-- Every change to an attendance record after it was first taken: who, when, before and after.
create table attendance_correction (
    id              uuid         primary key,
    attendance_id   uuid         not null references attendance (id) on delete cascade,
    changed_by      varchar(255) not null,
    changed_at      timestamptz  not null,
    before_status   varchar(10)  not null,
    before_minutes  integer      not null,
    after_status    varchar(10)  not null,
    after_minutes   integer      not null
);
create index attendance_correction_attendance_idx on attendance_correction (attendance_id, changed_at);
