package org.cadre.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fills a fresh embedded PostgreSQL with a multi-country programme at national scale (see
 * bench/README.md): the schema and the real curricula come from starting the packaged application once
 * (Flyway and the framework loader), everything else is written by COPY with deterministic ids and
 * choices, in shapes the application's own rules accept (trainers never double-booked, ratings on the
 * scale by raters allowed to give them, corrections superseding earlier ratings, visits by the
 * mentees' own mentors …).
 *
 * <p>Usage: {@code Generate <small|full|tiny> [postgresPort]} (bench/run generate wraps it).
 */
public final class Generate {

    static final String[] COUNTRIES = {"BJ", "TG", "BF", "NE", "CI", "SN", "ML", "CM", "MD", "RO",
            "VN", "MX", "KH", "KE", "UG", "RW", "GH", "PH", "GT", "UA"};
    static final String[] ZONES = {"Africa/Porto-Novo", "Africa/Lome", "Africa/Ouagadougou", "Africa/Niamey",
            "Africa/Abidjan", "Africa/Dakar", "Africa/Bamako", "Africa/Douala", "Europe/Chisinau", "Europe/Bucharest",
            "Asia/Ho_Chi_Minh", "America/Monterrey", "Asia/Phnom_Penh", "Africa/Nairobi", "Africa/Kampala",
            "Africa/Kigali", "Africa/Accra", "Asia/Manila", "America/Guatemala", "Europe/Kyiv"};
    static final String[] LANGUAGES = {"fr", "fr", "fr", "fr", "fr", "fr", "fr", "fr", "ro", "ro",
            "en", "en", "en", "en", "en", "en", "en", "en", "en", "en"};
    private static final String[] GIVEN = {"Amara", "Kossi", "Afi", "Issa", "Mariam", "Yao", "Fatou", "Ion", "Elena",
            "Mihai", "Ana", "Thi Lan", "Van Minh", "Hoa", "Lucía", "Diego", "Sokha", "Wanjiru", "Okello", "Aline",
            "Kwame", "Maricel", "Rosa", "Olena", "Pascal", "Nadia", "Tudor", "Bình", "Ximena", "Chantal"};
    private static final String[] FAMILY = {"Houénou", "Agbéko", "Ouédraogo", "Moussa", "Koné", "Ndiaye", "Traoré",
            "Mbarga", "Rusu", "Ceban", "Popescu", "Nguyễn", "Trần", "Lê", "Hernández", "Garza", "Sok", "Mwangi",
            "Okello", "Uwase", "Mensah", "Dela Cruz", "Xol", "Shevchenko", "Adjovi", "Botnaru", "Phạm", "Cárdenas",
            "Sawadogo", "Diallo", "Lungu", "Đặng", "Kiplagat", "Asante", "Reyes", "Kovalenko", "Zinsou"};
    private static final String[] CADRES = {"psw", "cycw", "cdw", "social-worker"};
    private static final String[] ORG_KINDS = {"ministry", "ngo", "child-protection-centre", "social-work-centre",
            "school-of-social-work", "other"};
    private static final String[] MODES = {"on-site", "remote", "group"};
    /** The data set's "today": fixed so that the same size always gives the same rows. */
    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 1);
    static final Instant CREATED = Instant.parse("2024-01-02T08:00:00Z");

    /** Counts derived from the size. */
    record Size(String name, int personsPerCountry, int cohortsPerCountry, int sessionsPerCohort, int seats,
                int visits, long ratings, int bigCohort, int organisationsPerCountry, int regionsPerCountry) {
        int trainers() {
            return Math.max(2, Math.round(personsPerCountry * 0.015f) / 2 * 2);
        }

        int mentors() {
            return Math.max(1, personsPerCountry / 200);
        }

        int trainees() {
            return personsPerCountry - trainers() - mentors();
        }

        static Size of(String name) {
            return switch (name) {
                case "full" -> new Size("full", 10_000, 500, 10, 20, 50_000, 5_000_000L, 10_000, 50, 10);
                case "small" -> new Size("small", 100, 5, 10, 20, 500, 50_000L, 1_000, 3, 10);
                case "tiny" -> new Size("tiny", 25, 2, 4, 12, 40, 2_000L, 60, 2, 2);
                default -> throw new IllegalArgumentException("size is full, small or tiny, not " + name);
            };
        }
    }

    private final Size size;
    private final Connection db;
    private UUID versionId;
    private UUID programmeId;
    private final List<UUID> competencies = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();

    Generate(Size size, Connection db) {
        this.size = size;
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        Size size = Size.of(args.length > 0 ? args[0] : "small");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 5642;
        int httpPort = args.length > 2 ? Integer.parseInt(args[2]) : 8087;
        long t0 = System.nanoTime();
        BenchPlatform.forgetGenerated(size.name());
        try (EmbeddedPostgres pg = BenchPlatform.startDatabase(size.name(), port, true, true)) {
            Path log = Path.of(".cadre", "bench-" + size.name(), "generate-app.log").toAbsolutePath();
            System.out.println("Schema and curricula: starting the application once (log " + log + ") …");
            try (BenchPlatform.App app = BenchPlatform.App.launch(port, httpPort, null, List.of("-Xmx256m"), log)) {
                app.awaitReady(Duration.ofMinutes(3));
            }
            try (Connection c = BenchPlatform.connect(port)) {
                new Generate(size, c).run();
                System.out.println("Analysing …");
                try (Statement s = c.createStatement()) {
                    // the report counts (V83) were kept row by row during the load: fold them once, as the
                    // migration of an existing data set leaves them
                    try (var rs = s.executeQuery("select count(*) from pg_proc where proname = 'report_count_compact'")) {
                        rs.next();
                        if (rs.getInt(1) > 0) {
                            System.out.println("Folding the report counts …");
                            s.execute("select count(*) from (select report_count_compact(id) from programme) x");
                            // folding millions of load-time rows leaves the table's file at hundreds of MB of dead
                            // rows (651 MB for 98,000 live rows at full size), which every report then scans; a
                            // running system folds a few thousand at a time and autovacuum reuses the space
                            s.execute("vacuum full report_count");
                        }
                    }
                    s.execute("vacuum analyze");
                }
            }
        }
        System.out.println("Keeping a copy of the generated data set for the benchmark runs …");
        BenchPlatform.keepGenerated(size.name());
        Files.writeString(Path.of(".cadre", "bench-" + size.name(), "generated"), size.toString());
        System.out.printf("Generated size %s in %.1f s%n", size.name(), (System.nanoTime() - t0) / 1e9);
    }

    void run() throws Exception {
        loadFramework();
        step("regions and organisations", this::places);
        step("persons", this::persons);
        step("programme", this::programme);
        step("cohorts, trainers, enrolments", this::cohorts);
        step("sessions, attendance", this::sessions);
        step("mentor assignments", this::assignments);
        step("mentoring visits", this::visits);
        step("assessments and ratings", this::ratings);
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                select (select count(*) from person), (select count(*) from cohort), (select count(*) from training_session),
                       (select count(*) from attendance), (select count(*) from rating), (select count(*) from mentoring_visit),
                       (select count(*) from enrolment)""")) {
            rs.next();
            System.out.printf("persons %,d  cohorts %,d  sessions %,d  attendance %,d  ratings %,d  visits %,d  enrolments %,d%n",
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private static void step(String what, Step step) throws Exception {
        long t = System.nanoTime();
        System.out.print(what + " … ");
        System.out.flush();
        step.run();
        System.out.printf("%.1f s%n", (System.nanoTime() - t) / 1e9);
    }

    private void loadFramework() throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                select v.id from framework_version v join framework f on f.id = v.framework_id
                 where f.code = 'PSW' and v.status = 'published' order by v.published_at desc limit 1""")) {
            if (!rs.next()) {
                throw new IllegalStateException("the PSW framework was not loaded from curricula/");
            }
            versionId = (UUID) rs.getObject(1);
        }
        try (PreparedStatement ps = db.prepareStatement("""
                select k.id, k.code from competency k join framework_function f on f.id = k.function_id
                 where k.framework_version_id = ? order by f.position, k.position""")) {
            ps.setObject(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    competencies.add((UUID) rs.getObject(1));
                    codes.add(rs.getString(2));
                }
            }
        }
        try (PreparedStatement ps = db.prepareStatement(
                "select position from framework_scale_level where framework_version_id = ? order by position")) {
            ps.setObject(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    levels.add(rs.getInt(1));
                }
            }
        }
        System.out.println("Framework PSW: " + competencies.size() + " competencies, scale " + levels);
    }

    // ── people ────────────────────────────────────────────────────────────

    private int perCountry() {
        return size.personsPerCountry();
    }

    /** Global person index of the trainer / mentor / trainee number i of country c. */
    long trainer(int c, int i) {
        return (long) c * perCountry() + i;
    }

    long mentor(int c, int i) {
        return (long) c * perCountry() + size.trainers() + i;
    }

    long trainee(int c, int i) {
        return (long) c * perCountry() + size.trainers() + size.mentors() + i;
    }

    String trainerName(int c, int i) {
        if (i == 0 && COUNTRIES[c].equals("BJ")) {
            return "mt.benin";
        }
        if (i == 0 && COUNTRIES[c].equals("MD")) {
            return "mt.moldova";
        }
        return "trainer." + COUNTRIES[c].toLowerCase() + "." + i;
    }

    String mentorName(int c, int i) {
        if (i == 0 && COUNTRIES[c].equals("MD")) {
            return "mentor.moldova";
        }
        if (i == 0 && COUNTRIES[c].equals("MX")) {
            return "mentor.mexico";
        }
        return "mentor." + COUNTRIES[c].toLowerCase() + "." + i;
    }

    private void places() throws Exception {
        try (Copy regions = new Copy(db, "region", "id, country_code, name, kind, created_at");
             Copy orgs = new Copy(db, "organisation", "id, name, kind, country_code, region_id, created_at").after(regions)) {
            for (int c = 0; c < COUNTRIES.length; c++) {
                for (int r = 0; r < size.regionsPerCountry(); r++) {
                    regions.row(Ids.of(Ids.REGION, c * 1000L + r), COUNTRIES[c], "Region " + (r + 1) + " " + COUNTRIES[c], "region", CREATED);
                }
            }
            for (int c = 0; c < COUNTRIES.length; c++) {
                for (int o = 0; o < size.organisationsPerCountry(); o++) {
                    orgs.row(Ids.of(Ids.ORGANISATION, c * 1000L + o), "Social services office " + (o + 1) + " " + COUNTRIES[c],
                            ORG_KINDS[o % ORG_KINDS.length], COUNTRIES[c],
                            Ids.of(Ids.REGION, c * 1000L + o % size.regionsPerCountry()), CREATED);
                }
            }
        }
    }

    private void persons() throws Exception {
        try (Copy persons = new Copy(db, "person", "id, given_name, family_name, cadre, country_code, organisation_id, "
                + "region_id, email, phone, keycloak_username, created_at");
             Copy profiles = new Copy(db, "person_profile", "id, person_id, kind, level").after(persons);
             Copy frameworks = new Copy(db, "person_profile_framework", "profile_id, framework_code").after(profiles)) {
            for (int c = 0; c < COUNTRIES.length; c++) {
                for (int i = 0; i < perCountry(); i++) {
                    long p = (long) c * perCountry() + i;
                    boolean isTrainer = i < size.trainers();
                    boolean isMentor = !isTrainer && i < size.trainers() + size.mentors();
                    String login = null;
                    if (isTrainer && (trainerName(c, i).startsWith("mt."))) {
                        login = trainerName(c, i);
                    } else if (isMentor && mentorName(c, i - size.trainers()).indexOf('.', 7) < 0) {
                        login = mentorName(c, i - size.trainers());
                    } else if (!isTrainer && !isMentor && i - size.trainers() - size.mentors() == 0) {
                        login = COUNTRIES[c].equals("BJ") ? "trainee.benin" : COUNTRIES[c].equals("VN") ? "trainee.vietnam" : null;
                    }
                    String given = GIVEN[Ids.pick(GIVEN.length, p, 1)];
                    String family = FAMILY[Ids.pick(FAMILY.length, p, 2)];
                    String cadre = isTrainer || isMentor ? "social-worker" : CADRES[Ids.pick(CADRES.length, p, 3)];
                    persons.row(Ids.of(Ids.PERSON, p), given, family, cadre, COUNTRIES[c],
                            Ids.of(Ids.ORGANISATION, c * 1000L + Ids.pick(size.organisationsPerCountry(), p, 4)),
                            Ids.of(Ids.REGION, c * 1000L + Ids.pick(size.regionsPerCountry(), p, 5)),
                            "p" + p + "@example.invalid", null, login, CREATED);
                    if (isTrainer || isMentor) {
                        UUID profile = Ids.of(Ids.PROFILE, p);
                        profiles.row(profile, Ids.of(Ids.PERSON, p), isTrainer ? "trainer" : "mentor",
                                i == 0 ? "master" : "national");
                        frameworks.row(profile, "PSW");
                    }
                }
            }
        }
    }

    private void programme() throws Exception {
        programmeId = Ids.of(Ids.PROGRAMME, 1);
        try (PreparedStatement ps = db.prepareStatement(
                "insert into programme (id, name, framework_version_id, created_at) values (?, ?, ?, ?)")) {
            ps.setObject(1, programmeId);
            ps.setString(2, "National scale programme (" + size.name() + ")");
            ps.setObject(3, versionId);
            ps.setObject(4, java.sql.Timestamp.from(CREATED));
            ps.executeUpdate();
        }
        try (Copy countries = new Copy(db, "programme_country", "programme_id, country_code");
             Copy selection = new Copy(db, "programme_competency", "programme_id, competency_id")) {
            for (String c : COUNTRIES) {
                countries.row(programmeId, c);
            }
            for (UUID k : competencies) {
                selection.row(programmeId, k);
            }
        }
    }

    // ── cohorts ───────────────────────────────────────────────────────────

    long cohort(int c, int k) {
        return (long) c * size.cohortsPerCountry() + k;
    }

    LocalDate startsOn(int k) {
        int pairs = size.trainers() / 2;
        return LocalDate.of(2024, 1, 8).plusDays((long) (k / pairs) * 120 + (k % pairs) % 7);
    }

    /** The seat-th enrolee of cohort k of country c, as a trainee number of that country. */
    int seat(int k, int seat) {
        return (k * size.seats() + seat) % size.trainees();
    }

    private void cohorts() throws Exception {
        int pairs = size.trainers() / 2;
        try (Copy cohorts = new Copy(db, "cohort", "id, programme_id, name, country_code, region_id, venue, time_zone, "
                + "language, starts_on, ends_on, capacity, created_at");
             Copy trainers = new Copy(db, "cohort_trainer", "cohort_id, person_id").after(cohorts);
             Copy enrolments = new Copy(db, "enrolment", "id, cohort_id, person_id, status, enrolled_at").after(cohorts)) {
            for (int c = 0; c < COUNTRIES.length; c++) {
                for (int k = 0; k < size.cohortsPerCountry(); k++) {
                    long g = cohort(c, k);
                    LocalDate start = startsOn(k);
                    LocalDate end = start.plusDays((size.sessionsPerCohort() + 1) / 2 - 1);
                    boolean big = g == 0;
                    cohorts.row(Ids.of(Ids.COHORT, g), programmeId, (big ? "National roster " : "Cohort ") + (k + 1) + " " + COUNTRIES[c],
                            COUNTRIES[c], Ids.of(Ids.REGION, c * 1000L + k % size.regionsPerCountry()),
                            "Training centre " + (k + 1) + ", " + COUNTRIES[c], ZONES[c], LANGUAGES[c], start, end,
                            big ? size.bigCohort() + 100 : size.seats() + 5, start.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC));
                    int pair = k % pairs;
                    trainers.row(Ids.of(Ids.COHORT, g), Ids.of(Ids.PERSON, trainer(c, 2 * pair)));
                    trainers.row(Ids.of(Ids.COHORT, g), Ids.of(Ids.PERSON, trainer(c, 2 * pair + 1)));
                    boolean done = end.isBefore(REFERENCE);
                    Instant enrolled = start.minusDays(14).atTime(9, 0).toInstant(ZoneOffset.UTC);
                    int seats = big ? size.bigCohort() : size.seats();
                    for (int s = 0; s < seats; s++) {
                        long person;
                        if (s < size.seats()) {
                            person = trainee(c, seat(k, s));
                        } else {
                            // the national roster: trainees of this and the following countries, in order
                            int country = (c + s / size.trainees()) % COUNTRIES.length;
                            int n = s % size.trainees();
                            if (country == c && n < size.seats()) {
                                continue;
                            }
                            person = trainee(country, n);
                        }
                        String status = !big && k % 10 == 9 && s == size.seats() - 1 ? "withdrawn" : done ? "completed" : "enrolled";
                        enrolments.row(Ids.of(Ids.ENROLMENT, g * 100_000 + s), Ids.of(Ids.COHORT, g), Ids.of(Ids.PERSON, person),
                                status, enrolled);
                    }
                }
            }
        }
    }

    private void sessions() throws Exception {
        int pairs = size.trainers() / 2;
        try (Copy sessions = new Copy(db, "training_session", "id, cohort_id, title, module, venue, time_zone, local_start, "
                + "local_end, starts_at, ends_at, created_at");
             Copy sessionTrainers = new Copy(db, "session_trainer", "session_id, person_id").after(sessions);
             Copy covers = new Copy(db, "session_competency", "session_id, competency_code").after(sessions);
             Copy attendance = new Copy(db, "attendance", "id, session_id, person_id, status, minutes, recorded_by, recorded_at")
                     .after(sessions)) {
            for (int c = 0; c < COUNTRIES.length; c++) {
                ZoneId zone = ZoneId.of(ZONES[c]);
                for (int k = 0; k < size.cohortsPerCountry(); k++) {
                    long g = cohort(c, k);
                    LocalDate start = startsOn(k);
                    for (int s = 0; s < size.sessionsPerCohort(); s++) {
                        long sid = g * 100 + s;
                        UUID id = Ids.of(Ids.SESSION, sid);
                        LocalDate day = start.plusDays(s / 2);
                        LocalDateTime from = day.atTime(s % 2 == 0 ? LocalTime.of(9, 0) : LocalTime.of(13, 30));
                        LocalDateTime to = from.plusMinutes(210);
                        Instant startsAt = from.atZone(zone).toInstant();
                        Instant endsAt = to.atZone(zone).toInstant();
                        int trainerNo = 2 * (k % pairs) + s % 2;
                        sessions.row(id, Ids.of(Ids.COHORT, g), "Day " + (s / 2 + 1) + (s % 2 == 0 ? " morning" : " afternoon"),
                                "Module " + (s / 2 + 1), "Training centre " + (k + 1) + ", " + COUNTRIES[c], ZONES[c], from, to,
                                startsAt, endsAt, startsAt.minus(Duration.ofDays(20)));
                        sessionTrainers.row(id, Ids.of(Ids.PERSON, trainer(c, trainerNo)));
                        for (int m = 0; m < Math.min(3, codes.size()); m++) {
                            covers.row(id, codes.get((k + s * 3 + m) % codes.size()));
                        }
                        if (!startsAt.isBefore(REFERENCE.atStartOfDay().toInstant(ZoneOffset.UTC))) {
                            continue; // not held yet
                        }
                        String by = trainerName(c, trainerNo);
                        Instant at = endsAt.plus(Duration.ofMinutes(30));
                        for (int e = 0; e < size.seats(); e++) {
                            int roll = Ids.pick(100, sid, e, 7);
                            String status = roll < 80 ? "present" : roll < 88 ? "late" : roll < 96 ? "absent" : "excused";
                            int minutes = switch (status) {
                                case "present" -> 210;
                                case "late" -> 170;
                                default -> 0;
                            };
                            attendance.row(Ids.of(Ids.ATTENDANCE, sid * 100 + e), id, Ids.of(Ids.PERSON, trainee(c, seat(k, e))),
                                    status, minutes, by, at);
                        }
                    }
                }
            }
        }
    }

    // ── mentoring ─────────────────────────────────────────────────────────

    private void assignments() throws Exception {
        try (Copy copy = new Copy(db, "mentor_assignment", "id, mentor_id, mentee_id, since, created_by, created_at")) {
            for (int c = 0; c < COUNTRIES.length; c++) {
                for (int i = 0; i < size.trainees(); i++) {
                    long t = trainee(c, i);
                    copy.row(Ids.of(Ids.ASSIGNMENT, t), Ids.of(Ids.PERSON, mentor(c, i % size.mentors())),
                            Ids.of(Ids.PERSON, t), LocalDate.of(2024, 1, 1), "admin", CREATED);
                }
            }
        }
    }

    /** Ratings written for visits (so that the other sources make up the rest of the total). */
    private long visitRatings;

    private void visits() throws Exception {
        int mentors = size.mentors();
        int allMentors = mentors * COUNTRIES.length;
        try (Copy visits = new Copy(db, "mentoring_visit", "id, mentor_id, visit_date, site_id, mode, status, "
                + "framework_version_id, strengths, created_by, created_at, updated_at, submitted_at");
             Copy mentees = new Copy(db, "visit_mentee", "visit_id, person_id").after(visits);
             Copy observations = new Copy(db, "visit_observation", "id, visit_id, person_id, competency_id, level, note")
                     .after(visits);
             Copy ratings = new Copy(db, "rating", "id, person_id, competency_id, framework_version_id, level, source, "
                     + "source_id, rater_username, rater_person_id, observed_at, recorded_at, note").after(visits)) {
            for (int v = 0; v < size.visits(); v++) {
                int g = v % allMentors;
                int c = g / mentors;
                int m = g % mentors;
                int round = v / allMentors;
                int assigned = (size.trainees() - m + mentors - 1) / mentors;
                UUID id = Ids.of(Ids.VISIT, v);
                LocalDate date = LocalDate.of(2024, 3, 1).plusDays((v * 37L) % 960);
                boolean submitted = v % 10 != 9;
                Instant created = date.atTime(15, 0).toInstant(ZoneOffset.UTC);
                Instant submittedAt = submitted ? created.plus(Duration.ofHours(1)) : null;
                String by = mentorName(c, m);
                UUID mentor = Ids.of(Ids.PERSON, mentor(c, m));
                visits.row(id, mentor, date, Ids.of(Ids.ORGANISATION, c * 1000L + v % size.organisationsPerCountry()),
                        MODES[v % 3], submitted ? "submitted" : "draft", versionId, "Keeps case notes up to date.",
                        by, created, submittedAt == null ? created : submittedAt, submittedAt);
                for (int x = 0; x < 2; x++) {
                    long mentee = trainee(c, m + mentors * ((2 * round + x) % assigned));
                    mentees.row(id, Ids.of(Ids.PERSON, mentee));
                    for (int y = 0; y < 3; y++) {
                        int k = (v * 3 + x * 7 + y) % competencies.size();
                        int level = levels.get(Ids.pick(levels.size(), v, x, y));
                        long o = v * 6L + x * 3 + y;
                        observations.row(Ids.of(Ids.OBSERVATION, o), id, Ids.of(Ids.PERSON, mentee), competencies.get(k), level, "");
                        if (submitted) {
                            ratings.row(Ids.of(Ids.RATING, 1_000_000_000L + o), Ids.of(Ids.PERSON, mentee), competencies.get(k),
                                    versionId, level, "visit", id, by, mentor,
                                    date.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), submittedAt, "");
                            visitRatings++;
                        }
                    }
                }
            }
        }
    }

    // ── assessments and ratings ───────────────────────────────────────────

    private void ratings() throws Exception {
        long traineesTotal = (long) size.trainees() * COUNTRIES.length;
        long rest = size.ratings() - visitRatings;
        long each = rest / traineesTotal;
        long extra = rest % traineesTotal;
        int pairs = size.trainers() / 2;
        Instant latest = REFERENCE.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        try (Copy assessments = new Copy(db, "assessment", "id, kind, person_id, cohort_id, framework_version_id, "
                + "assessor_username, assessor_person_id, assessed_on, recorded_at");
             Copy ratings = new Copy(db, "rating", "id, person_id, competency_id, framework_version_id, level, source, "
                     + "source_id, rater_username, rater_person_id, observed_at, recorded_at, supersedes_id, note");
             Copy corrections = new Copy(db, "correction", "id, subject_type, subject_id, corrected_by, corrected_at, "
                     + "before_value, after_value, reason")) {
            long global = 0;
            for (int c = 0; c < COUNTRIES.length; c++) {
                for (int i = 0; i < size.trainees(); i++, global++) {
                    long t = trainee(c, i);
                    UUID person = Ids.of(Ids.PERSON, t);
                    int k = i / size.seats(); // first cohort of the trainee (seat i % seats)
                    k = Math.min(k, size.cohortsPerCountry() - 1);
                    LocalDate end = startsOn(k).plusDays((size.sessionsPerCohort() + 1) / 2 - 1);
                    int trainerNo = 2 * (k % pairs);
                    String trainer = trainerName(c, trainerNo);
                    UUID trainerId = Ids.of(Ids.PERSON, trainer(c, trainerNo));
                    UUID cohortId = Ids.of(Ids.COHORT, cohort(c, k));
                    String self = "trainee." + COUNTRIES[c].toLowerCase() + "." + i;
                    UUID practical = Ids.of(Ids.ASSESSMENT, t * 3);
                    UUID observation = Ids.of(Ids.ASSESSMENT, t * 3 + 1);
                    UUID selfAssessment = Ids.of(Ids.ASSESSMENT, t * 3 + 2);
                    Instant recorded = end.plusDays(1).atTime(17, 0).toInstant(ZoneOffset.UTC);
                    assessments.row(practical, "practical", person, cohortId, versionId, trainer, trainerId, end, recorded);
                    assessments.row(observation, "observation", person, cohortId, versionId, trainer, trainerId, end, recorded);
                    assessments.row(selfAssessment, "self", person, cohortId, versionId, self, person, end.minusDays(2), recorded);
                    long quota = each + (global < extra ? 1 : 0);
                    UUID previous = null;
                    Object[] last = null;
                    for (int r = 0; r < quota; r++) {
                        long rid = t * 64 + r;
                        UUID id = Ids.of(Ids.RATING, rid);
                        if (r % 25 == 24 && last != null && !"self".equals(last[5])) {
                            // a correction of the previous rating: same evidence, another level
                            int before = (Integer) last[4];
                            int after = levels.get((levels.indexOf(before) + 1) % levels.size());
                            Instant at = ((Instant) last[10]).plus(Duration.ofDays(3));
                            ratings.row(id, person, last[2], versionId, after, last[5], last[6], last[7], last[8], last[9], at,
                                    previous, "corrected after review");
                            corrections.row(Ids.of(Ids.CORRECTION, rid), "rating", previous, last[7], at,
                                    "{\"level\":" + before + ",\"note\":\"\"}", "{\"level\":" + after + ",\"note\":\"corrected after review\"}",
                                    "The level was entered in the wrong column");
                            last = null;
                            continue;
                        }
                        int kind = r % 20;
                        String source = kind < 8 ? "practical" : kind < 13 ? "observation" : kind < 17 ? "self" : "import";
                        UUID sourceId = switch (source) {
                            case "practical" -> practical;
                            case "observation" -> observation;
                            case "self" -> selfAssessment;
                            default -> null;
                        };
                        UUID competency = competencies.get((int) ((i + r * 7L) % competencies.size()));
                        int grow = (int) Math.min(levels.size() - 1, r / 10 + Ids.pick(2, rid));
                        int level = levels.get(Math.max(0, grow - Ids.pick(2, rid, 1)));
                        Instant observed = end.atTime(11, 0).toInstant(ZoneOffset.UTC).plus(Duration.ofDays(r / 8 * 60L + r % 8));
                        if (observed.isAfter(latest)) {
                            observed = latest;
                        }
                        String rater = "self".equals(source) ? self : trainer;
                        UUID raterId = "self".equals(source) ? person : trainerId;
                        Instant at = observed.plus(Duration.ofHours(6));
                        last = new Object[]{id, person, competency, versionId, level, source, sourceId, rater, raterId, observed, at};
                        previous = id;
                        ratings.row(id, person, competency, versionId, level, source, sourceId, rater, raterId, observed, at,
                                null, "");
                    }
                }
            }
        }
    }

}
