-- Counts for the programme reports at national scale (issue 10), kept by the write path.
--
-- The gap and coverage reports of a whole programme counted, on every request, every enrolee's current
-- ratings (200,000 people × 17 competencies) and every attendance of a session covering a competency
-- (2 million rows): seconds per report. These tables keep the same numbers per place (the cohort's country
-- and region) and cadre, updated by triggers as enrolments, attendance, session competencies, current
-- ratings (V81) and cadres change, so that a report adds up a few thousand counts instead.
-- Exactness rules (the reference is the live SQL in GapReports.CURRENT and CoverageReports.BASE):
--  * a person counts in a place while they have at least one enrolment (enrolled or completed) in a cohort
--    of the programme there (report_member, a reference count of those enrolments);
--  * reached in a place and competency: present or late at a session covering the competency, of a cohort of
--    the programme there in which they have such an enrolment (report_reach, a reference count of the
--    attendance × session competency pairs);
--  * the counts (report_count) are per (programme, country, region, cadre): members ('m'), members whose
--    current rating of a competency is at a level ('l', the level is kept, so proficiency is read from the
--    scale when the report runs), members reached in a competency code ('r');
--  * people counted in several places of one report are counted once by the report itself (report_person
--    lists how many places each person has, so those few are found by an index); certificates, which
--    depend on today's date, are counted live by the report (a small table).
-- report_count is append-only for the write path (each change adds a row of +1/−1, so concurrent visits
-- never wait for each other on a shared counter); the report adds the rows up and now and then folds the
-- pending rows into one row per cell (report_count_compact).

create table report_member (
    programme_id  uuid         not null,
    person_id     uuid         not null,
    country_code  varchar(2)   not null,
    region_key    uuid         not null,   -- the cohort's region, or the nil uuid for a cohort without one
    enrolments    integer      not null,
    primary key (programme_id, person_id, country_code, region_key)
);
create index report_member_person_idx on report_member (person_id);

create table report_person (
    programme_id  uuid     not null,
    person_id     uuid     not null,
    places        integer  not null,
    primary key (programme_id, person_id)
);
create index report_person_several_idx on report_person (programme_id, person_id) where places > 1;

create table report_reach (
    programme_id     uuid         not null,
    person_id        uuid         not null,
    country_code     varchar(2)   not null,
    region_key       uuid         not null,
    competency_code  varchar(40)  not null,
    marks            integer      not null,
    primary key (programme_id, person_id, country_code, region_key, competency_code)
);

create table report_count (
    programme_id  uuid         not null,
    country_code  varchar(2)   not null,
    region_id     uuid,
    cadre         varchar(40)  not null,
    measure       char(1)      not null check (measure in ('m', 'l', 'r')),
    competency    varchar(40)  not null default '',  -- 'l': the competency id; 'r': the competency code
    level         integer      not null default 0,   -- 'l': the level of the current rating
    n             integer      not null,
    pending       boolean      not null default true
);
create unique index report_count_cell_idx on report_count
    (programme_id, country_code, coalesce(region_id, '00000000-0000-0000-0000-000000000000'::uuid), cadre, measure,
     competency, level) where not pending;
create index report_count_pending_idx on report_count (programme_id) where pending;

