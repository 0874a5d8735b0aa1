-- The report counts (V83) per country, with each person counted once per country (issue 10).
--
-- V83 keeps counts per place (country and region). A person enrolled in cohorts of two regions of one
-- country (a national roster and a regional cohort, say) is in two places, so a report by country used to
-- find those people (about 9,000 of 200,000 at full size) and look up each one's ratings and reach to take the
-- second count away: at full size that was 260,000 index lookups per coverage report, most of its time, and
-- all of it read from disk when the cache had moved on. Now the write path keeps that correction too, as count
-- rows of their own, per country (region_id null) and cadre:
--  * 'M': −(k − 1) for a person with k places in the country (k > 1);
--  * 'L': the same for each of that person's current ratings, at its level;
--  * 'R': −(j − 1) for a competency code that reaches the person in j places of the country (j > 1).
-- A report by country adds 'm'+'M', 'l'+'L', 'r'+'R'; a report by region (one place per row, so nobody twice)
-- leaves the capitals out. The gap report of several countries still corrects, person by person, the few
-- people with places in several countries (report_person.countries > 1: 199 at full size).
-- Every change is made under the person's lock (V94), like the counts it corrects.

alter table report_count drop constraint report_count_measure_check;
alter table report_count add constraint report_count_measure_check
    check (measure in ('m', 'l', 'r', 'M', 'L', 'R'));

alter table report_person add column countries integer not null default 0;
update report_person rp
   set countries = x.n
  from (select programme_id, person_id, count(distinct country_code) as n from report_member group by 1, 2) x
 where rp.programme_id = x.programme_id and rp.person_id = x.person_id;
drop index report_person_several_idx;
create index report_person_countries_idx on report_person (programme_id, person_id) where countries > 1;

-- A person's enrolments in a place change by a_delta; when the place starts or stops counting them, their
-- member count and current ratings are added or taken away there, and their once-per-country correction
-- follows the number of their other places in the country.
create or replace function report_member_change(a_programme uuid, a_person uuid, a_country varchar, a_region_key uuid,
                                                a_delta integer) returns void
    language plpgsql
    set enable_seqscan = off as $$
declare
    remaining  integer;
    sign       integer;
    kadre      varchar;
    others     integer;
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
    select count(*) into others
      from report_member m
     where m.programme_id = a_programme and m.person_id = a_person and m.country_code = a_country
       and m.region_key <> a_region_key;
    select p.cadre into kadre from person p where p.id = a_person;
    insert into report_count (programme_id, country_code, region_id, cadre, measure, competency, level, n)
    select a_programme, a_country, x.region_id, kadre, x.measure, '', 0, x.n
      from (values ('m', nullif(a_region_key, '00000000-0000-0000-0000-000000000000'::uuid), sign),
                   ('M', null::uuid, -sign)) x (measure, region_id, n)
     where x.measure = 'm' or others > 0
    union all
    select a_programme, a_country, x.region_id, kadre, x.measure, cast(cr.competency_id as varchar), cr.level, x.n
      from current_rating cr
     cross join (values ('l', nullif(a_region_key, '00000000-0000-0000-0000-000000000000'::uuid), sign),
                        ('L', null::uuid, -sign)) x (measure, region_id, n)
     where cr.person_id = a_person and (x.measure = 'l' or others > 0);
    insert into report_person as rp (programme_id, person_id, places, countries)
    values (a_programme, a_person, sign, case when others = 0 then sign else 0 end)
    on conflict (programme_id, person_id)
        do update set places = rp.places + excluded.places, countries = rp.countries + excluded.countries
    returning rp.places into remaining;
    if remaining = 0 then
        delete from report_person where programme_id = a_programme and person_id = a_person;
    end if;
end $$;

-- The attendance marks reaching a person in a place and competency code change by a_delta; when the code
-- starts or stops reaching them there while it reaches them in another place of the country, the
-- correction for the country follows.
create or replace function report_reach_change(a_programme uuid, a_person uuid, a_country varchar, a_region_key uuid,
                                               a_code varchar, a_delta integer) returns void
    language plpgsql
    set enable_seqscan = off as $$
declare
    remaining  integer;
    kadre      varchar;
    sign       integer;
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
        sign := 1;
    elsif remaining = 0 then
        sign := -1;
        delete from report_reach
         where programme_id = a_programme and person_id = a_person and country_code = a_country
           and region_key = a_region_key and competency_code = a_code;
    else
        return;
    end if;
    -- callers from attendance and enrolments hold it already; a session's competencies changing do not
    perform report_person_lock(a_person);
    select p.cadre into kadre from person p where p.id = a_person;
    perform report_count_add(a_programme, a_country, a_region_key, kadre, 'r', a_code, 0, sign);
    if exists (select 1 from report_reach r
                where r.programme_id = a_programme and r.person_id = a_person and r.country_code = a_country
                  and r.region_key <> a_region_key and r.competency_code = a_code) then
        perform report_count_add(a_programme, a_country, '00000000-0000-0000-0000-000000000000'::uuid, kadre, 'R',
                                 a_code, 0, -sign);
    end if;
