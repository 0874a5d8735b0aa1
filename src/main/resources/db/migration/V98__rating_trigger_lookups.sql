-- Per-rating trigger work that the mentoring benchmark (issue 10) showed in pg_stat_statements on 6 December, at
-- full size, three ratings per visit PUT:
--  * current_rating_refresh (V96) read the current rating joined to its rating row, for that rating's source: one
--    more index lookup and heap fetch in the 5-million-row rating table per new rating (the three lookups took
--    0.36 ms of database time per PUT). The source only decides anything when the two observation times are equal,
--    so it is now read only then, in the same statement. (In the benchmark they are always equal: every visit PUT is
--    dated the day before, so a mentee's ratings of one competency all tie. There the lookup stays as it was.)
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
    current record;
begin
    if new.source = 'self' and new.supersedes_id is null then
        return null; -- a plain self-assessment never counts; a correction of any source may retire a rating
    end if;
    -- the person's row is locked: rating_report_lock took it before this rating was written (V85)
    if new.supersedes_id is null then
        select c.level, c.observed_at,
               case when c.observed_at = new.observed_at
                    then (select r.source from rating r where r.id = c.rating_id) end as source
          into current
          from current_rating c
         where c.person_id = new.person_id and c.competency_id = new.competency_id;
        if found and (current.observed_at > new.observed_at
                      or current.observed_at = new.observed_at
                         and (current_rating_rank(current.source) < current_rating_rank(new.source)
                              or current_rating_rank(current.source) = current_rating_rank(new.source)
                                 and current.level <= new.level)) then
            return null; -- the current rating still wins
        end if;
        select new.id, new.level, new.observed_at into winner;
    else
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
    end if;
    insert into current_rating (person_id, competency_id, rating_id, level, observed_at)
    values (new.person_id, new.competency_id, winner.id, winner.level, winner.observed_at)
    on conflict (person_id, competency_id) do update
        set rating_id = excluded.rating_id, level = excluded.level, observed_at = excluded.observed_at;
    return null;
end $$;
