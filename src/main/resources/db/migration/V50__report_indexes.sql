-- Indexes for the reports: a person's ratings per competency newest first (the current rating), the
-- corrections that replace a rating, the enrolees of a cohort by status, the sessions covering a competency.
create index rating_person_competency_idx on rating (person_id, competency_id, observed_at desc);
create index rating_supersedes_idx on rating (supersedes_id) where supersedes_id is not null;
create index enrolment_cohort_status_idx on enrolment (cohort_id, status, person_id);
create index session_competency_code_idx on session_competency (competency_code);
create index cohort_region_idx on cohort (region_id) where region_id is not null;
