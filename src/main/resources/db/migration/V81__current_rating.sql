-- Pre-aggregate for the reports at national scale (issue 10): each person's current rating per
-- competency under the report rule (GapReports.CURRENT: self-assessments never count, superseded ratings
-- are replaced by their correction, the latest observation wins, ties go to practical, then observation
-- or visit, then import, then to the lower level). Ratings are append-only, so an insert trigger keeps it
-- exact: it recomputes the one (person, competency) pair the new rating touches, using the rating index.
-- With 5 million ratings the reports' own ranking of every rating took over a minute; this table lets them
-- read one row per person and competency instead (see bench/README.md).
create table current_rating (
    person_id      uuid         not null references person (id),
    competency_id  uuid         not null references competency (id),
    rating_id      uuid         not null references rating (id),
    level          integer      not null,
    observed_at    timestamptz  not null,
    primary key (person_id, competency_id)
);
create index current_rating_competency_idx on current_rating (competency_id, level);

create or replace function current_rating_refresh() returns trigger
    language plpgsql as $$
declare
    winner record;
begin
    if new.source = 'self' and new.supersedes_id is null then
        return null; -- a plain self-assessment never counts; a correction of any source may retire a rating
    end if;
    -- Two transactions rating the same person and competency at once: the second waits here, then sees
    -- the first one's rating (each statement of a volatile function takes a fresh snapshot).
    perform pg_advisory_xact_lock(hashtextextended(new.person_id::text || new.competency_id::text, 10));
    select r.id, r.level, r.observed_at into winner
      from rating r
     where r.person_id = new.person_id and r.competency_id = new.competency_id and r.source <> 'self'
       and not exists (select 1 from rating x where x.supersedes_id = r.id)
     order by r.observed_at desc,
              case r.source when 'practical' then 0 when 'observation' then 1 when 'visit' then 1
                            when 'import' then 2 else 9 end,
              r.level
     limit 1;
    if found then
        insert into current_rating (person_id, competency_id, rating_id, level, observed_at)
        values (new.person_id, new.competency_id, winner.id, winner.level, winner.observed_at)
        on conflict (person_id, competency_id) do update
            set rating_id = excluded.rating_id, level = excluded.level, observed_at = excluded.observed_at;
    else
        delete from current_rating where person_id = new.person_id and competency_id = new.competency_id;
    end if;
    return null;
end $$;

create trigger rating_current after insert on rating
    for each row execute function current_rating_refresh();

insert into current_rating (person_id, competency_id, rating_id, level, observed_at)
select distinct on (r.person_id, r.competency_id) r.person_id, r.competency_id, r.id, r.level, r.observed_at
  from rating r
 where r.source <> 'self' and not exists (select 1 from rating x where x.supersedes_id = r.id)
 order by r.person_id, r.competency_id, r.observed_at desc,
          case r.source when 'practical' then 0 when 'observation' then 1 when 'visit' then 1
                        when 'import' then 2 else 9 end,
          r.level;
