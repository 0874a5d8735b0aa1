package org.cadre.cohort;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.framework.Competency;
import org.cadre.framework.CompetencyRepository;
import org.cadre.framework.FrameworkVersion;
import org.cadre.framework.FrameworkVersionRepository;
import org.cadre.geo.Region;
import org.cadre.geo.RegionRepository;
import org.cadre.people.Organisation;
import org.cadre.people.OrganisationRepository;
import org.cadre.people.Person;
import org.cadre.people.PersonProfile;
import org.cadre.people.PersonProfileRepository;
import org.cadre.people.PersonRepository;
import org.cadre.programme.Programme;
import org.cadre.programme.ProgrammeRepository;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Demo people, programmes, cohorts, sessions and attendance. Loaded at start by {@link CohortDemoData} in
 * {@code ./mvnw quarkus:dev} only; the bean does not exist in the production build, and in tests it is
 * only called by a test that rolls it back. Idempotent: does nothing when the demo is already there.
 * Demo programmes adopt a loaded framework version (PSW when present); without any framework it creates
 * the people and organisations only. All names of people are invented.
 */
@IfBuildProfile(anyOf = {"dev", "test"})
@ApplicationScoped
class CohortDemo {

    private static final Logger LOG = Logger.getLogger(CohortDemo.class);
    static final String MARKER = "Centre de promotion sociale de Cotonou (démo)";

    @Inject
    OrganisationRepository organisations;

    @Inject
    PersonRepository persons;

    @Inject
    PersonProfileRepository profiles;

    @Inject
    RegionRepository regions;

    @Inject
    ProgrammeRepository programmes;

    @Inject
    FrameworkVersionRepository versions;

    @Inject
    CompetencyRepository competencies;

    @Inject
    CohortRepository cohorts;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    TrainingSessionRepository sessions;

    @Inject
    AttendanceRepository attendance;

    @Transactional
    void load() {
        boolean peopleThere = organisations.count("name", MARKER) > 0;
        boolean cohortsThere = cohorts.count("name", COTONOU) > 0;
        if (peopleThere && cohortsThere) {
            return;
        }
        if (!peopleThere) {
            people();
        }
        FrameworkVersion version = frameworkVersion();
        if (version == null) {
            LOG.info("No competency framework loaded yet: demo people created, demo programmes and cohorts skipped");
            return;
        }
        cohorts(version);
        LOG.info("Demo cohorts loaded: Cotonou 2016, Bălți 2025, Binh Duong and Quang Ninh, Monterrey");
    }