-- One lock per person serialises the triggers below that read one of enrolment, attendance or current
-- rating while another transaction changes another (each statement then sees the other's committed rows).
create or replace function report_person_lock(a_person uuid) returns void
    language sql as $$ select pg_advisory_xact_lock(hashtextextended(a_person::text, 83)) $$;

create or replace function report_count_add(a_programme uuid, a_country varchar, a_region_key uuid, a_cadre varchar,
                                            a_measure char, a_competency varchar, a_level integer, a_n integer)
    returns void language sql as $$
    insert into report_count (programme_id, country_code, region_id, cadre, measure, competency, level, n)
    values (a_programme, a_country, nullif(a_region_key, '00000000-0000-0000-0000-000000000000'::uuid), a_cadre,
            a_measure, a_competency, a_level, a_n)
$$;

-- A person's enrolments in a place change by a_delta; when the place starts or stops counting them, their
-- member count and current ratings are added or taken away there.
create or replace function report_member_change(a_programme uuid, a_person uuid, a_country varchar, a_region_key uuid,
                                                a_delta integer) returns void
    language plpgsql as $$
declare
    remaining  integer;
    sign       integer;
    kadre      varchar;
begin
    insert into report_member as m (programme_id, person_id, country_code, region_key, enrolments)
    values (a_programme, a_person, a_country, a_region_key, a_delta)
    on conflict (programme_id, person_id, country_code, region_key) do update set enrolments = m.enrolments + a_delta
    returning m.enrolments into remaining;
    if a_delta > 0 and remaining = a_delta then
        sign := 1;
    elsif remaining = 0 then
        sign := -1;
        delete from report_member
         where programme_id = a_programme and person_id = a_person and country_code = a_country
           and region_key = a_region_key;
    else
        return;
    end if;
    select p.cadre into kadre from person p where p.id = a_person;
    perform report_count_add(a_programme, a_country, a_region_key, kadre, 'm', '', 0, sign);
    insert into report_count (programme_id, country_code, region_id, cadre, measure, competency, level, n)
    select a_programme, a_country, nullif(a_region_key, '00000000-0000-0000-0000-000000000000'::uuid), kadre, 'l',
           cast(cr.competency_id as varchar), cr.level, sign
      from current_rating cr
     where cr.person_id = a_person;
    insert into report_person as rp (programme_id, person_id, places) values (a_programme, a_person, sign)
    on conflict (programme_id, person_id) do update set places = rp.places + sign
    returning rp.places into remaining;
    if remaining = 0 then
        delete from report_person where programme_id = a_programme and person_id = a_person;
    end if;
end $$;

-- The attendance marks reaching a person in a place and competency code change by a_delta.
create or replace function report_reach_change(a_programme uuid, a_person uuid, a_country varchar, a_region_key uuid,
                                               a_code varchar, a_delta integer) returns void
    language plpgsql as $$
declare
    remaining  integer;
    kadre      varchar;
begin
    if a_delta = 0 then
        return;
    end if;
    insert into report_reach as r (programme_id, person_id, country_code, region_key, competency_code, marks)
    values (a_programme, a_person, a_country, a_region_key, a_code, a_delta)
    on conflict (programme_id, person_id, country_code, region_key, competency_code)
        do update set marks = r.marks + a_delta
    returning r.marks into remaining;
    if a_delta > 0 and remaining = a_delta then
        select p.cadre into kadre from person p where p.id = a_person;
        perform report_count_add(a_programme, a_country, a_region_key, kadre, 'r', a_code, 0, 1);
    elsif remaining = 0 then
        delete from report_reach
         where programme_id = a_programme and person_id = a_person and country_code = a_country
           and region_key = a_region_key and competency_code = a_code;
        select p.cadre into kadre from person p where p.id = a_person;
        perform report_count_add(a_programme, a_country, a_region_key, kadre, 'r', a_code, 0, -1);
    end if;
end $$;

-- A counted enrolment (person, cohort) starts (a_sign 1) or stops (−1) counting in the cohort's place:
-- the membership and the reach of the person's marks in that cohort's sessions.
create or replace function report_enrolment_apply(a_cohort uuid, a_person uuid, a_programme uuid, a_country varchar,
                                                  a_region_key uuid, a_sign integer) returns void
    language plpgsql as $$
declare
    mark record;
begin
    perform report_person_lock(a_person);
    if a_sign > 0 then
        perform report_member_change(a_programme, a_person, a_country, a_region_key, 1);
    end if;
    for mark in
        select sc.competency_code, count(*) as marks
          from training_session ts
          join attendance a on a.session_id = ts.id and a.person_id = a_person
          join session_competency sc on sc.session_id = ts.id
         where ts.cohort_id = a_cohort and a.status in ('present', 'late')
         group by sc.competency_code
    loop
        perform report_reach_change(a_programme, a_person, a_country, a_region_key, mark.competency_code,
                                    a_sign * cast(mark.marks as integer));
    end loop;
    if a_sign < 0 then
        perform report_member_change(a_programme, a_person, a_country, a_region_key, -1);
    end if;
end $$;

create or replace function report_enrolment_changed() returns trigger
    language plpgsql as $$
declare
    was     boolean := false;
    is_now  boolean := false;
    c       record;
begin
    if tg_op <> 'INSERT' then
        was := old.status in ('enrolled', 'completed');
    end if;
    if tg_op <> 'DELETE' then
        is_now := new.status in ('enrolled', 'completed');
    end if;
    if tg_op = 'UPDATE' and was = is_now and old.cohort_id = new.cohort_id and old.person_id = new.person_id then
        return null;
    end if;
    if was then
        select co.programme_id, co.country_code,
               coalesce(co.region_id, '00000000-0000-0000-0000-000000000000'::uuid) as region_key
          into c from cohort co where co.id = old.cohort_id;
        if found then -- not found: the cohort is being deleted, and its own trigger took its counts away
            perform report_enrolment_apply(old.cohort_id, old.person_id, c.programme_id, c.country_code, c.region_key, -1);
        end if;
    end if;
    if is_now then
        select co.programme_id, co.country_code,
               coalesce(co.region_id, '00000000-0000-0000-0000-000000000000'::uuid) as region_key
          into c from cohort co where co.id = new.cohort_id;
        perform report_enrolment_apply(new.cohort_id, new.person_id, c.programme_id, c.country_code, c.region_key, 1);
    end if;
    return null;
end $$;

create trigger enrolment_report after insert or update or delete on enrolment
    for each row execute function report_enrolment_changed();

-- A present or late mark of a person at a session starts (1) or stops (−1) reaching them in its competencies,
-- when they have a counted enrolment in the session's cohort.
create or replace function report_attendance_apply(a_session uuid, a_person uuid, a_sign integer) returns void
    language plpgsql as $$
declare
    c     record;
    code  record;
begin
    perform report_person_lock(a_person);
    select co.programme_id, co.country_code,
           coalesce(co.region_id, '00000000-0000-0000-0000-000000000000'::uuid) as region_key
      into c
      from training_session ts
      join cohort co on co.id = ts.cohort_id
     where ts.id = a_session
       and exists (select 1 from enrolment e where e.cohort_id = co.id and e.person_id = a_person
                                              and e.status in ('enrolled', 'completed'));
    if not found then
        return;
    end if;
    for code in select sc.competency_code from session_competency sc where sc.session_id = a_session loop
        perform report_reach_change(c.programme_id, a_person, c.country_code, c.region_key, code.competency_code, a_sign);
    end loop;
end $$;

create or replace function report_attendance_changed() returns trigger
    language plpgsql as $$
declare
    was     boolean := false;
    is_now  boolean := false;
begin
    if tg_op <> 'INSERT' then
        was := old.status in ('present', 'late');
    end if;
    if tg_op <> 'DELETE' then
        is_now := new.status in ('present', 'late');
    end if;
    if tg_op = 'UPDATE' and was = is_now and old.session_id = new.session_id and old.person_id = new.person_id then
        return null;
    end if;
    if was then
        perform report_attendance_apply(old.session_id, old.person_id, -1);
    end if;
    if is_now then
        perform report_attendance_apply(new.session_id, new.person_id, 1);
    end if;
    return null;
end $$;

create trigger attendance_report after insert or update or delete on attendance
    for each row execute function report_attendance_changed();

-- A session starts (1) or stops (−1) covering a competency code: the reach of everyone marked present or
-- late at it, with a counted enrolment in its cohort.
create or replace function report_session_code_apply(a_session uuid, a_code varchar, a_sign integer) returns void
    language plpgsql as $$
declare
    m record;
begin
    for m in
        select co.programme_id, co.country_code,
               coalesce(co.region_id, '00000000-0000-0000-0000-000000000000'::uuid) as region_key, a.person_id
          from training_session ts
          join cohort co on co.id = ts.cohort_id
          join attendance a on a.session_id = ts.id and a.status in ('present', 'late')
         where ts.id = a_session
           and exists (select 1 from enrolment e where e.cohort_id = co.id and e.person_id = a.person_id
                                                  and e.status in ('enrolled', 'completed'))
    loop
        perform report_reach_change(m.programme_id, m.person_id, m.country_code, m.region_key, a_code, a_sign);
    end loop;
end $$;

create or replace function report_session_competency_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.session_id = new.session_id and old.competency_code = new.competency_code then
        return null;
    end if;
    if tg_op <> 'INSERT' then
        perform report_session_code_apply(old.session_id, old.competency_code, -1);
    end if;
    if tg_op <> 'DELETE' then
        perform report_session_code_apply(new.session_id, new.competency_code, 1);
    end if;
    return null;
end $$;

create trigger session_competency_report after insert or update or delete on session_competency
    for each row execute function report_session_competency_changed();

-- A session that is deleted takes its reach away first (its marks and competencies go by cascade, when
-- the session can no longer be found, so their own triggers find nothing to do).
create or replace function report_session_deleting() returns trigger
    language plpgsql as $$
declare
    code record;
begin
    for code in select sc.competency_code from session_competency sc where sc.session_id = old.id loop
        perform report_session_code_apply(old.id, code.competency_code, -1);
    end loop;
    return old;
end $$;

create trigger training_session_report before delete on training_session
    for each row execute function report_session_deleting();

-- A cohort that moves (programme, country or region) moves its counted enrolments; one that is deleted
-- takes them away first (its enrolments go by cascade, when the cohort can no longer be found).
create or replace function report_cohort_changed() returns trigger
    language plpgsql as $$
declare
    e record;
begin
    if tg_op = 'UPDATE' and old.programme_id = new.programme_id and old.country_code = new.country_code
       and old.region_id is not distinct from new.region_id then
        return new;
    end if;
    for e in select en.person_id from enrolment en
              where en.cohort_id = old.id and en.status in ('enrolled', 'completed') loop
        perform report_enrolment_apply(old.id, e.person_id, old.programme_id, old.country_code,
                                       coalesce(old.region_id, '00000000-0000-0000-0000-000000000000'::uuid), -1);
        if tg_op = 'UPDATE' then
            perform report_enrolment_apply(new.id, e.person_id, new.programme_id, new.country_code,
                                           coalesce(new.region_id, '00000000-0000-0000-0000-000000000000'::uuid), 1);
        end if;
    end loop;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;

create trigger cohort_report_move after update of programme_id, country_code, region_id on cohort
    for each row execute function report_cohort_changed();
create trigger cohort_report_delete before delete on cohort
    for each row execute function report_cohort_changed();

-- A current rating that changes moves the person's count between levels in every place they count in.
create or replace function report_rating_changed() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.level = new.level and old.competency_id = new.competency_id
       and old.person_id = new.person_id then
        return null;
    end if;
    if tg_op <> 'INSERT' then
        perform report_person_lock(old.person_id);
        insert into report_count (programme_id, country_code, region_id, cadre, measure, competency, level, n)
        select m.programme_id, m.country_code, nullif(m.region_key, '00000000-0000-0000-0000-000000000000'::uuid),
               p.cadre, 'l', cast(old.competency_id as varchar), old.level, -1
          from report_member m
          join person p on p.id = m.person_id
         where m.person_id = old.person_id;
    end if;
    if tg_op <> 'DELETE' then
        perform report_person_lock(new.person_id);
        insert into report_count (programme_id, country_code, region_id, cadre, measure, competency, level, n)
        select m.programme_id, m.country_code, nullif(m.region_key, '00000000-0000-0000-0000-000000000000'::uuid),
               p.cadre, 'l', cast(new.competency_id as varchar), new.level, 1
          from report_member m
          join person p on p.id = m.person_id
         where m.person_id = new.person_id;
    end if;
    return null;
end $$;

create trigger current_rating_report after insert or update or delete on current_rating
    for each row execute function report_rating_changed();

-- A person whose cadre changes moves all their counts to the new cadre.
create or replace function report_cadre_changed() returns trigger
    language plpgsql as $$
begin
    if old.cadre = new.cadre then
        return null;
    end if;
    perform report_person_lock(new.id);
    insert into report_count (programme_id, country_code, region_id, cadre, measure, competency, level, n)
    select m.programme_id, m.country_code, nullif(m.region_key, '00000000-0000-0000-0000-000000000000'::uuid),
           x.cadre, 'm', '', 0, x.sign
      from report_member m
     cross join (values (old.cadre, -1), (new.cadre, 1)) x (cadre, sign)
     where m.person_id = new.id
    union all
    select m.programme_id, m.country_code, nullif(m.region_key, '00000000-0000-0000-0000-000000000000'::uuid),
           x.cadre, 'l', cast(cr.competency_id as varchar), cr.level, x.sign
      from report_member m
      join current_rating cr on cr.person_id = m.person_id
     cross join (values (old.cadre, -1), (new.cadre, 1)) x (cadre, sign)
     where m.person_id = new.id
    union all
    select r.programme_id, r.country_code, nullif(r.region_key, '00000000-0000-0000-0000-000000000000'::uuid),
           x.cadre, 'r', r.competency_code, 0, x.sign
      from report_reach r
     cross join (values (old.cadre, -1), (new.cadre, 1)) x (cadre, sign)
     where r.person_id = new.id;
    return null;
end $$;

create trigger person_report_cadre after update of cadre on person
    for each row execute function report_cadre_changed();

-- Folds a programme's pending rows into one row per cell. Rows added meanwhile by other transactions are
-- not seen by the delete, so they stay pending: nothing is lost or counted twice.
create or replace function report_count_compact(a_programme uuid) returns void
    language sql as $$
    with moved as (
        delete from report_count where programme_id = a_programme and pending
        returning country_code, region_id, cadre, measure, competency, level, n
    )
    insert into report_count as c (programme_id, country_code, region_id, cadre, measure, competency, level, n, pending)
    select a_programme, country_code, region_id, cadre, measure, competency, level, sum(n), false
      from moved
     group by country_code, region_id, cadre, measure, competency, level
    on conflict (programme_id, country_code, coalesce(region_id, '00000000-0000-0000-0000-000000000000'::uuid), cadre,
                 measure, competency, level) where not pending
        do update set n = c.n + excluded.n
$$;

-- Backfill from the existing rows, set by set.
insert into report_member (programme_id, person_id, country_code, region_key, enrolments)
select c.programme_id, e.person_id, c.country_code, coalesce(c.region_id, '00000000-0000-0000-0000-000000000000'::uuid),
       count(*)
  from enrolment e
  join cohort c on c.id = e.cohort_id
 where e.status in ('enrolled', 'completed')
 group by 1, 2, 3, 4;

insert into report_person (programme_id, person_id, places)
select programme_id, person_id, count(*) from report_member group by programme_id, person_id;

insert into report_reach (programme_id, person_id, country_code, region_key, competency_code, marks)
select c.programme_id, a.person_id, c.country_code, coalesce(c.region_id, '00000000-0000-0000-0000-000000000000'::uuid),
       sc.competency_code, count(*)
  from attendance a
  join training_session ts on ts.id = a.session_id
  join cohort c on c.id = ts.cohort_id
  join enrolment e on e.cohort_id = c.id and e.person_id = a.person_id and e.status in ('enrolled', 'completed')
  join session_competency sc on sc.session_id = ts.id
 where a.status in ('present', 'late')
 group by 1, 2, 3, 4, 5;

insert into report_count (programme_id, country_code, region_id, cadre, measure, competency, level, n, pending)
select m.programme_id, m.country_code, nullif(m.region_key, '00000000-0000-0000-0000-000000000000'::uuid), p.cadre,
       'm', '', 0, count(*), false
  from report_member m
  join person p on p.id = m.person_id
 group by 1, 2, 3, 4
union all
select m.programme_id, m.country_code, nullif(m.region_key, '00000000-0000-0000-0000-000000000000'::uuid), p.cadre,
       'l', cast(cr.competency_id as varchar), cr.level, count(*), false
  from report_member m
  join person p on p.id = m.person_id
  join current_rating cr on cr.person_id = m.person_id
 group by 1, 2, 3, 4, 6, 7
union all
select r.programme_id, r.country_code, nullif(r.region_key, '00000000-0000-0000-0000-000000000000'::uuid), p.cadre,
       'r', r.competency_code, 0, count(*), false
  from report_reach r
  join person p on p.id = r.person_id
 group by 1, 2, 3, 4, 6;

analyze report_member;
analyze report_person;
analyze report_reach;
analyze report_count;
