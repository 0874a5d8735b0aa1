-- Per-rating trigger work, found with pg_stat_statements in the mentoring benchmark (issue 10) and in the test suite,
-- 6 December:
--  * current_rating_refresh (V96) looked the current rating up with a statement of its own, joined to its rating
--    row for the source, and then wrote the new one. The lookup's plan is the planner's choice, and a plan cached
--    while current_rating looked small used current_rating_competency_idx and filtered by person: every lookup then
--    read all the current ratings of the competency. In the test suite one transaction of 40,000 ratings took 55 s,
--    31.7 s of it in that lookup (pg_stat_statements; auto_explain showed the plan); with the upsert below, 24 s,
--    nearly all of it in foreign-key checks on person, whose plans PostgreSQL caches the same way. Now one upsert
--    does both: ON CONFLICT finds the pair by the primary key, whatever the statistics say, and its WHERE keeps the
--    current rating when it wins (observed later, or at the same time with a better rank, or the same rank and a
--    level no higher). The current rating's source, which needs the rating table, is read only when the observation
--    times tie. (In the benchmark they always tie: every visit PUT is dated the day before.)
--  * current_rating_refresh also locked the person's row, which rating_report_lock (V85) has already locked in this
--    transaction, before the row was written, for the same ratings (all but a plain self-assessment). Taking it
--    again only cost a statement per rating; the lock order of V85 and the serialising of V93 are unchanged.
--  * rating_report_lock reached that lock through report_person_lock(), a function call of its own per rating
--    (0.14 ms of database time per PUT for the three calls, against 0.04 ms for the statement inside). It now runs
--    the same statement itself: the same row, the same lock mode.
create or replace function report_rating_lock() returns trigger
    language plpgsql
    set enable_seqscan = off as $$ -- as V94 set it (a replaced function keeps no settings of its own)
begin
    if new.source = 'self' and new.supersedes_id is null then
        return new; -- never changes a current rating (V81)
    end if;
    perform 1 from person where id = new.person_id for no key update; -- as report_person_lock (V94)
    return new;
end $$;

create or replace function current_rating_refresh() returns trigger
    language plpgsql
    set enable_seqscan = off as $$
declare
    winner record;
begin
    if new.source = 'self' and new.supersedes_id is null then
        return null; -- a plain self-assessment never counts; a correction of any source may retire a rating
    end if;
    -- the person's row is locked: rating_report_lock took it before this rating was written (V85)
    if new.supersedes_id is null then
        -- the new rating becomes current unless the current one wins: observed later, or at the same time with a
        -- better rank or the same rank and a level no higher; its source is read only on a tie
        insert into current_rating (person_id, competency_id, rating_id, level, observed_at)
        values (new.person_id, new.competency_id, new.id, new.level, new.observed_at)
        on conflict (person_id, competency_id) do update
            set rating_id = excluded.rating_id, level = excluded.level, observed_at = excluded.observed_at
          where current_rating.observed_at < excluded.observed_at
             or current_rating.observed_at = excluded.observed_at
                and ((select current_rating_rank(r.source) from rating r where r.id = current_rating.rating_id),
                     current_rating.level) > (current_rating_rank(new.source), excluded.level);
        return null;
    end if;
    select r.id, r.level, r.observed_at into winner
      from rating r
     where r.person_id = new.person_id and r.competency_id = new.competency_id and r.source <> 'self'
       and not exists (select 1 from rating x where x.supersedes_id = r.id)
     order by r.observed_at desc, current_rating_rank(r.source), r.level
     limit 1;
    if not found then
        delete from current_rating where person_id = new.person_id and competency_id = new.competency_id;
        return null;
    end if;
    insert into current_rating (person_id, competency_id, rating_id, level, observed_at)
    values (new.person_id, new.competency_id, winner.id, winner.level, winner.observed_at)
    on conflict (person_id, competency_id) do update
        set rating_id = excluded.rating_id, level = excluded.level, observed_at = excluded.observed_at;
    return null;
end $$;
