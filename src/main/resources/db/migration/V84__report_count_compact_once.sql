-- Two reports folding a programme's pending counts at once (V83, report_count_compact) would delete the same
-- rows in perhaps different orders and could deadlock; now only one folds at a time, and a report that finds
-- another one folding skips it (it adds the pending rows up anyway, so its answer is the same).
create or replace function report_count_compact(a_programme uuid) returns void
    language plpgsql as $$
begin
    if not pg_try_advisory_xact_lock(hashtextextended(a_programme::text, 84)) then
        return;
    end if;
    with moved as (
        delete from report_count where programme_id = a_programme and pending
        returning country_code, region_id, cadre, measure, competency, level, n
    )
    insert into report_count as c (programme_id, country_code, region_id, cadre, measure, competency, level, n, pending)
    select a_programme, m.country_code, m.region_id, m.cadre, m.measure, m.competency, m.level, sum(m.n), false
      from moved m
     group by m.country_code, m.region_id, m.cadre, m.measure, m.competency, m.level
    on conflict (programme_id, country_code, coalesce(region_id, '00000000-0000-0000-0000-000000000000'::uuid), cadre,
                 measure, competency, level) where not pending
        do update set n = c.n + excluded.n;
end $$;

-- A session moved to another cohort (the application never does this; a repair by hand might) takes its reach
-- from the old cohort's enrolees before the move and gives it to the new cohort's after it.
create or replace function report_session_moving() returns trigger
    language plpgsql as $$
declare
    code record;
begin
    if old.cohort_id = new.cohort_id then
        return new;
    end if;
    for code in select sc.competency_code from session_competency sc where sc.session_id = old.id loop
        perform report_session_code_apply(old.id, code.competency_code, case when tg_when = 'BEFORE' then -1 else 1 end);
    end loop;
    return new;
end $$;

create trigger training_session_report_leave before update of cohort_id on training_session
    for each row execute function report_session_moving();
create trigger training_session_report_join after update of cohort_id on training_session
    for each row execute function report_session_moving();
