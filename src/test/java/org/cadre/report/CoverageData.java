package org.cadre.report;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import org.cadre.assessment.ProficiencyPolicy;
import org.cadre.testsupport.CertificationFixtures;
import org.cadre.testsupport.CohortFixtures;
import org.cadre.testsupport.EvidenceFixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A seeded programme for the coverage report, run in Benin (two regions and a cohort without one, one
 * cohort trained by mt.benin), Togo and Moldova: people of several cadres and organisations, some in two
 * cohorts or two countries, withdrawn and waitlisted enrolments, sessions in several quarters with every
 * attendance status, ratings (self, corrected, later and lower, unselected), valid, expired and revoked
 * certificates. Everything written is also kept here, so the tests can count the expected figures in
 * plain Java (brute force) and compare them with the SQL report. Created once.
 */
final class CoverageData {

    private static CoverageData instance;

    record CohortInfo(UUID id, String country, UUID region, LocalDate from, LocalDate to) {
    }

    record PersonInfo(UUID id, String cadre, UUID organisation) {
    }

    record EnrolmentInfo(UUID cohort, UUID person, String status) {
    }

    record SessionInfo(UUID id, UUID cohort, LocalDateTime start, Set<String> codes) {
    }

    record AttendanceInfo(UUID session, UUID person, String status) {
    }

    record CertificateInfo(UUID person, Set<String> codes, LocalDate issued, LocalDate expires, boolean revoked) {
    }

    /** Expected figures of one row: population, reached, assessed, proficient, certified. */
    record Figures(long population, long reached, long assessed, long proficient, long certified) {
    }

