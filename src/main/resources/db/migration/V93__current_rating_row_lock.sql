-- current_rating (V81) serialised two writers of the same person and competency with a transaction-level
-- advisory lock per pair. Each such lock takes a slot in PostgreSQL's shared lock table until commit, so one
-- transaction writing more than a few thousand pairs (a scoring-template import of a few hundred trainees,
-- the benchmark generator's COPY) failed with "out of shared memory" (max_locks_per_transaction). The person's
-- row lock does the same job without a slot per pair: it lives in the row itself. FOR NO KEY UPDATE does not
-- conflict with the key-share locks that foreign keys to person take, so enrolling or rating other people,
-- and rating this person in other transactions up to this point, go on undisturbed; two transactions rating
-- the same person are serialised here, and the second then sees the first one's ratings.
--
-- The function also runs with seq scans off. PL/pgSQL caches its statements' plans per connection; a plan made
-- while the rating table looked small (a new database, or before autovacuum's analyze) scanned the whole table
-- per new rating, so a transaction writing tens of thousands of ratings took quadratic time (minutes, seen in
-- the test suite). Every statement here has an index that answers it: person and current_rating by key,
-- rating by (person_id, competency_id, observed_at) and supersedes_id.
create or replace function current_rating_refresh() returns trigger
    language plpgsql
    set enable_seqscan = off as $$
declare
    winner record;
begin
    if new.source = 'self' and new.supersedes_id is null then
        return null; -- a plain self-assessment never counts; a correction of any source may retire a rating
    end if;
    perform 1 from person where id = new.person_id for no key update;
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