end $$;

-- A current rating that changes moves the person's count between levels in every place they count in, and
-- the once-per-country correction in every country where they have several places: one statement for the
-- rating taken away (old, −1) and the one added (new, +1); OLD is null on insert and NEW on delete.
create or replace function report_rating_changed() returns trigger
    language plpgsql
    set enable_seqscan = off as $$
begin
    if tg_op = 'UPDATE' and old.level = new.level and old.competency_id = new.competency_id
       and old.person_id = new.person_id then
        return null;
    end if;
    if tg_op <> 'INSERT' then
        perform report_person_lock(old.person_id);
    end if;
    if tg_op <> 'DELETE' then
        perform report_person_lock(new.person_id);
    end if;
    insert into report_count (programme_id, country_code, region_id, cadre, measure, competency, level, n)
    select y.programme_id, y.country_code, x.region_id, y.cadre, x.measure, cast(ch.competency_id as varchar),
           ch.level, x.n * ch.sign
      from (values (old.person_id, old.competency_id, old.level, -1),
                   (new.person_id, new.competency_id, new.level, 1)) ch (person_id, competency_id, level, sign)
     cross join lateral (select m.programme_id, m.country_code,
                                nullif(m.region_key, '00000000-0000-0000-0000-000000000000'::uuid) as region_id,
                                p.cadre, count(*) over w as k, row_number() over w as i
                           from report_member m
                           join person p on p.id = m.person_id
                          where m.person_id = ch.person_id
                         window w as (partition by m.programme_id, m.country_code)) y
     cross join lateral (values ('l', y.region_id, 1), ('L', null::uuid, 1 - cast(y.k as integer))) x (measure, region_id, n)
     where ch.person_id is not null and (x.measure = 'l' or (y.i = 1 and y.k > 1));
    return null;
end $$;

-- A person whose cadre changes: V83's trigger moves their counts to the new cadre, this one their corrections.
create or replace function report_cadre_changed_once() returns trigger
    language plpgsql
    set enable_seqscan = off as $$
begin
    if old.cadre = new.cadre then
        return null;
    end if;
    perform report_person_lock(new.id);
    insert into report_count (programme_id, country_code, region_id, cadre, measure, competency, level, n)
    select m.programme_id, m.country_code, cast(null as uuid), x.cadre, 'M', '', 0, -x.sign * (cast(count(*) as integer) - 1)
      from report_member m
     cross join (values (old.cadre, -1), (new.cadre, 1)) x (cadre, sign)
     where m.person_id = new.id
     group by m.programme_id, m.country_code, x.cadre, x.sign
    having count(*) > 1
    union all
    select m.programme_id, m.country_code, null, x.cadre, 'L', cast(cr.competency_id as varchar), cr.level,
           -x.sign * (cast(count(*) as integer) - 1)
      from report_member m
      join current_rating cr on cr.person_id = m.person_id
     cross join (values (old.cadre, -1), (new.cadre, 1)) x (cadre, sign)
     where m.person_id = new.id
     group by m.programme_id, m.country_code, cr.competency_id, cr.level, x.cadre, x.sign
    having count(*) > 1
    union all
    select r.programme_id, r.country_code, null, x.cadre, 'R', r.competency_code, 0,
           -x.sign * (cast(count(*) as integer) - 1)
      from report_reach r
     cross join (values (old.cadre, -1), (new.cadre, 1)) x (cadre, sign)
     where r.person_id = new.id
     group by r.programme_id, r.country_code, r.competency_code, x.cadre, x.sign
    having count(*) > 1;
    return null;
end $$;

create trigger person_report_cadre_once after update of cadre on person
    for each row execute function report_cadre_changed_once();

-- The corrections for the rows already counted, one folded row per cell.
insert into report_count (programme_id, country_code, region_id, cadre, measure, competency, level, n, pending)
select x.programme_id, x.country_code, cast(null as uuid), p.cadre, 'M', '', 0, sum(1 - x.k), false
  from (select programme_id, person_id, country_code, count(*) as k
          from report_member group by 1, 2, 3 having count(*) > 1) x
  join person p on p.id = x.person_id
 group by x.programme_id, x.country_code, p.cadre
union all
select x.programme_id, x.country_code, cast(null as uuid), p.cadre, 'L', cast(cr.competency_id as varchar), cr.level, sum(1 - x.k),
       false
  from (select programme_id, person_id, country_code, count(*) as k
          from report_member group by 1, 2, 3 having count(*) > 1) x
  join person p on p.id = x.person_id
  join current_rating cr on cr.person_id = x.person_id
 group by x.programme_id, x.country_code, p.cadre, cr.competency_id, cr.level
union all
select x.programme_id, x.country_code, cast(null as uuid), p.cadre, 'R', x.competency_code, 0, sum(1 - x.j), false
  from (select programme_id, person_id, country_code, competency_code, count(*) as j
          from report_reach group by 1, 2, 3, 4 having count(*) > 1) x
  join person p on p.id = x.person_id
 group by x.programme_id, x.country_code, p.cadre, x.competency_code;

analyze report_person;
analyze report_count;
