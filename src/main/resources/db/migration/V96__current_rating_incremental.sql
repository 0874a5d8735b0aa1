-- current_rating (V81, V93) recomputed a (person, competency) pair from all of its ratings at every new rating:
-- an index range of the pair's ratings, each checked for a correction, then sorted. A person rated often on a
-- competency (a mentee seen every week; in the benchmark, ratings of one visit day share their observation
-- time, so the whole range ties) paid for the whole history at every rating: 0.27 ms of database time per
-- rating in the small benchmark.
--
-- Ratings are append-only, so a new rating that corrects nothing can only add a candidate: the pair's current
-- rating is then either the one it was or the new one, decided by the same order as before (latest observation,
-- then practical before observation or visit before import, then the lower level; on a full tie the current one
-- stays, whose level is the same). Only a correction, which retires a rating, still recomputes the pair from its
-- ratings. The person's row lock (V93) still serialises two writers of the pair, so the current row read here is
-- the latest committed one.
create or replace function current_rating_rank(source varchar) returns integer
    language sql immutable parallel safe as $$
    select case source when 'practical' then 0 when 'observation' then 1 when 'visit' then 1
                       when 'import' then 2 else 9 end
$$;

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
    perform 1 from person where id = new.person_id for no key update;
    if new.supersedes_id is null then
        select c.level, c.observed_at, r.source into current
          from current_rating c
          join rating r on r.id = c.rating_id
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