    private FrameworkVersion frameworkVersion() {
        List<FrameworkVersion> all = versions.listAll();
        return all.stream().filter(v -> "PSW".equals(v.framework.code)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
    }

    // ── people and organisations ──

    private static final String COTONOU = "Atelier régional Afrique de l'Ouest et du Centre — Cotonou 2016";
    private static final String BALTI = "Seminar managementul cazului — Regiunea de Nord, Bălți";
    private static final String BINH_DUONG = "Tập huấn cán bộ trung tâm — Bình Dương";
    private static final String QUANG_NINH = "Tập huấn cán bộ trung tâm — Quảng Ninh";
    private static final String MONTERREY = "Supervisión de seguimiento — Monterrey";

    private static final String[][] WEST_AFRICA = {
            {"BJ", "8", "Direction de la famille et de l'enfance (Bénin, démo)"},
            {"TG", "5", "Direction de la protection de l'enfance (Togo, démo)"},
            {"BF", "4", "Direction de la protection de l'enfant (Burkina Faso, démo)"},
            {"NE", "4", "Direction de la protection de l'enfant (Niger, démo)"},
            {"CI", "4", "Direction de la protection de l'enfant (Côte d'Ivoire, démo)"},
            {"SN", "4", "Direction des droits et de la protection de l'enfant (Sénégal, démo)"},
            {"ML", "4", "Direction de la promotion de l'enfant (Mali, démo)"},
            {"CM", "4", "Direction de la protection sociale de l'enfance (Cameroun, démo)"},
    };
    private static final String[] FRENCH_GIVEN = {"Adjoa", "Koffi", "Aminata", "Moussa", "Fatoumata", "Yao", "Mariam",
            "Ibrahim", "Awa", "Sékou", "Clarisse", "Hervé", "Rokia", "Boubacar", "Estelle", "Didier", "Salimata", "Armel",
            "Nafissatou", "Éric", "Honorine", "Issa", "Bernadette", "Lassina", "Ramatou", "Félicien", "Kadiatou", "Ousmane",
            "Solange", "Abdoulaye", "Ginette", "Théophile", "Aïcha", "Roland", "Prudence", "Mamadou", "Yvette"};
    private static final String[] FRENCH_FAMILY = {"Agossa", "Kpadonou", "Traoré", "Diallo", "Ouédraogo", "Sawadogo",
            "Konaté", "Coulibaly", "Ndiaye", "Sow", "Kouassi", "Yapi", "Issoufou", "Maïga", "Mbarga", "Ngono", "Amegan",
            "Akakpo", "Zongo", "Kaboré", "Diop", "Fall", "Touré", "Keïta", "Tchatchoua", "Ekwalla", "Hounsa", "Dako",
            "Abdou", "Garba", "N'Guessan", "Koné", "Sylla", "Dembélé", "Fotso", "Biya", "Mensah"};
    private static final String[] ROMANIAN_GIVEN = {"Ana", "Vasile", "Maria", "Sergiu", "Elena", "Victor", "Tatiana",
            "Andrei", "Olga", "Nicolae", "Svetlana", "Mihai", "Cristina", "Igor", "Lilia", "Dumitru", "Aurelia", "Petru"};
    private static final String[] ROMANIAN_FAMILY = {"Bejenari", "Cojocaru", "Munteanu", "Grosu", "Țurcanu", "Rotari",
            "Lupașcu", "Bălan", "Chiriac", "Moraru", "Ursu", "Sîrbu", "Guțu", "Ciobanu", "Vrabie", "Ungureanu", "Lungu", "Cebotari"};
    private static final String[] VIETNAMESE = {"Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thị Mai", "Phạm Văn Đức",
            "Hoàng Thị Hoa", "Vũ Văn Nam", "Đặng Thị Thu", "Bùi Văn Long", "Đỗ Thị Hạnh", "Ngô Văn Tâm", "Dương Thị Yến",
            "Lý Văn Phúc"};
    private static final String[] SPANISH = {"María Fernanda Treviño", "José Luis Cantú", "Ana Sofía Garza",
            "Jorge Alberto Elizondo", "Claudia Villarreal", "Ricardo Salinas", "Diana Leal", "Héctor Cavazos"};

    private void people() {
        Region balti = region("MD", "Bălți", "municipality");
        Region binhDuong = region("VN", "Bình Dương", "province");
        Region quangNinh = region("VN", "Quảng Ninh", "province");
        Region nuevoLeon = region("MX", "Nuevo León", "state");
        Region littoral = region("BJ", "Littoral", "department");

        Organisation cotonou = organisation(MARKER, "social-work-centre", "BJ", littoral);
        organisation("École de travail social de Cotonou (démo)", "school-of-social-work", "BJ", littoral);
        organisation("ONG Enfance et Avenir (démo)", "ngo", "BJ", littoral);
        for (String[] c : WEST_AFRICA) {
            organisation(c[2], "ministry", c[0], null);
        }
        Organisation baltiDas = organisation("Direcția asistență socială și protecția familiei Bălți (demo)",
                "social-work-centre", "MD", balti);
        organisation("Ministerul muncii și protecției sociale (demo)", "ministry", "MD", null);
        Organisation bdCentre = organisation("Trung tâm bảo trợ trẻ em Bình Dương (demo)", "child-protection-centre", "VN", binhDuong);
        Organisation qnCentre = organisation("Trung tâm bảo trợ trẻ em Quảng Ninh (demo)", "child-protection-centre", "VN", quangNinh);
        organisation("Cục Trẻ em (demo)", "ministry", "VN", null);
        Organisation dif = organisation("Oficina de Bienestar Infantil de Monterrey (demo)", "social-work-centre", "MX", nuevoLeon);

        Person codjo = person("Codjo", "Ahouansou", "social-worker", "BJ", cotonou, littoral, "mt.benin");
        profile(codjo, "trainer", "master", "PSW", "CYCW");
        Person ion = person("Ion", "Ceban", "social-worker", "MD", baltiDas, balti, "mt.moldova");
        profile(ion, "trainer", "master", "PSW");
        Person natalia = person("Natalia", "Rusu", "social-worker", "MD", baltiDas, balti, "mentor.moldova");
        profile(natalia, "mentor", "national", "PSW");
        Person guadalupe = person("Guadalupe", "Garza Leal", "social-worker", "MX", dif, nuevoLeon, "mentor.mexico");
        profile(guadalupe, "mentor", "master", "PSW");
        person("Afiavi", "Gbedji", "psw", "BJ", cotonou, littoral, "trainee.benin");
        person("Minh", "Nguyen Van", "cycw", "VN", bdCentre, binhDuong, "trainee.vietnam");
        person("Linh", "Tran Thi", "manager", "VN", null, null, "pm.vietnam");
        person("Mariam", "Kone", "manager", "BJ", null, null, "pm.westafrica");
        person("Aurore", "Dossou-Yovo", "manager", "BJ", null, null, "admin");
        Person awa = person("Awa", "Ndiaye Sarr", "social-worker", "SN", null, null, null);
        profile(awa, "trainer", "master", "PSW");

        // West and Central Africa: 37 participants from 8 countries (trainee.benin is one of Benin's 8)
        int n = 0;
        for (String[] c : WEST_AFRICA) {
            Organisation ministry = organisations.find("name", c[2]).firstResult();
            int count = Integer.parseInt(c[1]) - (c[0].equals("BJ") ? 1 : 0);
            for (int i = 0; i < count; i++, n++) {
                person(FRENCH_GIVEN[n % FRENCH_GIVEN.length], FRENCH_FAMILY[n % FRENCH_FAMILY.length], "psw", c[0],
                        ministry, null, null);
            }
        }
        for (int i = 0; i < 18; i++) {
            person(ROMANIAN_GIVEN[i], ROMANIAN_FAMILY[i], i % 3 == 0 ? "social-worker" : "psw", "MD", baltiDas, balti, null);
        }
        // Vietnam: national trainers, then staff of the two pilot provinces' centres
        for (int i = 0; i < 3; i++) {
            Person t = vietnamese(VIETNAMESE[i], "social-worker", null, null);
            profile(t, "trainer", "national", "CYCW", "PSW");
        }
        for (int i = 3; i < VIETNAMESE.length; i++) {
            boolean bd = i % 2 == 1;
            vietnamese(VIETNAMESE[i], "cycw", bd ? bdCentre : qnCentre, bd ? binhDuong : quangNinh);
        }
        for (int i = 0; i < SPANISH.length; i++) {
            int space = SPANISH[i].lastIndexOf(' ');
            Person p = person(SPANISH[i].substring(0, space), SPANISH[i].substring(space + 1), i == 0 ? "social-worker" : "psw",
                    "MX", dif, nuevoLeon, null);
            if (i == 0) {
                profile(p, "trainer", "national", "PSW");
            }
        }
    }

    private Person vietnamese(String fullName, String cadre, Organisation org, Region region) {
        int space = fullName.lastIndexOf(' ');
        // Vietnamese order: family name first; stored as given = last word, family = the rest
        return person(fullName.substring(space + 1), fullName.substring(0, space), cadre, "VN", org, region, null);
    }

    private Region region(String country, String name, String kind) {
        return regions.find("countryCode = ?1 and name = ?2", country, name).firstResultOptional().orElseGet(() -> {
            Region r = new Region();
            r.id = UUID.randomUUID();
            r.countryCode = country;
            r.name = name;
            r.kind = kind;
            r.createdAt = Instant.now();
            regions.persist(r);
            return r;
        });
    }

    private Organisation organisation(String name, String kind, String country, Region region) {
        return organisations.find("countryCode = ?1 and name = ?2", country, name).firstResultOptional().orElseGet(() -> {
            Organisation o = new Organisation();
            o.id = UUID.randomUUID();
            o.name = name;
            o.kind = kind;
            o.countryCode = country;
            o.regionId = region == null ? null : region.id;
            o.createdAt = Instant.now();
            organisations.persist(o);
            return o;
        });
    }

    private Person person(String given, String family, String cadre, String country, Organisation org, Region region,
                          String username) {
        if (username != null) {
            var linked = persons.linkedTo(username);
            if (linked.isPresent()) {
                return linked.get();
            }
        }
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.givenName = given;
        p.familyName = family;
        p.cadre = cadre;
        p.countryCode = country;
        p.organisationId = org == null ? null : org.id;
        p.regionId = region == null ? null : region.id;
        p.keycloakUsername = username;
        p.createdAt = Instant.now();
        persons.persist(p);
        return p;
    }

    private void profile(Person p, String kind, String level, String... frameworks) {
        if (profiles.of(p.id, kind).isPresent()) {
            return;
        }
        PersonProfile profile = new PersonProfile();
        profile.id = UUID.randomUUID();
        profile.personId = p.id;
        profile.kind = kind;
        profile.level = level;
        profile.frameworks.addAll(List.of(frameworks));
        profiles.persist(profile);
    }

    // ── programmes, cohorts, sessions, attendance ──

    private void cohorts(FrameworkVersion version) {
        List<Competency> offered = competencies.ofVersion(version.id);
        List<String> codes = offered.stream().map(c -> c.code).limit(6).toList();

        Programme westAfrica = programme("Protection de l'enfance — Afrique de l'Ouest et du Centre (démo)", version, offered,
                "BJ", "TG", "BF", "NE", "CI", "SN", "ML", "CM");
        Programme moldova = programme("Managementul cazului — Moldova (demo)", version, offered, "MD");
        Programme vietnam = programme("Child protection centres — Viet Nam (demo)", version, offered, "VN");
        Programme mexico = programme("Supervisión de bienestar infantil — México (demo)", version, offered, "MX");

        Person codjo = persons.linkedTo("mt.benin").orElseThrow();
        Person awa = persons.find("familyName", "Ndiaye Sarr").firstResult();
        Cohort cotonou = cohort(westAfrica, COTONOU, "BJ", "Littoral", "Centre de conférences, Cotonou", "Africa/Porto-Novo",
                "fr", LocalDate.of(2016, 4, 12), LocalDate.of(2016, 4, 15), 40, codjo, awa);
        List<Person> participants = new ArrayList<>();
        for (String[] c : WEST_AFRICA) {
            Organisation ministry = organisations.find("name", c[2]).firstResult();
            participants.addAll(persons.list("organisationId", ministry.id));
        }
        participants.add(persons.linkedTo("trainee.benin").orElseThrow());
        enrol(cotonou, participants);
        String[][] cotonouModules = {{"Cadre juridique de la protection de l'enfant", "Module 1"},
                {"Identification et signalement", "Module 1"}, {"Gestion de cas : évaluation", "Module 2"},
                {"Gestion de cas : plan d'intervention", "Module 2"}, {"Travail avec les familles", "Module 3"},
                {"Orientation et référencement", "Module 3"}, {"Supervision et soutien", "Module 4"},
                {"Plans d'action nationaux", "Module 4"}};
        List<TrainingSession> cotonouSessions = sessions(cotonou, cotonouModules, codes, Set.of(codjo.id, awa.id),
                LocalTime.of(8, 30), LocalTime.of(12, 30), LocalTime.of(14, 0), LocalTime.of(17, 0));
        // attendance of the first three days taken; the last day still open
        for (int i = 0; i < 6; i++) {
            take(cotonouSessions.get(i), participants, "mt.benin", i);
        }

        Person ion = persons.linkedTo("mt.moldova").orElseThrow();
        Cohort balti = cohort(moldova, BALTI, "MD", "Bălți", "Sala de conferințe, Bălți", "Europe/Chisinau", "ro",
                LocalDate.of(2025, 7, 29), LocalDate.of(2025, 7, 30), 25, ion);
        Organisation das = organisations.find("name", "Direcția asistență socială și protecția familiei Bălți (demo)").firstResult();
        List<Person> moldovans = persons.list("organisationId = ?1 and keycloakUsername is null", das.id);
        enrol(balti, moldovans);
        String[][] baltiModules = {{"Identificarea și evaluarea inițială", "Managementul cazului"},
                {"Evaluarea complexă și planul individual", "Managementul cazului"},
                {"Monitorizarea și revizuirea cazului", "Managementul cazului"},
                {"Închiderea cazului și supervizarea", "Managementul cazului"}};
        List<TrainingSession> baltiSessions = sessions(balti, baltiModules, codes, Set.of(ion.id),
                LocalTime.of(9, 0), LocalTime.of(12, 30), LocalTime.of(13, 30), LocalTime.of(17, 0));
        take(baltiSessions.get(0), moldovans, "mt.moldova", 1);
        take(baltiSessions.get(1), moldovans, "mt.moldova", 2);

        List<Person> nationalTrainers = persons.list(
                "countryCode = 'VN' and id in (select p.personId from PersonProfile p where p.kind = 'trainer')");
        String[][] vnModules = {{"Quyền trẻ em và bảo vệ trẻ em", "Học phần 1"}, {"Quản lý trường hợp", "Học phần 2"},
                {"Tái hòa nhập gia đình", "Học phần 3"}, {"Chăm sóc thay thế", "Học phần 4"}};
        for (String province : List.of("Bình Dương", "Quảng Ninh")) {
            Organisation centre = organisations.find("name", "Trung tâm bảo trợ trẻ em " + province + " (demo)").firstResult();
            boolean bd = province.equals("Bình Dương");
            Cohort c = cohort(vietnam, bd ? BINH_DUONG : QUANG_NINH, "VN", province, centre.name, "Asia/Ho_Chi_Minh", "vi",
                    bd ? LocalDate.of(2025, 9, 8) : LocalDate.of(2025, 9, 22), bd ? LocalDate.of(2025, 9, 9) : LocalDate.of(2025, 9, 23),
                    20, nationalTrainers.toArray(Person[]::new));
            List<Person> staff = persons.list("organisationId", centre.id);
            enrol(c, staff);
            sessions(c, vnModules, codes, Set.of(nationalTrainers.get(bd ? 0 : 1).id, nationalTrainers.get(2).id),
                    LocalTime.of(8, 0), LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(16, 30));
        }

        Person mxTrainer = persons.find("familyName = ?1 and countryCode = 'MX'", "Treviño").firstResult();
        Organisation dif = organisations.find("name", "Oficina de Bienestar Infantil de Monterrey (demo)").firstResult();
        Cohort monterrey = cohort(mexico, MONTERREY, "MX", "Nuevo León", dif.name, "America/Monterrey", "es",
                LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 5), 12, mxTrainer);
        List<Person> mxStaff = persons.list("organisationId = ?1 and id <> ?2 and keycloakUsername is null", dif.id, mxTrainer.id);
        enrol(monterrey, mxStaff);
        String[][] mxModules = {{"Revisión de casos con el equipo", "Supervisión de seguimiento"},
                {"Visitas domiciliarias acompañadas", "Supervisión de seguimiento"},
                {"Plan de mejora y acuerdos", "Supervisión de seguimiento"}};
        sessions(monterrey, mxModules, codes, Set.of(mxTrainer.id),
                LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(15, 0), LocalTime.of(18, 0));
    }

