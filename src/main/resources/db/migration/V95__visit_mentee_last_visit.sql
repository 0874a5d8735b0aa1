-- Every visit shows, for each mentee, the open action points of the mentee's last submitted visit on or before
-- its date (VisitRepository.openActionPointsOfLastVisit). That query joined all of the mentee's visits to their
-- visit rows and sorted them: its cost grew with the mentee's history (1.4 ms of database time per visit PUT
-- in the small benchmark, where a mentee has about a thousand visits, the largest single cost of the request).
--
-- Each mentee row now carries what that query orders and filters by — the visit's date, whether it is
-- submitted, and when — so an index on (person, date, submission time) of submitted visits answers it by
-- reading one entry. The visit row stays the record; triggers keep the copy: a new mentee row takes its visit's
-- values (whoever inserts it: Hibernate, the visit PUT's one-round-trip insert, the benchmark generator's COPY),
-- and a visit whose date, status or submission time changes passes them on to its mentee rows.
alter table visit_mentee add column visit_date date;
alter table visit_mentee add column submitted boolean;
alter table visit_mentee add column submitted_at timestamptz;

update visit_mentee m
   set visit_date = v.visit_date, submitted = (v.status = 'submitted'), submitted_at = v.submitted_at
  from mentoring_visit v
 where v.id = m.visit_id;

alter table visit_mentee alter column visit_date set not null;
alter table visit_mentee alter column submitted set not null;

create index visit_mentee_last_submitted_idx on visit_mentee (person_id, visit_date desc, submitted_at desc)
    where submitted;

create or replace function visit_mentee_copy_visit() returns trigger
    language plpgsql as $$
begin
    select v.visit_date, v.status = 'submitted', v.submitted_at
      into new.visit_date, new.submitted, new.submitted_at
      from mentoring_visit v
     where v.id = new.visit_id;
    return new; -- no such visit: the columns stay empty and the row is refused (not null, foreign key)
end $$;

create trigger visit_mentee_copy_visit before insert or update of visit_id on visit_mentee
    for each row execute function visit_mentee_copy_visit();

create or replace function visit_mentee_follow_visit() returns trigger
    language plpgsql as $$
begin
    update visit_mentee
       set visit_date = new.visit_date, submitted = (new.status = 'submitted'), submitted_at = new.submitted_at
     where visit_id = new.id;
    return null;
end $$;

create trigger visit_mentee_follow_visit after update of visit_date, status, submitted_at on mentoring_visit
    for each row
    when (old.visit_date is distinct from new.visit_date or old.status is distinct from new.status
          or old.submitted_at is distinct from new.submitted_at)
    execute function visit_mentee_follow_visit();