    final EvidenceFixtures.Fw fw;
    final UUID regionAtlantique, regionBorgou, regionBalti, orgBenin, orgMoldova;
    final UUID cohortA, cohortB, cohortC, cohortD, cohortE;
    final UUID scriptPerson;
    final Map<UUID, CohortInfo> cohorts = new LinkedHashMap<>();
    final Map<UUID, PersonInfo> persons = new LinkedHashMap<>();
    final List<EnrolmentInfo> enrolments = new ArrayList<>();
    final List<SessionInfo> sessions = new ArrayList<>();
    final List<AttendanceInfo> attendance = new ArrayList<>();
    final Map<UUID, List<ProficiencyPolicy.Evidence>> evidence = new HashMap<>();
    final List<CertificateInfo> certificates = new ArrayList<>();
    final Map<UUID, String> codes = new LinkedHashMap<>();
    final List<String> selected;
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    private CoverageData() {
        fw = EvidenceFixtures.framework("BJ", "TG", "MD");
        codes.put(fw.c1(), fw.code() + "-1.1");
        codes.put(fw.c2(), fw.code() + "-1.2");
        codes.put(fw.c3(), fw.code() + "-2.1");
        codes.put(fw.c4(), fw.code() + "-2.2");
        selected = List.of(codes.get(fw.c1()), codes.get(fw.c2()), codes.get(fw.c3()));
        String s = CohortFixtures.suffix();
        regionAtlantique = region("BJ", "Atlantique " + s);
        regionBorgou = region("BJ", "Borgou " + s);
        regionBalti = region("MD", "Bălți " + s);
        orgBenin = organisation("BJ", "Centre social " + s);
        orgMoldova = organisation("MD", "Direcția asistență " + s);
        UUID trainer = CohortFixtures.linkedPerson("mt.benin", "BJ");
        cohortA = cohort("BJ", regionAtlantique, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 27), trainer);
        cohortB = cohort("BJ", regionBorgou, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 6, 26));
        cohortC = cohort("BJ", null, LocalDate.of(2025, 10, 6), LocalDate.of(2025, 12, 12));
        cohortD = cohort("MD", regionBalti, LocalDate.of(2026, 1, 19), LocalDate.of(2026, 9, 30));
        cohortE = cohort("TG", null, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 27));

        UUID a1 = person("Afi", "Adjovi", "BJ", "psw", orgBenin);
        UUID a2 = person("Bio", "Bello", "BJ", "cycw", orgBenin);
        UUID a3 = person("Codjo", "Chabi", "BJ", "psw", null);
        UUID a4 = person("Dossa", "Dagbo", "BJ", "cdw", orgBenin);
        UUID ab = person("Eyram", "Ezin", "BJ", "psw", orgBenin);         // A and B: two regions, one country
        UUID ad = person("Fifa", "Fagla", "BJ", "manager", null);         // A and D: two countries
        UUID b1 = person("Gisèle", "Gnonlonfoun", "BJ", "cycw", null);
        UUID b2 = person("Hounsa", "Houngbo", "BJ", "psw", orgBenin);
        UUID c1 = person("Ismaël", "Idohou", "BJ", "cdw", null);
        UUID c2 = person("Jeanne", "Johnson", "BJ", "psw", orgBenin);
        UUID d1 = person("Ion", "Lupu", "MD", "social-worker", orgMoldova);
        UUID d2 = person("Maria", "Moraru", "MD", "psw", orgMoldova);
        UUID d3 = person("Nicolae", "Negru", "MD", "cycw", null);
        UUID e1 = person("Kossi", "Kpodar", "TG", "psw", null);
        UUID w1 = person("Withdrawn", "Wahab", "BJ", "psw", orgBenin);
        UUID q1 = person("Waiting", "Quenum", "MD", "psw", orgMoldova);
        scriptPerson = person("<script>alert(1)</script>", "Zinsou <b>", "BJ", "psw", orgBenin);
        for (UUID p : List.of(a1, a2, a3, a4, ab, ad, scriptPerson)) {
            enrol(cohortA, p, "enrolled");
        }
        enrol(cohortA, w1, "withdrawn");
        for (UUID p : List.of(b1, ab)) {
            enrol(cohortB, p, "enrolled");
        }
        enrol(cohortB, b2, "completed");
        enrol(cohortC, c1, "completed");
        enrol(cohortC, c2, "completed");
        for (UUID p : List.of(d1, d2, d3, ad)) {
            enrol(cohortD, p, "enrolled");
        }
        enrol(cohortD, q1, "waitlisted");
        enrol(cohortE, e1, "enrolled");

        String k1 = codes.get(fw.c1()), k2 = codes.get(fw.c2()), k3 = codes.get(fw.c3()), k4 = codes.get(fw.c4());
        UUID sa1 = session(cohortA, LocalDateTime.of(2026, 2, 10, 9, 0), k1, k2);
        UUID sa2 = session(cohortA, LocalDateTime.of(2026, 3, 31, 23, 0), k4);       // only an unselected competency
        UUID sb1 = session(cohortB, LocalDateTime.of(2026, 4, 1, 0, 30), k1);        // first minutes of Q2
        UUID sc1 = session(cohortC, LocalDateTime.of(2025, 11, 3, 9, 0), k3);
        UUID sd1 = session(cohortD, LocalDateTime.of(2026, 3, 20, 9, 0), k1, k3);
        UUID sd2 = session(cohortD, LocalDateTime.of(2026, 7, 10, 9, 0), k2);
        session(cohortE, LocalDateTime.of(2026, 2, 12, 9, 0), k1);                  // nobody attended
        attend(sa1, a1, "present");
        attend(sa1, a2, "late");
        attend(sa1, a3, "absent");
        attend(sa1, a4, "excused");
        attend(sa1, ab, "present");
        attend(sa1, w1, "present");     // withdrawn: not counted
        attend(sa1, b1, "present");     // not enrolled in A: does not count for A
        attend(sa2, a1, "present");
        attend(sb1, ab, "late");
        attend(sb1, b2, "present");
        attend(sc1, c1, "present");
        attend(sd1, ad, "present");
        attend(sd1, d1, "present");
        attend(sd1, q1, "present");     // waitlisted: not counted
        attend(sd2, d2, "late");
        attend(sd2, d3, "absent");

        Instant jan = Instant.parse("2026-01-20T10:00:00Z");
        Instant feb = Instant.parse("2026-02-20T10:00:00Z");
        Instant lastOfQ1 = Instant.parse("2026-03-31T23:30:00Z");
        Instant may = Instant.parse("2026-05-12T10:00:00Z");
        Instant aug = Instant.parse("2026-08-03T10:00:00Z");
        Instant nov25 = Instant.parse("2025-11-20T10:00:00Z");
        rate(a1, fw.c1(), 3, "practical", feb, null);
        rate(a1, fw.c1(), 4, "self", may, null);
        rate(a1, fw.c2(), 4, "practical", jan, null);
        rate(a1, fw.c2(), 2, "observation", may, null);   // later and lower
        rate(a1, fw.c3(), 3, "import", lastOfQ1, null);
        rate(a1, fw.c4(), 4, "practical", feb, null);      // unselected
        rate(a2, fw.c1(), 2, "observation", feb, null);
        rate(a2, fw.c1(), 4, "observation", feb, null);    // tie: the lower level
        UUID wrong = rate(a3, fw.c1(), 4, "import", feb, null);
        rate(a3, fw.c1(), 1, "import", may, wrong);        // correction
        rate(a4, fw.c2(), 3, "self", feb, null);           // self only
        rate(ab, fw.c1(), 3, "practical", may, null);
        rate(ab, fw.c2(), 3, "practical", may, null);
        rate(ab, fw.c3(), 4, "visit", aug, null);
        rate(ad, fw.c1(), 4, "visit", aug, null);
        rate(ad, fw.c3(), 2, "practical", feb, null);
        rate(b2, fw.c1(), 3, "practical", may, null);
        rate(c1, fw.c3(), 3, "practical", nov25, null);
        rate(c2, fw.c3(), 1, "practical", nov25, null);
        rate(d1, fw.c1(), 4, "practical", Instant.parse("2026-03-25T10:00:00Z"), null);
        rate(d1, fw.c2(), 3, "visit", aug, null);
        rate(d1, fw.c3(), 3, "visit", aug, null);
        rate(d2, fw.c2(), 2, "visit", aug, null);
        rate(w1, fw.c1(), 4, "practical", feb, null);      // withdrawn: not counted
        rate(q1, fw.c1(), 4, "practical", feb, null);      // waitlisted: not counted
        rate(e1, fw.c1(), 3, "import", feb, null);

        // knowledge tests in cohort A: a1 40 % → 80 %, the <script> person 50 % → 75 %, a2 sat the pre-test only
        test(a1, "pre-test", LocalDate.of(2026, 1, 6), 8);
        test(a1, "post-test", LocalDate.of(2026, 3, 26), 16);
        test(scriptPerson, "pre-test", LocalDate.of(2026, 1, 6), 10);
        test(scriptPerson, "post-test", LocalDate.of(2026, 3, 26), 15);
        test(a2, "pre-test", LocalDate.of(2026, 1, 6), 12);

        certificate(ab, cohortB, List.of(k1, k2, k3), LocalDate.of(2026, 6, 30), today.plusYears(1), false);
        certificate(b2, cohortB, List.of(k1), LocalDate.of(2026, 6, 30), today.plusYears(1), false);
        certificate(c1, cohortC, List.of(k3), LocalDate.of(2025, 12, 15), today.minusDays(1), false);   // expired
        certificate(d1, cohortD, List.of(k1, k2, k3), LocalDate.of(2026, 9, 30), today.plusYears(2), true); // revoked
        certificate(d2, cohortD, List.of(k2), LocalDate.of(2026, 9, 30), today.plusYears(2), false);
    }

    static synchronized CoverageData get() {
        if (instance == null) {
            instance = new CoverageData();
        }
        return instance;
    }

    // ── writing ──

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    private static void run(String sql, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em().createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    private static UUID region(String country, String name) {
        UUID id = UUID.randomUUID();
        run("insert into region (id, country_code, name) values (?1, ?2, ?3)", id, country, name);
        return id;
    }

    private static UUID organisation(String country, String name) {
        UUID id = UUID.randomUUID();
        run("insert into organisation (id, name, kind, country_code) values (?1, ?2, 'ngo', ?3)", id, name, country);
        return id;
    }

    private UUID cohort(String country, UUID region, LocalDate from, LocalDate to, UUID... trainers) {
        UUID id = CohortFixtures.cohort(fw.programme(), country, "UTC", null, from, to, 100, trainers);
        if (region != null) {
            run("update cohort set region_id = ?1 where id = ?2", region, id);
        }
        cohorts.put(id, new CohortInfo(id, country, region, from, to));
        return id;
    }

    private UUID person(String given, String family, String country, String cadre, UUID organisation) {
        UUID id = CohortFixtures.person(given, family + " " + CohortFixtures.suffix(), country);
        run("update person set cadre = ?1, organisation_id = ?2 where id = ?3", cadre, organisation, id);
        persons.put(id, new PersonInfo(id, cadre, organisation));
        evidence.put(id, new ArrayList<>());
        return id;
    }

    private void enrol(UUID cohort, UUID person, String status) {
        run("insert into enrolment (id, cohort_id, person_id, status, enrolled_at) values (?1, ?2, ?3, ?4, now())",
                UUID.randomUUID(), cohort, person, status);
        enrolments.add(new EnrolmentInfo(cohort, person, status));
    }

    private UUID session(UUID cohort, LocalDateTime start, String... covered) {
        UUID id = CohortFixtures.session(cohort, "UTC", start, start.plusHours(3), null);
        for (String code : covered) {
            run("insert into session_competency (session_id, competency_code) values (?1, ?2)", id, code);
        }
        sessions.add(new SessionInfo(id, cohort, start, Set.of(covered)));
        return id;
    }

    private void attend(UUID session, UUID person, String status) {
        run("insert into attendance (id, session_id, person_id, status, minutes, recorded_by, recorded_at) "
                + "values (?1, ?2, ?3, ?4, 180, 'coverage.test', now())", UUID.randomUUID(), session, person, status);
        attendance.add(new AttendanceInfo(session, person, status));
    }

    private UUID rate(UUID person, UUID competency, int level, String source, Instant at, UUID supersedes) {
        UUID id = UUID.randomUUID();
        run("insert into rating (id, person_id, competency_id, framework_version_id, level, source, rater_username, "
                        + "observed_at, recorded_at, supersedes_id) values (?1, ?2, ?3, ?4, ?5, ?6, 'coverage.test', ?7, now(), ?8)",
                id, person, competency, fw.version(), level, source, at, supersedes);
        evidence.get(person).add(new ProficiencyPolicy.Evidence(codes.get(competency), level,
                ProficiencyPolicy.Source.valueOf(source.toUpperCase(java.util.Locale.ROOT)), "coverage.test", at,
                id.toString(), id.toString(), supersedes == null ? null : supersedes.toString()));
        return id;
    }

    private void test(UUID person, String kind, LocalDate on, int score) {
        run("insert into assessment (id, kind, person_id, cohort_id, framework_version_id, assessor_username, assessed_on, "
                + "score, max_score, recorded_at) values (?1, ?2, ?3, ?4, ?5, 'mt.benin', ?6, ?7, 20, now())",
                UUID.randomUUID(), kind, person, cohortA, fw.version(), on, java.math.BigDecimal.valueOf(score));
    }

    private void certificate(UUID person, UUID cohort, List<String> attested, LocalDate issued, LocalDate expires,
                             boolean revoked) {
        UUID id = CertificationFixtures.certificate(person, fw.programme(), cohort, issued, expires);
        StringBuilder lines = new StringBuilder();
        for (String code : attested) {
            lines.append(lines.isEmpty() ? "" : "\n").append(code).append('\t').append("Does ").append(code).append(" well");
        }
        run("update certificate set competencies = ?1 where id = ?2", lines.toString(), id);
        if (revoked) {
            run("update certificate set revoked_at = now(), revoked_by = 'coverage.test', revoked_reason = 'test' where id = ?1", id);
        }
        certificates.add(new CertificateInfo(person, Set.copyOf(attested), issued, expires, revoked));
    }

    // ── brute force ──

    /** Which enrolment rows count: enrolled or completed, matching the filters and the caller's cohorts. */
    List<EnrolmentInfo> counted(Predicate<EnrolmentInfo> filter) {
        return enrolments.stream().filter(e -> e.status().equals("enrolled") || e.status().equals("completed"))
                .filter(filter).toList();
    }

    Predicate<EnrolmentInfo> where(UUID cohort, String country, UUID region, UUID organisation, String cadre,
                                   LocalDate from, LocalDate to, Set<UUID> visibleCohorts) {
        return e -> {
            CohortInfo c = cohorts.get(e.cohort());
            PersonInfo p = persons.get(e.person());
            return (cohort == null || cohort.equals(c.id())) && (country == null || country.equals(c.country()))
                    && (region == null || region.equals(c.region()))
                    && (organisation == null || organisation.equals(p.organisation()))
                    && (cadre == null || cadre.equals(p.cadre()))
                    && (from == null || !c.to().isBefore(from)) && (to == null || !c.from().isAfter(to))
                    && visibleCohorts.contains(c.id());
        };
    }

    private final ProficiencyPolicy policy = new ProficiencyPolicy(List.of(3, 4));

    private java.util.Optional<ProficiencyPolicy.Value> value(UUID person, String code) {
        return policy.valueOf(code, evidence.get(person)).filter(v -> !v.selfAssessedOnly());
    }

    private boolean reached(List<EnrolmentInfo> rows, UUID person, String code, Predicate<CohortInfo> place) {
        for (EnrolmentInfo e : rows) {
            if (!e.person().equals(person) || !place.test(cohorts.get(e.cohort()))) {
                continue;
            }
            for (SessionInfo s : sessions) {
                if (s.cohort().equals(e.cohort()) && (code == null ? s.codes().stream().anyMatch(selected::contains)
                        : s.codes().contains(code))) {
                    for (AttendanceInfo a : attendance) {
                        if (a.session().equals(s.id()) && a.person().equals(person)
                                && (a.status().equals("present") || a.status().equals("late"))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private boolean certified(UUID person, String code) {
        return certificates.stream().anyMatch(c -> c.person().equals(person) && !c.revoked() && !c.expires().isBefore(today)
                && (code == null || c.codes().contains(code)));
    }

    /** Expected rows keyed "country|code". */
    Map<String, Figures> byCountry(List<EnrolmentInfo> rows) {
        Map<String, Set<UUID>> people = new TreeMap<>();
        for (EnrolmentInfo e : rows) {
            people.computeIfAbsent(cohorts.get(e.cohort()).country(), k -> new LinkedHashSet<>()).add(e.person());
        }
        Map<String, Figures> out = new LinkedHashMap<>();
        people.forEach((country, set) -> {
            for (String code : selected) {
                out.put(country + "|" + code, figures(rows, set, code, c -> c.country().equals(country)));
            }
        });
        return out;
    }

    /** Expected rows keyed "country|region|code" (region "null" for cohorts without one). */
    Map<String, Figures> byRegion(List<EnrolmentInfo> rows) {
        Map<String, Set<UUID>> people = new TreeMap<>();
        for (EnrolmentInfo e : rows) {
            CohortInfo c = cohorts.get(e.cohort());
            people.computeIfAbsent(c.country() + "|" + c.region(), k -> new LinkedHashSet<>()).add(e.person());
        }
        Map<String, Figures> out = new LinkedHashMap<>();
        people.forEach((key, set) -> {
            String country = key.substring(0, 2);
            String region = key.substring(3);
            for (String code : selected) {
                out.put(key + "|" + code, figures(rows, set, code,
                        c -> c.country().equals(country) && String.valueOf(c.region()).equals(region)));
            }
        });
        return out;
    }

    private Figures figures(List<EnrolmentInfo> rows, Set<UUID> people, String code, Predicate<CohortInfo> place) {
        long reached = 0, assessed = 0, proficient = 0, certified = 0;
        for (UUID p : people) {
            reached += reached(rows, p, code, place) ? 1 : 0;
            var v = value(p, code);
            assessed += v.isPresent() ? 1 : 0;
            proficient += v.isPresent() && v.get().proficient() ? 1 : 0;
            certified += certified(p, code) ? 1 : 0;
        }
        return new Figures(people.size(), reached, assessed, proficient, certified);
    }

    /** Expected cadre totals keyed by cadre: people, reached (any), assessed (any), proficient in all, certified. */
    Map<String, Figures> byCadre(List<EnrolmentInfo> rows) {
        Map<String, Set<UUID>> people = new TreeMap<>();
        for (EnrolmentInfo e : rows) {
            people.computeIfAbsent(persons.get(e.person()).cadre(), k -> new LinkedHashSet<>()).add(e.person());
        }
        Map<String, Figures> out = new LinkedHashMap<>();
        people.forEach((cadre, set) -> {
            long reached = 0, assessed = 0, all = 0, certified = 0;
            for (UUID p : set) {
                reached += reached(rows, p, null, c -> true) ? 1 : 0;
                assessed += selected.stream().anyMatch(k -> value(p, k).isPresent()) ? 1 : 0;
                all += selected.stream().allMatch(k -> value(p, k).map(ProficiencyPolicy.Value::proficient).orElse(false)) ? 1 : 0;
                certified += certified(p, null) ? 1 : 0;
            }
            out.put(cadre, new Figures(set.size(), reached, assessed, all, certified));
        });
        return out;
    }

    /** Expected trend keyed by the first day of each quarter, gaps between the first and last quarter filled. */
    Map<LocalDate, Figures> byQuarter(List<EnrolmentInfo> rows) {
        Set<UUID> population = new LinkedHashSet<>();
        rows.forEach(e -> population.add(e.person()));
        Map<LocalDate, List<Set<UUID>>> q = new TreeMap<>();
        for (EnrolmentInfo e : rows) {
            for (SessionInfo s : sessions) {
                if (s.cohort().equals(e.cohort()) && s.codes().stream().anyMatch(selected::contains)
                        && attendance.stream().anyMatch(a -> a.session().equals(s.id()) && a.person().equals(e.person())
                        && (a.status().equals("present") || a.status().equals("late")))) {
                    bucket(q, quarter(s.start().toLocalDate())).get(0).add(e.person());
                }
            }
        }
        for (UUID p : population) {
            Set<String> superseded = new java.util.HashSet<>();
            evidence.get(p).stream().map(ProficiencyPolicy.Evidence::supersedes).filter(Objects::nonNull).forEach(superseded::add);
            for (ProficiencyPolicy.Evidence ev : evidence.get(p)) {
                if (ev.source() == ProficiencyPolicy.Source.SELF || superseded.contains(ev.id())
                        || !selected.contains(ev.competency())) {
                    continue;
                }
                List<Set<UUID>> b = bucket(q, quarter(ev.observedAt().atZone(ZoneOffset.UTC).toLocalDate()));
                b.get(1).add(p);
                if (ev.level() >= 3) {
                    b.get(2).add(p);
                }
            }
            for (CertificateInfo c : certificates) {
                if (c.person().equals(p) && !c.revoked()) {
                    bucket(q, quarter(c.issued())).get(3).add(p);
                }
            }
        }
        Map<LocalDate, Figures> out = new LinkedHashMap<>();
        if (q.isEmpty()) {
            return out;
        }
        LocalDate last = ((TreeMap<LocalDate, List<Set<UUID>>>) q).lastKey();
        for (LocalDate d = ((TreeMap<LocalDate, List<Set<UUID>>>) q).firstKey(); !d.isAfter(last); d = d.plusMonths(3)) {
            List<Set<UUID>> b = q.getOrDefault(d, List.of(Set.of(), Set.of(), Set.of(), Set.of()));
            out.put(d, new Figures(0, b.get(0).size(), b.get(1).size(), b.get(2).size(), b.get(3).size()));
        }
        return out;
    }

    private static List<Set<UUID>> bucket(Map<LocalDate, List<Set<UUID>>> q, LocalDate quarter) {
        return q.computeIfAbsent(quarter, k -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                new LinkedHashSet<>()));
    }

    static LocalDate quarter(LocalDate d) {
        return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
}