    private Programme programme(String name, FrameworkVersion version, List<Competency> offered, String... countries) {
        return programmes.find("name", name).firstResultOptional().orElseGet(() -> {
            Programme p = new Programme();
            p.id = UUID.randomUUID();
            p.name = name;
            p.frameworkVersionId = version.id;
            p.countries.addAll(List.of(countries));
            offered.stream().limit(6).forEach(c -> p.competencyIds.add(c.id));
            p.createdAt = Instant.now();
            programmes.persist(p);
            return p;
        });
    }

    private Cohort cohort(Programme programme, String name, String country, String regionName, String venue, String zone,
                          String language, LocalDate from, LocalDate to, int capacity, Person... trainers) {
        Cohort c = new Cohort();
        c.id = UUID.randomUUID();
        c.programmeId = programme.id;
        c.name = name;
        c.countryCode = country;
        c.regionId = regions.find("countryCode = ?1 and name = ?2", country, regionName).firstResultOptional()
                .map(r -> r.id).orElse(null);
        c.venue = venue;
        c.timeZone = zone;
        c.language = language;
        c.startsOn = from;
        c.endsOn = to;
        c.capacity = capacity;
        for (Person t : trainers) {
            c.trainers.add(t.id);
        }
        c.createdAt = Instant.now();
        cohorts.persist(c);
        return c;
    }

