-- Indexes for the coverage report (issue 7): the valid certificates of a person in a programme, the
-- cohorts of a programme by country and region (country and region rows, region filter), the people
-- of an organisation or cadre (filters), the sessions of a cohort by wall-clock start (quarterly trend).
create index certificate_person_programme_idx on certificate (person_id, programme_id, expires_on)
    where revoked_at is null;
create index cohort_programme_place_idx on cohort (programme_id, country_code, region_id);
create index person_cadre_idx on person (cadre);
create index training_session_cohort_local_idx on training_session (cohort_id, local_start);
