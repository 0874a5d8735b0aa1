-- The report counts (V83, V85) serialise the writes touching one person with a transaction-level advisory
-- lock per person. Those locks each hold a slot of PostgreSQL's shared lock table until commit, so one
-- transaction touching more than some thousands of people (a national roster's participant or scoring-template
-- import, the generator's COPY) could fail with "out of shared memory". The person's row lock (as V93 does for
-- current_rating) serialises the same writers without a slot per person, and makes V81/V93 and V83 share
-- one lock, taken first on every path.
create or replace function report_person_lock(a_person uuid) returns void
    language plpgsql
    set enable_seqscan = off as $$
begin
    perform 1 from person where id = a_person for no key update;
end $$;

-- Per-row trigger work, like V93: every lookup has an index, and a plan cached while a table looked small
-- must not turn a bulk transaction into one scan per row.
alter function report_count_add(uuid, varchar, uuid, varchar, char, varchar, integer, integer) set enable_seqscan = off;
alter function report_member_change(uuid, uuid, varchar, uuid, integer) set enable_seqscan = off;
alter function report_enrolment_changed() set enable_seqscan = off;
alter function report_attendance_changed() set enable_seqscan = off;
alter function report_session_competency_changed() set enable_seqscan = off;
alter function report_rating_changed() set enable_seqscan = off;
alter function report_cadre_changed() set enable_seqscan = off;
alter function report_rating_lock() set enable_seqscan = off;
alter function report_reach_change(uuid, uuid, varchar, uuid, varchar, integer) set enable_seqscan = off;
alter function report_enrolment_apply(uuid, uuid, uuid, varchar, uuid, integer) set enable_seqscan = off;
alter function report_attendance_apply(uuid, uuid, integer) set enable_seqscan = off;
alter function report_session_code_apply(uuid, varchar, integer) set enable_seqscan = off;