    private void enrol(Cohort c, List<Person> people) {
        Instant at = Instant.now();
        for (Person p : people) {
            Enrolment e = new Enrolment();
            e.id = UUID.randomUUID();
            e.cohortId = c.id;
            e.personId = p.id;
            e.status = enrolments.seatsTaken(c.id) < c.capacity ? Enrolment.ENROLLED : Enrolment.WAITLISTED;
            e.enrolledAt = at = at.plusMillis(1);
            enrolments.persist(e);
            enrolments.flush();
        }
    }

    /** Two sessions a day (morning and afternoon) from the cohort's first day, one per module line. */
    private List<TrainingSession> sessions(Cohort c, String[][] modules, List<String> codes, Set<UUID> trainers,
                                           LocalTime am, LocalTime amEnd, LocalTime pm, LocalTime pmEnd) {
        ZoneId zone = ZoneId.of(c.timeZone);
        List<TrainingSession> result = new ArrayList<>();
        for (int i = 0; i < modules.length; i++) {
            LocalDate day = c.startsOn.plusDays(i / 2);
            boolean morning = i % 2 == 0;
            TrainingSession s = new TrainingSession();
            s.id = UUID.randomUUID();
            s.cohortId = c.id;
            s.title = modules[i][0];
            s.module = modules[i][1];
            s.venue = c.venue;
            s.timeZone = c.timeZone;
            s.localStart = LocalDateTime.of(day, morning ? am : pm);
            s.localEnd = LocalDateTime.of(day, morning ? amEnd : pmEnd);
            s.startsAt = s.localStart.atZone(zone).toInstant();
            s.endsAt = s.localEnd.atZone(zone).toInstant();
            s.trainers.addAll(trainers);
            if (!codes.isEmpty()) {
                s.competencies.add(codes.get(i % codes.size()));
            }
            s.createdAt = Instant.now();
            sessions.persist(s);
            result.add(s);
        }
        return result;
    }

    /** Mostly present; a few late, absent or excused, varying by session. */
    private void take(TrainingSession s, List<Person> people, String by, int seed) {
        int minutes = s.durationMinutes();
        for (int i = 0; i < people.size(); i++) {
            int k = (i * 7 + seed * 3) % 23;
            String status = k == 0 ? "absent" : k == 1 ? "excused" : k < 4 ? "late" : "present";
            Attendance a = new Attendance();
            a.id = UUID.randomUUID();
            a.sessionId = s.id;
            a.personId = people.get(i).id;
            a.status = status;
            a.minutes = status.equals("late") ? minutes - 30 : status.equals("present") ? minutes : 0;
            a.recordedBy = by;
            a.recordedAt = s.endsAt;
            attendance.persist(a);
        }
    }
}
