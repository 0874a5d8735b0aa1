-- Lock order for ratings (V81, V83). A rating that may change the current rating took V81's lock on
-- (person, competency) first and then, in the current_rating trigger of V83, the person's report lock; an
-- enrolment takes the person's report lock alone. Two transactions rating the same person — one rating
-- competency 1 then 2, the other competency 2 — could then each hold what the other waits for. Now the
-- person's report lock is taken before the rating row is written, so every path takes the person's lock first.
create or replace function report_rating_lock() returns trigger
    language plpgsql as $$
begin
    if new.source = 'self' and new.supersedes_id is null then
        return new; -- never changes a current rating (V81)
    end if;
    perform report_person_lock(new.person_id);
    return new;
end $$;

create trigger rating_report_lock before insert on rating
    for each row execute function report_rating_lock();
