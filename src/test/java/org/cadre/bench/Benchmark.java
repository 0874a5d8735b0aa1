package org.cadre.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cadre.local.LocalKeycloak;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Benchmarks Cadre on a generated data set (see {@link Generate}) and prints one table in which each
 * figure stands beside its baseline, measured in the same run on the same data. See bench/README.md.
 *
 * <p>Arguments: size postgresPort httpPort. Environment: BENCH_APP_HEAP (256m), BENCH_RUNS (reports).
 */
public final class Benchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String size;
    private final int pgPort;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String[]> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String base;
    private String realm;
    private String loadBefore;
    private long appPid;

    private Benchmark(String size, int pgPort) {
        this.size = size;
        this.pgPort = pgPort;
    }

    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "small";
        int pgPort = args.length > 1 ? Integer.parseInt(args[1]) : 5642;
        int httpPort = args.length > 2 ? Integer.parseInt(args[2]) : 8087;
        if (!Files.exists(Path.of(".cadre", "bench-" + size, "generated"))) {
            System.err.println("No generated data set of size " + size + ": run bench/run generate " + size + " first");
            System.exit(2);
        }
        new Benchmark(size, pgPort).run(httpPort);
        System.exit(0);
    }

    private void run(int httpPort) throws Exception {
        Path work = Path.of(".cadre", "bench-" + size).toAbsolutePath();
        String heap = System.getenv().getOrDefault("BENCH_APP_HEAP", "256m");
        String data = BenchPlatform.restoreGenerated(size);
        System.out.println(data);
        notes.add(data);
        try (EmbeddedPostgres pg = BenchPlatform.startDatabase(size, pgPort, false, false)) {
            System.out.println("PostgreSQL on " + pgPort + "; starting Keycloak …");
            try (LocalKeycloak keycloak = BenchPlatform.startKeycloak()) {
                realm = keycloak.realmUrl();
                Path log = work.resolve("app.log");
                System.out.println("Keycloak ready; starting Cadre (log " + log + ") …");
                List<String> options = recommendedOptions(heap);
                String xmx = options.stream().filter(o -> o.startsWith("-Xmx")).map(o -> o.substring(4)).findFirst().orElse("default");
                if (System.getenv("BENCH_NMT") != null) {
                    options.add("-XX:NativeMemoryTracking=summary");
                }
                String extra = System.getenv().getOrDefault("BENCH_APP_OPTS", "");
                if (!extra.isBlank()) {
                    options.addAll(List.of(extra.strip().split("\\s+")));
                }
                if (!BenchPlatform.useAotCache(BenchPlatform.appDir(), work, options, pgPort, httpPort, realm)) {
                    notes.add("The AOT cache could not be made; see " + work.resolve("aot-training.log"));
                }
                notes.add("Cadre's JVM options: " + String.join(" ", options) + " (and MALLOC_ARENA_MAX=2).");
                loadBefore = loadAverage();
                // Start-up is noisy on a shared machine: BENCH_STARTS starts (default 3, the last one is the
                // app the other parts then use), the median is the figure. Each waits for a quiet second first
                // (until 5 December the first start ran while Keycloak's JIT compilers were still at work).
                int starts = Integer.parseInt(System.getenv().getOrDefault("BENCH_STARTS", "3"));
                // CPU time the JVM used until ready: less dependent on what else the machine is doing.
                List<Double> startTimes = new ArrayList<>();
                List<Long> startCpu = new ArrayList<>();
                List<String> busyBefore = new ArrayList<>();
                for (int i = 1; i < starts; i++) {
                    busyBefore.add(String.format("%.0f %%", CpuSplit.awaitQuiet()));
                    try (BenchPlatform.App earlier = BenchPlatform.App.launch(pgPort, httpPort, realm, options,
                            work.resolve("app-start-" + i + ".log"))) {
                        startTimes.add(earlier.awaitReady(Duration.ofMinutes(3)) / 1e9);
                        startCpu.add(CpuSplit.cpuMillis(earlier.pid()));
                    }
                }
                busyBefore.add(String.format("%.0f %%", CpuSplit.awaitQuiet()));
                try (BenchPlatform.App app = BenchPlatform.App.launch(pgPort, httpPort, realm, options, log)) {
                    startTimes.add(app.awaitReady(Duration.ofMinutes(3)) / 1e9);
                    startCpu.add(CpuSplit.cpuMillis(app.pid()));
                    List<Double> sortedStarts = startTimes.stream().sorted().toList();
                    double startup = sortedStarts.get(sortedStarts.size() / 2);
                    appPid = app.pid();
                    long rssReady = app.rssKb();
                    base = "http://127.0.0.1:" + httpPort;
                    String quarkusSays = Files.readAllLines(log).stream().filter(l -> l.contains("started in"))
                            .map(l -> l.replaceAll(".*started in ([0-9.]+s).*", "$1")).findFirst().orElse("?");
                    try (Connection db = BenchPlatform.connect(pgPort)) {
                        section("reports", () -> reports(db));
                        section("scoring template export", () -> export(db));
                        section("participant import", () -> participantImport(db));
                        section("mentoring visits", () -> mentoring(db));
                    }
                    row("Start-up to ready (JVM launch → /q/health/ready 200), median of " + startTimes.size(),
                            String.format("%.2f s", startup), "—", "—", "< 3 s", startup < 3);
                    notes.add("Start-up times in launch order: " + startTimes.stream().map(t -> String.format("%.2f s", t))
                            .collect(java.util.stream.Collectors.joining(", ")) + " (load average " + loadBefore + " before; the cores "
                            + String.join(", ", busyBefore) + " busy in the second before each); "
                            + "CPU time used until ready (user + system): " + startCpu.stream().map(c -> String.format("%.2f s", c / 1000.0))
                            .collect(java.util.stream.Collectors.joining(", ")) + ".");
                    notes.add("Quarkus reported \"started in " + quarkusSays + "\" (from its log, last start).");
                    long rssEnd = app.rssKb();
                    table.add(new String[]{"RSS when ready (VmRSS)", String.format("%.0f MB", rssReady / 1024.0), "—", "—", "—", "info"});
                    table.add(new String[]{"RSS at the end of the run, right after the last part (VmRSS)",
                            String.format("%.0f MB", rssEnd / 1024.0), "—", "—", "—", "info"});
                    // A server gives back what a burst (export, import) took once it is idle: the periodic collection
                    // of deploy/jvm.options (G1PeriodicGCInterval) and the native heap trim (TrimNativeHeapInterval)
                    // run when no collection has happened for their interval. The memory figure is taken after that
                    // short idle period (BENCH_IDLE_SECONDS, see bench/README.md); the figure above is without it.
                    int idle = Integer.parseInt(System.getenv().getOrDefault("BENCH_IDLE_SECONDS", Integer.toString(idleSeconds(options))));
                    Thread.sleep(idle * 1000L);
                    if (System.getenv("BENCH_NMT") != null) {
                        nativeMemory(app.pid(), work);
                    }
                    long rss = app.rssKb();
                    row("RSS after the whole run and " + idle + " s idle (VmRSS, -Xmx" + xmx + ")", String.format("%.0f MB", rss / 1024.0), "—", "—",
                            "< 350 MB", rss / 1024.0 < 350);
                }
            }
        }
        print();
    }

    /**
     * The JVM options Cadre recommends for production ({@code deploy/jvm.options}, one per line, # comments),
     * so that the benchmark measures what the README tells operators to run; {@code BENCH_APP_HEAP} replaces
     * the -Xmx line.
     */
    static List<String> recommendedOptions(String heap) throws java.io.IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("deploy", "jvm.options"))) {
            String option = line.strip();
            if (option.isEmpty() || option.startsWith("#")) {
                continue;
            }
            options.add(option.startsWith("-Xmx") && System.getenv("BENCH_APP_HEAP") != null ? "-Xmx" + heap : option);
        }
        return options;
    }

    /**
     * The idle time before the memory figure: twice the longer of the periodic collection's and the native
     * heap trim's intervals (both in ms in the JVM options; G1 looks once per interval whether the last one
     * saw a collection), plus 5 s for the collection itself; 0 without either.
     */
    static int idleSeconds(List<String> options) {
        long interval = 0;
        for (String o : options) {
            if (o.startsWith("-XX:G1PeriodicGCInterval=") || o.startsWith("-XX:TrimNativeHeapInterval=")) {
                interval = Math.max(interval, Long.parseLong(o.substring(o.indexOf('=') + 1)));
            }
        }
        return interval == 0 ? 0 : (int) ((2 * interval + 999) / 1000) + 5;
    }

    /**
     * BENCH_JFR=1: a flight recording (profile settings) of Cadre's JVM over the measured mentoring window only, started
     * and stopped with jcmd, written beside the results; for finding where the CPU of a PUT goes. Answers what to stop.
     */
    private Runnable flightRecording(long pid, String what) {
        if (!"1".equals(System.getenv("BENCH_JFR"))) {
            return () -> { };
        }
        Path file = Path.of(".cadre", "bench-" + size, what + "-" + Instant.now().toString().replace(':', '-') + ".jfr")
                .toAbsolutePath();
        jcmd(pid, "JFR.start", "name=" + what, "settings=profile", "filename=" + file);
        return () -> {
            jcmd(pid, "JFR.stop", "name=" + what);
            notes.add("Flight recording of the " + what + " window (BENCH_JFR): " + file);
        };
    }

    /** Runs the JDK's jcmd against the process; answers what it printed, or null (and says why) if it failed. */
    private static String jcmd(long pid, String... command) {
        try {
            List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid)));
            line.addAll(List.of(command));
            Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (Exception e) {
            System.err.println("jcmd " + String.join(" ", command) + " failed: " + e.getMessage());
            return null;
        }
    }

    /** BENCH_NMT: the JVM's own account of its memory (jcmd VM.native_memory summary) beside the RSS. */
    private void nativeMemory(long pid, Path work) {
        String out = jcmd(pid, "VM.native_memory", "summary");
        if (out == null) {
            notes.add("jcmd VM.native_memory failed (see the output above)");
            return;
        }
        try {
            Path file = work.resolve("nmt-" + Instant.now().toString().replace(':', '-') + ".txt");
            Files.writeString(file, out);
            notes.add("Native memory summary (BENCH_NMT): " + file);
            System.out.println(out);
        } catch (Exception e) {
            notes.add("Writing the native memory summary failed: " + e.getMessage());
        }
    }

    /** Runs one part; a failure becomes a FAIL row (with its message) and the other parts still run. */
    private void section(String name, Call part) {
        String only = System.getenv("BENCH_ONLY");
        if (only != null && !only.isBlank() && java.util.Arrays.stream(only.split(",")).noneMatch(o -> name.startsWith(o.strip()))) {
            return;
        }
        try {
            part.run();
        } catch (Exception e) {
            e.printStackTrace();
            String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").replace("|", "/");
            row(name, "error", "—", "—", "—", false);
            notes.add(name + " failed: " + message.substring(0, Math.min(300, message.length())));
        }
    }

    // ── reports ───────────────────────────────────────────────────────────

    private void reports(Connection db) throws Exception {
        UUID programme = Ids.of(Ids.PROGRAMME, 1);
        int runs = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", size.equals("full") ? "5" : "20"));
        String admin = token("admin");
        String gapsUrl = base + "/api/v1/reports/gaps?programme=" + programme + "&size=200";
        String coverageUrl = base + "/api/v1/reports/coverage?programme=" + programme + "&size=200";
        boolean pre = hasCurrentRating(db);

        // the numbers must agree before the times mean anything
        Map<String, String> fromSql = new TreeMap<>();
        sqlRows(db, GAP_SQL, programme, r -> fromSql.put(r[0], r[1] + "/" + r[2] + "/" + r[3]));
        boolean gapApiWorks = true;
        try {
            JsonNode gapApi = JSON.readTree(get(gapsUrl, admin));
            Map<String, String> fromApi = new TreeMap<>();
            gapApi.get("items").forEach(i -> fromApi.put(i.get("competency").asText(),
                    i.get("population").asLong() + "/" + i.get("assessed").asLong() + "/" + i.get("proficient").asLong()));
            check("gap report via API vs. hand-written SQL", fromApi, fromSql);
        } catch (Exception e) {
            gapApiWorks = false;
            notes.add("Gap report via API failed: " + shortly(e));
        }
        if (pre) {
            Map<String, String> fromPre = new TreeMap<>();
            sqlRows(db, GAP_SQL_PRE, programme, r -> fromPre.put(r[0], r[1] + "/" + r[2] + "/" + r[3]));
            check("gap report over current_rating (V81) vs. ranking the ratings", fromPre, fromSql);
        }
        Map<String, String> covFromSql = new TreeMap<>();
        sqlRows(db, COVERAGE_SQL, programme, r -> covFromSql.put(r[0] + " " + r[1], r[2] + "/" + r[3] + "/" + r[4] + "/" + r[5] + "/" + r[6]));
        boolean covApiWorks = true;
        try {
            JsonNode covApi = JSON.readTree(get(coverageUrl, admin));
            Map<String, String> covFromApi = new TreeMap<>();
            covApi.get("items").forEach(i -> covFromApi.put(i.get("country").asText() + " " + i.get("competency").asText(),
                    i.get("population").asLong() + "/" + i.get("reached").asLong() + "/" + i.get("assessed").asLong()
                            + "/" + i.get("proficient").asLong() + "/" + i.get("certified").asLong()));
            Map<String, String> page = new TreeMap<>(covFromSql);
            page.keySet().retainAll(covFromApi.keySet());
            check("coverage report via API (first page) vs. hand-written SQL", covFromApi, page);
        } catch (Exception e) {
            covApiWorks = false;
            notes.add("Coverage report via API failed: " + shortly(e));
        }
        if (pre) {
            Map<String, String> covFromPre = new TreeMap<>();
            sqlRows(db, COVERAGE_SQL_PRE, programme, r -> covFromPre.put(r[0] + " " + r[1], r[2] + "/" + r[3] + "/" + r[4] + "/" + r[5] + "/" + r[6]));
            check("coverage report over current_rating (V81) vs. ranking the ratings", covFromPre, covFromSql);
        }
        measureReport("Gap report", gapApiWorks ? gapsUrl : null, GAP_SQL, pre ? GAP_SQL_PRE : null, programme, runs, admin);
        measureReport("Coverage report", covApiWorks ? coverageUrl : null, COVERAGE_SQL, pre ? COVERAGE_SQL_PRE : null,
                programme, runs, admin);
    }

    private static boolean hasCurrentRating(Connection db) throws Exception {
        return count(db, "select count(*) from information_schema.tables where table_name = 'current_rating'") > 0;
    }

    private static String shortly(Exception e) {
        String m = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").replace("|", "/");
        return m.substring(0, Math.min(240, m.length()));
    }

    private void measureReport(String name, String url, String sql, String preSql, UUID programme, int runs, String token)
            throws Exception {
        List<Double> api = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        List<Double> pre = new ArrayList<>();
        System.out.print(name + ": ");
        for (int i = -1; i < runs; i++) { // one warm-up round
            if (url != null) {
                String fresh = token("admin"); // Keycloak's tokens live five minutes; a full-size run takes longer
                long t0 = System.nanoTime();
                get(url, fresh);
                if (i >= 0) {
                    api.add((System.nanoTime() - t0) / 1e6);
                }
            }
            base.add(timeSql(sql, programme));
            if (preSql != null) {
                pre.add(timeSql(preSql, programme));
            }
            if (i < 0) {
                base.clear();
                pre.clear();
            }
            System.out.print(".");
        }
        System.out.println();
        double b50 = percentile(base, 50), b95 = percentile(base, 95);
        if (url != null) {
            double a50 = percentile(api, 50), a95 = percentile(api, 95);
            row(name + " via API, median of " + runs, ms(a50), ms(b50) + " (SQL)", ratio(a50, b50), "≤ 1.5×", a50 <= 1.5 * b50);
            row(name + " via API, p95 of " + runs, ms(a95), ms(b95) + " (SQL)", ratio(a95, b95), "≤ 1.5×, < 1 s",
                    a95 <= 1.5 * b95 && a95 < 1000);
        } else {
            row(name + " via API", "error (> 60 s: transaction timeout)", ms(b50) + " (SQL, median)", "—", "≤ 1.5×, < 1 s", false);
        }
        if (preSql != null) {
            double p50 = percentile(pre, 50), p95 = percentile(pre, 95);
            // for information: what the live path (cohort, organisation and date filters, master trainers) costs at
            // this size when asked for the whole programme; the API answers the whole programme from the counts (V83)
            table.add(new String[]{name + ", hand-written SQL over current_rating (V81), median / p95", ms(p50) + " / " + ms(p95),
                    ms(b50) + " / " + ms(b95) + " (ranking SQL)", ratio(p50, b50), "—", "info"});
        }
    }

    private double timeSql(String sql, UUID programme) throws Exception {
        long t1 = System.nanoTime();
        try (Connection db = BenchPlatform.connect(pgPort)) {
            sqlRows(db, sql, programme, r -> { });
        }
        return (System.nanoTime() - t1) / 1e6;
    }

    /** The gap report's numbers, written by hand: population, assessed, proficient, mean level per competency. */
    static final String GAP_SQL = """
            with pop as (
                select distinct e.person_id from enrolment e join cohort c on c.id = e.cohort_id
                 where c.programme_id = ?1 and e.status in ('enrolled', 'completed')),
            sel as (select k.id, k.code, k.framework_version_id from programme p
                      join competency k on k.framework_version_id = p.framework_version_id
                     where p.id = ?1 and (k.id in (select competency_id from programme_competency where programme_id = ?1)
                       or not exists (select 1 from programme_competency where programme_id = ?1))),
            cur as (
                select distinct on (r.person_id, r.competency_id) r.person_id, r.competency_id, r.level
                  from rating r join pop on pop.person_id = r.person_id join sel on sel.id = r.competency_id
                 where r.source <> 'self' and not exists (select 1 from rating x where x.supersedes_id = r.id)
                 order by r.person_id, r.competency_id, r.observed_at desc,
                          case r.source when 'practical' then 0 when 'import' then 2 else 1 end, r.level)
            select sel.code, (select count(*) from pop), count(cur.person_id),
                   count(cur.person_id) filter (where l.proficient), avg(cur.level)
              from sel left join cur on cur.competency_id = sel.id
              left join framework_scale_level l on l.framework_version_id = sel.framework_version_id and l.position = cur.level
             group by sel.code""";

    /**
     * The coverage report's numbers, by hand, over the raw tables and with the API's rules: per country and
     * competency the enrolees (enrolled or completed), reached (present or late at a session covering it, of a
     * cohort in which they are such an enrolee, in that country), assessed and proficient (the current rating:
     * corrections replace, self-assessments never count, the latest observation wins), certified (a valid,
     * unrevoked certificate of the programme attesting it).
     */
    static final String COVERAGE_SQL = """
            with en as (
                select distinct c.id as cohort_id, c.country_code, e.person_id from enrolment e join cohort c on c.id = e.cohort_id
                 where c.programme_id = ?1 and e.status in ('enrolled', 'completed')),
            place as (select distinct country_code, person_id from en),
            sel as (select k.id, k.code, k.framework_version_id from programme p
                      join competency k on k.framework_version_id = p.framework_version_id
                     where p.id = ?1 and (k.id in (select competency_id from programme_competency where programme_id = ?1)
                       or not exists (select 1 from programme_competency where programme_id = ?1))),
            reached as (
                select distinct en.country_code, en.person_id, sel.id as competency_id
                  from en join training_session ts on ts.cohort_id = en.cohort_id
                  join attendance a on a.session_id = ts.id and a.person_id = en.person_id
                  join session_competency sc on sc.session_id = ts.id join sel on sel.code = sc.competency_code
                 where a.status in ('present', 'late')),
            cur as (
                select distinct on (r.person_id, r.competency_id) r.person_id, r.competency_id, r.level
                  from rating r join (select distinct person_id from en) pop on pop.person_id = r.person_id
                  join sel on sel.id = r.competency_id
                 where r.source <> 'self' and not exists (select 1 from rating x where x.supersedes_id = r.id)
                 order by r.person_id, r.competency_id, r.observed_at desc,
                          case r.source when 'practical' then 0 when 'import' then 2 else 1 end, r.level),
            cert as (
                select distinct ce.person_id, sel.id as competency_id
                  from certificate ce join sel on strpos(E'\\n' || ce.competencies, E'\\n' || sel.code || E'\\t') > 0
                 where ce.programme_id = ?1 and ce.revoked_at is null and ce.expires_on >= current_date)
            select pl.country_code, sel.code, count(*), count(r.person_id), count(cur.person_id),
                   count(cur.person_id) filter (where l.proficient), count(ce.person_id)
              from place pl cross join sel
              left join reached r on r.person_id = pl.person_id and r.competency_id = sel.id and r.country_code = pl.country_code
              left join cur on cur.person_id = pl.person_id and cur.competency_id = sel.id
              left join framework_scale_level l on l.framework_version_id = sel.framework_version_id and l.position = cur.level
              left join cert ce on ce.person_id = pl.person_id and ce.competency_id = sel.id
             group by pl.country_code, sel.code""";

    private static final String RANKED_CUR = """
            cur as (
                select distinct on (r.person_id, r.competency_id) r.person_id, r.competency_id, r.level
                  from rating r join pop on pop.person_id = r.person_id join sel on sel.id = r.competency_id
                 where r.source <> 'self' and not exists (select 1 from rating x where x.supersedes_id = r.id)
                 order by r.person_id, r.competency_id, r.observed_at desc,
                          case r.source when 'practical' then 0 when 'import' then 2 else 1 end, r.level)""";

    private static final String PRE_CUR = """
            cur as (
                select cr.person_id, cr.competency_id, cr.level
                  from current_rating cr join pop on pop.person_id = cr.person_id join sel on sel.id = cr.competency_id)""";

    /** The gap report's numbers from the pre-aggregate of V81 (the query change this benchmark proposes). */
    static final String GAP_SQL_PRE = GAP_SQL.replace(RANKED_CUR, PRE_CUR);

    private static final String COVERAGE_CUR = """
            cur as (
                select distinct on (r.person_id, r.competency_id) r.person_id, r.competency_id, r.level
                  from rating r join (select distinct person_id from en) pop on pop.person_id = r.person_id
                  join sel on sel.id = r.competency_id
                 where r.source <> 'self' and not exists (select 1 from rating x where x.supersedes_id = r.id)
                 order by r.person_id, r.competency_id, r.observed_at desc,
                          case r.source when 'practical' then 0 when 'import' then 2 else 1 end, r.level)""";

    static final String COVERAGE_SQL_PRE = COVERAGE_SQL.replace(COVERAGE_CUR, """
            cur as (
                select cr.person_id, cr.competency_id, cr.level
                  from current_rating cr join (select distinct person_id from en) pop on pop.person_id = cr.person_id
                  join sel on sel.id = cr.competency_id)""");

    static {
        if (GAP_SQL_PRE.equals(GAP_SQL) || COVERAGE_SQL_PRE.equals(COVERAGE_SQL)) {
            throw new IllegalStateException("the pre-aggregate queries did not replace the ranking");
        }
    }

    interface RowSink {
        void accept(String[] row);
    }

    private static void sqlRows(Connection db, String sql, UUID programme, RowSink sink) throws Exception {
        String numbered = sql.replace("?1", "'" + programme + "'::uuid");
        try (var st = db.createStatement(); ResultSet rs = st.executeQuery(numbered)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] r = new String[n];
                for (int i = 0; i < n; i++) {
                    r[i] = rs.getString(i + 1);
                }
                sink.accept(r);
            }
        }
    }

    private void check(String what, Map<String, String> api, Map<String, String> sql) {
        boolean same = api.equals(sql) && !api.isEmpty();
        notes.add(what + ": both give " + (same ? "the same numbers (" + api.size() + " rows)"
                : "DIFFERENT numbers: api " + api + " sql " + sql));
        System.out.println(notes.getLast());
    }

    // ── scoring template export ───────────────────────────────────────────

    private void export(Connection db) throws Exception {
        UUID cohort = Ids.of(Ids.COHORT, 0);
        int seated;
        try (PreparedStatement ps = db.prepareStatement(
                "select count(*) from enrolment where cohort_id = ? and status in ('enrolled', 'completed')")) {
            ps.setObject(1, cohort);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seated = rs.getInt(1);
            }
        }
        int runs = Integer.parseInt(System.getenv().getOrDefault("BENCH_EXPORT_RUNS", "5"));
        String admin = token("admin");
        String url = base + "/api/v1/workbook/exports/cohorts/" + cohort + "/scoring-template";
        List<Double> api = new ArrayList<>();
        long bytes = 0;
        System.out.print("Scoring template export (" + seated + " trainees): ");
        for (int i = -1; i < runs; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + admin)
                    .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("export answered " + r.statusCode() + ": " + new String(r.body()));
            }
            bytes = r.body().length;
            if (i >= 0) {
                api.add((System.nanoTime() - t0) / 1e6);
            }
            System.out.print(".");
        }
        System.out.println();
        List<Double> baseline = new ArrayList<>();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), ExportBaseline.class.getName(),
                BenchPlatform.jdbcUrl(pgPort), cohort.toString(), Integer.toString(runs + 1))
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor();
        List<String> lines = out.lines().filter(l -> l.startsWith("run ")).toList();
        if (lines.size() != runs + 1) {
            throw new IllegalStateException("baseline export failed:\n" + out);
        }
        lines.subList(1, lines.size()).forEach(l -> baseline.add(Double.parseDouble(l.split(" ")[1])));
        double a = percentile(api, 50), b = percentile(baseline, 50);
        row("Scoring template, " + seated + " trainees × " + competencyCount(db) + " competencies, via API (heap "
                        + System.getenv().getOrDefault("BENCH_APP_HEAP", "256m") + "), median of " + runs,
                ms(a), ms(b) + " (JDBC + bare SXSSF, -Xmx256m)", ratio(a, b), "≤ 1.5×", a <= 1.5 * b);
        notes.add("Scoring template download: " + bytes / 1024 + " kB; runs (ms) via API " + api.stream().map(ms -> String.valueOf(Math.round(ms))).toList()
                + ", baseline " + baseline.stream().map(ms -> String.valueOf(Math.round(ms))).toList() + ".");
    }

    private static int competencyCount(Connection db) throws Exception {
        try (var st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select count(*) from programme_competency where programme_id = '" + Ids.of(Ids.PROGRAMME, 1) + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    // ── participant import ────────────────────────────────────────────────

    private void participantImport(Connection db) throws Exception {
        int rows = 10_000;
        String tag = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        UUID cohort = newCohort(db, "Import target " + tag, rows + 100);
        byte[] file = participantWorkbook(rows, tag);
        String admin = token("admin");
        long t0 = System.nanoTime();
        HttpResponse<String> preview = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/workbook/imports/participants?scope=" + cohort + "&name=" + URLEncoder.encode("participants-" + tag + ".xlsx", StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + admin).header("Content-Type", XLSX).timeout(Duration.ofMinutes(15))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
        double previewSeconds = (System.nanoTime() - t0) / 1e9;
        if (preview.statusCode() != 201) {
            throw new IllegalStateException("import preview answered " + preview.statusCode() + ": " + preview.body());
        }
        JsonNode p = JSON.readTree(preview.body());
        String id = p.get("id").asText();
        HttpResponse<String> commit = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/workbook/imports/" + id + "/commit"))
                .header("Authorization", "Bearer " + token("admin")).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(15)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        double total = (System.nanoTime() - t0) / 1e9;
        if (commit.statusCode() != 200) {
            throw new IllegalStateException("import commit answered " + commit.statusCode() + ": " + commit.body());
        }
        int enrolled = count(db, "select count(*) from enrolment where cohort_id = '" + cohort + "'");
        System.out.printf("Participant import: preview %.1f s, total %.1f s, %d enrolled%n", previewSeconds, total, enrolled);

        UUID other = newCohort(db, "Import baseline " + tag, rows + 100);
        long t1 = System.nanoTime();
        jdbcParticipants(db, other, rows, tag);
        double baseline = (System.nanoTime() - t1) / 1e9;
        row(rows + "-row participant import, upload + preview + commit via API", String.format("%.1f s", total),
                String.format("%.1f s (JDBC batch insert)", baseline), ratio(total, baseline), "< 10 s",
                total < 10 && enrolled == rows);
        notes.add(String.format("Participant import: preview %.1f s, commit %.1f s; %d of %d rows enrolled.",
                previewSeconds, total - previewSeconds, enrolled, rows));
    }

    private UUID newCohort(Connection db, String name, int capacity) throws Exception {
        UUID id = UUID.randomUUID();
        try (PreparedStatement ps = db.prepareStatement("""
                insert into cohort (id, programme_id, name, country_code, time_zone, language, starts_on, ends_on, capacity)
                values (?, ?, ?, 'BJ', 'Africa/Porto-Novo', 'fr', ?, ?, ?)""")) {
            ps.setObject(1, id);
            ps.setObject(2, Ids.of(Ids.PROGRAMME, 1));
            ps.setString(3, name);
            ps.setObject(4, LocalDate.of(2027, 3, 1));
            ps.setObject(5, LocalDate.of(2027, 3, 5));
            ps.setInt(6, capacity);
            ps.executeUpdate();
        }
        return id;
    }

    private static String given(int i, String tag) {
        return new String[]{"Afiwa", "Codjo", "Sènami", "Gbèto", "Yélian", "Houéfa", "Mawuli", "Dossou"}[i % 8] + " " + tag + "-" + i;
    }

    private static String family(int i) {
        return new String[]{"Ahouansou", "Dossa", "Kpadonou", "Tossou", "Hounkpè", "Azonhiho", "Gandonou"}[i % 7];
    }

    private static byte[] participantWorkbook(int rows, String tag) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = book.createSheet("Participants");
            String[] headers = {"Family name", "Given name", "Cadre", "Country", "Email", "Phone"};
            var h = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            for (int i = 0; i < rows; i++) {
                var r = sheet.createRow(i + 1);
                r.createCell(0).setCellValue(family(i));
                r.createCell(1).setCellValue(given(i, tag));
                r.createCell(2).setCellValue(new String[]{"psw", "cycw", "cdw"}[i % 3]);
                r.createCell(3).setCellValue("BJ");
                r.createCell(4).setCellValue("import." + tag + "." + i + "@example.invalid");
                r.createCell(5).setCellValue("+229 01 " + (10_000_000 + i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void jdbcParticipants(Connection db, UUID cohort, int rows, String tag) throws Exception {
        db.setAutoCommit(false);
        try (PreparedStatement person = db.prepareStatement("""
                insert into person (id, given_name, family_name, cadre, country_code, email, phone) values (?, ?, ?, ?, 'BJ', ?, ?)""");
             PreparedStatement enrol = db.prepareStatement(
                     "insert into enrolment (id, cohort_id, person_id, status, enrolled_at) values (?, ?, ?, 'enrolled', now())")) {
            for (int i = 0; i < rows; i++) {
                UUID id = UUID.randomUUID();
                person.setObject(1, id);
                person.setString(2, given(i, tag + "b"));
                person.setString(3, family(i));
                person.setString(4, new String[]{"psw", "cycw", "cdw"}[i % 3]);
                person.setString(5, "baseline." + tag + "." + i + "@example.invalid");
                person.setString(6, "+229 01 " + (10_000_000 + i));
                person.addBatch();
                enrol.setObject(1, UUID.randomUUID());
                enrol.setObject(2, cohort);
                enrol.setObject(3, id);
                enrol.addBatch();
            }
            person.executeBatch();
            enrol.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
    }

    // ── mentoring visits under load ───────────────────────────────────────

    private void mentoring(Connection db) throws Exception {
        UUID mentor;
        List<UUID> mentees = new ArrayList<>();
        try (var st = db.createStatement(); ResultSet rs = st.executeQuery("""
                select p.id, a.mentee_id from person p join mentor_assignment a on a.mentor_id = p.id
                 where p.keycloak_username = 'mentor.moldova' order by a.mentee_id""")) {
            UUID m = null;
            while (rs.next()) {
                m = (UUID) rs.getObject(1);
                mentees.add((UUID) rs.getObject(2));
            }
            mentor = m;
        }
        List<UUID> competencies = new ArrayList<>();
        UUID version;
        try (var st = db.createStatement(); ResultSet rs = st.executeQuery(
                "select k.id, k.framework_version_id from programme_competency pc join competency k on k.id = pc.competency_id "
                        + "where pc.programme_id = '" + Ids.of(Ids.PROGRAMME, 1) + "' order by k.code")) {
            UUID v = null;
            while (rs.next()) {
                competencies.add((UUID) rs.getObject(1));
                v = (UUID) rs.getObject(2);
            }
            version = v;
        }
        int clients = Integer.parseInt(System.getenv().getOrDefault("BENCH_CLIENTS", "16"));
        int count = Integer.parseInt(System.getenv().getOrDefault("BENCH_VISITS", "3000"));
        Duration limit = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_SECONDS", "30")));
        String token = token("mentor.moldova");
        AtomicInteger seq = new AtomicInteger();
        Supplier<String> body = () -> {
            int n = seq.getAndIncrement();
            UUID mentee = mentees.get(n % mentees.size());
            StringBuilder obs = new StringBuilder();
            for (int y = 0; y < 3; y++) {
                UUID k = competencies.get((n * 3 + y) % competencies.size());
                obs.append(y > 0 ? "," : "").append("{\"personId\":\"").append(mentee).append("\",\"competencyId\":\"")
                        .append(k).append("\",\"level\":").append(1 + (n + y) % 4).append(",\"note\":\"\"}");
            }
            return "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\",\"mode\":\"on-site\",\"status\":\"submitted\","
                    + "\"frameworkVersionId\":\"" + version + "\",\"mentees\":[\"" + mentee + "\"],\"observations\":[" + obs
                    + "],\"strengths\":\"Listens well\"}";
        };
        // Warm-up until the JIT has settled: rounds of 500 PUTs until the compiler threads used under 3 % of Cadre's CPU in a
        // round (at least 2,000 PUTs; at most BENCH_WARMUP PUTs, default 20,000, and BENCH_WARMUP_SECONDS, default 180).
        // With the earlier fixed 300 PUTs / 20 s the C2 compiler was still busy in the measured window (a fifth of the
        // measured CPU at a load average of 9): methods called once per request reach C2 only after ~5,000-15,000 calls.
        int warmMax = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "20000"));
        Duration warmLimit = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "180")));
        long warmStart = System.nanoTime();
        int warmDone = 0;
        double compilerShare = 1;
        List<Long> shares = new ArrayList<>(); // the compilers' share of Cadre's CPU in each round, %
        Call warmCall = () -> {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/visits/" + UUID.randomUUID()))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).PUT(HttpRequest.BodyPublishers.ofString(body.get())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("PUT visit answered " + r.statusCode() + ": " + r.body());
            }
        };
        while (warmDone < warmMax) {
            Duration left = warmLimit.minusNanos(System.nanoTime() - warmStart);
            if (left.isNegative() || left.isZero()) {
                break;
            }
            long cpu0 = CpuSplit.cpuMillis(appPid);
            long jit0 = compilerCpuMillis(appPid);
            Load round = load(clients, Math.min(500, warmMax - warmDone), left, warmCall);
            warmDone += round.done;
            compilerShare = (double) (compilerCpuMillis(appPid) - jit0) / Math.max(1, CpuSplit.cpuMillis(appPid) - cpu0);
            shares.add(Math.round(100 * compilerShare));
            if (round.done == 0 || warmDone >= 2000 && compilerShare < 0.03) {
                break;
            }
        }
        System.out.printf("Mentoring warm-up: %d visits in %.0f s, JIT compilers %.1f %% of the CPU in the last round (rounds: %s %%)%n",
                warmDone, (System.nanoTime() - warmStart) / 1e9, 100 * compilerShare, shares);
        String fresh = token("mentor.moldova");
        Sampler sampler = "1".equals(System.getenv("BENCH_SAMPLE")) ? new Sampler(pgPort) : null;
        long cpuBefore = CpuSplit.cpuMillis(appPid);
        long jitBefore = compilerCpuMillis(appPid);
        Statements statements = Statements.open(pgPort);
        Runnable stopRecording = flightRecording(appPid, "mentoring");
        CpuSplit splitBefore = CpuSplit.now(appPid);
        Load api = load(clients, count, limit, () -> {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/visits/" + UUID.randomUUID()))
                    .header("Authorization", "Bearer " + fresh).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).PUT(HttpRequest.BodyPublishers.ofString(body.get())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("PUT visit answered " + r.statusCode() + ": " + r.body());
            }
        });
        CpuSplit splitAfter = CpuSplit.now(appPid);
        stopRecording.run();
        statements.print("API", api.done);
        System.out.printf("Mentoring via API: %d visits in %.1f s%n", api.done, api.seconds);
        notes.add("Mentoring: CPU per visit PUT on the machine, by part: " + splitAfter.perRequest(splitBefore, api.done) + ".");
        long cpuUsed = CpuSplit.cpuMillis(appPid) - cpuBefore;
        long jitUsed = compilerCpuMillis(appPid) - jitBefore;
        if (sampler != null) {
            sampler.stop();
        }
        notes.add(String.format("Mentoring: Cadre's JVM used %.1f ms of CPU per visit PUT (user + system, /proc/<pid>/stat), "
                + "so on 2 free cores it could serve about %.0f req/s before the database's share.", (double) cpuUsed / api.done,
                2000.0 * api.done / Math.max(1, cpuUsed)));
        notes.add(String.format("Mentoring: warm-up %d visit PUTs (until the JIT compilers used under 3 %% of Cadre's CPU in a round "
                + "of 500); in the measured window the compilers used %.0f %% of Cadre's CPU.", warmDone,
                100.0 * jitUsed / Math.max(1, cpuUsed)));

        // BENCH_JDBC_BARE=1 (a diagnostic): the baseline's inserts without the schema's triggers and foreign-key
        // checks (session_replication_role = replica), to see what the bare rows cost on this machine. The counts
        // and current ratings are then left behind by those rows; the next run puts the data set back.
        boolean bare = "1".equals(System.getenv("BENCH_JDBC_BARE"));
        if (bare) {
            notes.add("Mentoring: BENCH_JDBC_BARE, so the JDBC baseline ran without triggers and foreign-key checks "
                    + "(but for the one that copies the visit's date to its mentee rows, which are not null).");
            alwaysCopyVisit(pgPort, true);
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = BenchPlatform.connect(pgPort);
                if (bare) {
                    try (var st = c.createStatement()) {
                        st.execute("set session_replication_role = replica");
                    }
                }
                c.setAutoCommit(false);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<Connection> opened = Collections.synchronizedList(new ArrayList<>());
        statements.reset();
        CpuSplit jdbcBefore = CpuSplit.now(appPid);
        Load jdbc;
        CpuSplit jdbcAfter;
        try {
            jdbc = load(clients, count, limit, () -> {
                Connection c = connections.get();
                if (!opened.contains(c)) {
                    opened.add(c);
                }
                jdbcVisit(c, mentor, mentees, competencies, version, seq.getAndIncrement());
            });
            // before the connections close: a backend that has exited no longer shows its CPU time in /proc
            jdbcAfter = CpuSplit.now(appPid);
        } finally {
            for (Connection c : opened) {
                c.close();
            }
            if (bare) {
                alwaysCopyVisit(pgPort, false);
            }
        }
        System.out.printf("Mentoring via JDBC: %d visits in %.1f s%n", jdbc.done, jdbc.seconds);
        statements.print("JDBC", jdbc.done);
        statements.close();
        notes.add("Mentoring: CPU per JDBC visit on the machine, by part (the load generator is the JDBC client here): "
                + jdbcAfter.perRequest(jdbcBefore, jdbc.done) + ".");
        row("Mentoring visit PUT (submitted, 3 observations), " + clients + " clients, " + api.done + " requests",
                String.format("%.0f req/s", api.perSecond()), String.format("%.0f visits/s (JDBC)", jdbc.perSecond()),
                ratio(jdbc.perSecond(), api.perSecond()), "≥ 500 req/s", api.perSecond() >= 500 && api.errors == 0);
        row("Mentoring visit PUT latency, p99", ms(api.p99()), ms(jdbc.p99()) + " (JDBC)", ratio(api.p99(), jdbc.p99()),
                "< 100 ms", api.p99() < 100);
        notes.add(String.format("Mentoring: API p50 %s, p99 %s, %d errors; JDBC p50 %s, p99 %s, %d errors (visit, mentee, "
                        + "3 observations, 3 ratings, 5 audit lines per transaction).", ms(api.p50()), ms(api.p99()), api.errors,
                ms(jdbc.p50()), ms(jdbc.p99()), jdbc.errors));
        if (jdbc.errors > 0) {
            // a baseline whose transactions failed did less work than the API: its figures compare with nothing
            notes.add("Mentoring: " + jdbc.errors + " JDBC visits failed (their errors are printed above the table), so the "
                    + "JDBC figures above are not a baseline.");
        }
        notes.add("Mentoring latency, API: " + api.tail() + ". JDBC: " + jdbc.tail() + ".");
    }

    private static void jdbcVisit(Connection c, UUID mentor, List<UUID> mentees, List<UUID> competencies, UUID version, int n)
            throws Exception {
        UUID visit = UUID.randomUUID();
        UUID mentee = mentees.get(n % mentees.size());
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate date = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        try (PreparedStatement v = c.prepareStatement("""
                insert into mentoring_visit (id, mentor_id, visit_date, mode, status, framework_version_id, strengths, created_by,
                created_at, updated_at, submitted_at) values (?, ?, ?, 'on-site', 'submitted', ?, 'Listens well', 'mentor.moldova', ?, ?, ?)""");
             PreparedStatement m = c.prepareStatement("insert into visit_mentee (visit_id, person_id) values (?, ?)");
             PreparedStatement o = c.prepareStatement(
                     "insert into visit_observation (id, visit_id, person_id, competency_id, level, note) values (?, ?, ?, ?, ?, '')");
             PreparedStatement r = c.prepareStatement("""
                     insert into rating (id, person_id, competency_id, framework_version_id, level, source, source_id, rater_username,
                     rater_person_id, observed_at, recorded_at, note) values (?, ?, ?, ?, ?, 'visit', ?, 'mentor.moldova', ?, ?, ?, '')""");
             PreparedStatement a = c.prepareStatement("""
                     insert into evidence_audit (id, at, actor, action, subject_type, subject_id, detail)
                     values (?, ?, 'mentor.moldova', ?, ?, ?, ?)""")) {
            v.setObject(1, visit);
            v.setObject(2, mentor);
            v.setObject(3, date);
            v.setObject(4, version);
            v.setTimestamp(5, now);
            v.setTimestamp(6, now);
            v.setTimestamp(7, now);
            v.executeUpdate();
            m.setObject(1, visit);
            m.setObject(2, mentee);
            m.executeUpdate();
            audit(a, "created", "visit", visit, now);
            for (int y = 0; y < 3; y++) {
                UUID k = competencies.get((n * 3 + y) % competencies.size());
                o.setObject(1, UUID.randomUUID());
                o.setObject(2, visit);
                o.setObject(3, mentee);
                o.setObject(4, k);
                o.setInt(5, 1 + (n + y) % 4);
                o.addBatch();
                UUID rating = UUID.randomUUID();
                r.setObject(1, rating);
                r.setObject(2, mentee);
                r.setObject(3, k);
                r.setObject(4, version);
                r.setInt(5, 1 + (n + y) % 4);
                r.setObject(6, visit);
                r.setObject(7, mentor);
                r.setTimestamp(8, Timestamp.from(date.atTime(12, 0).toInstant(ZoneOffset.UTC)));
                r.setTimestamp(9, now);
                r.addBatch();
                audit(a, "rated", "rating", rating, now);
            }
            o.executeBatch();
            r.executeBatch();
            audit(a, "submitted", "visit", visit, now);
            c.commit();
        } catch (Exception e) {
            c.rollback();
            throw e;
        }
    }

    private static void audit(PreparedStatement a, String action, String type, UUID subject, Timestamp at) throws Exception {
        a.setObject(1, UUID.randomUUID());
        a.setTimestamp(2, at);
        a.setString(3, action);
        a.setString(4, type);
        a.setObject(5, subject);
        a.setString(6, "{}");
        a.executeUpdate();
    }

    /** With BENCH_SAMPLE=1: what the database is busy with during the API load (pg_stat_activity every 20 ms). */
    static final class Sampler {
        private final Map<String, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile boolean running = true;
        private final Thread thread;
        private int samples;

        Sampler(int port) {
            thread = new Thread(() -> {
                try (Connection c = BenchPlatform.connect(port); var st = c.createStatement()) {
                    while (running) {
                        samples++;
                        try (ResultSet rs = st.executeQuery("""
                                select state || ' ' || coalesce(wait_event_type, '-') || ':' || coalesce(wait_event, '-') || ' '
                                       || left(regexp_replace(query, '\\s+', ' ', 'g'), 140)
                                  from pg_stat_activity where datname = 'cadre' and pid <> pg_backend_pid() and state <> 'idle'""")) {
                            while (rs.next()) {
                                seen.merge(rs.getString(1), 1, Integer::sum);
                            }
                        }
                        Thread.sleep(20);
                    }
                } catch (Exception e) {
                    System.err.println("sampler: " + e);
                }
            });
            thread.start();
        }

        void stop() throws Exception {
            running = false;
            thread.join();
            System.out.println("Database activity during the API load (" + samples + " samples):");
            seen.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                    .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
        }
    }

    interface Call {
        void run() throws Exception;
    }

    /**
     * With {@code BENCH_PG_STATEMENTS=1}: the database time of every statement of a measured window, from
     * pg_stat_statements (statements run by triggers included), per request, most expensive first. Off: does nothing.
     */
    static final class Statements implements AutoCloseable {
        private final Connection c;

        private Statements(Connection c) {
            this.c = c;
        }

        static Statements open(int port) throws Exception {
            if (!"1".equals(System.getenv("BENCH_PG_STATEMENTS"))) {
                return new Statements(null);
            }
            Connection c = BenchPlatform.connect(port);
            try (var st = c.createStatement()) {
                st.execute("create extension if not exists pg_stat_statements");
            }
            Statements s = new Statements(c);
            s.reset();
            return s;
        }

        void reset() throws Exception {
            if (c != null) {
                try (var st = c.createStatement()) {
                    st.execute("select pg_stat_statements_reset()");
                    st.execute("select pg_stat_reset_shared('wal')");
                }
            }
        }

        void print(String what, int requests) throws Exception {
            if (c == null) {
                return;
            }
            System.out.println("Database time per request by statement (" + what + ", " + requests + " requests; ms, calls):");
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    select total_exec_time, calls, toplevel, left(regexp_replace(query, '\\s+', ' ', 'g'), 160)
                      from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
                     order by total_exec_time desc limit 30""")) {
                double sum = 0;
                while (rs.next()) {
                    double per = rs.getDouble(1) / Math.max(1, requests);
                    sum += rs.getBoolean(3) ? per : 0;
                    System.out.printf("  %7.3f  %6.2f  %s %s%n", per, (double) rs.getLong(2) / Math.max(1, requests),
                            rs.getBoolean(3) ? "top" : "   ", rs.getString(4));
                }
                System.out.printf("  %7.3f  in top-level statements shown%n", sum);
            }
            // what the WAL costs a request: its records, the pages written whole (a page's first change after a
            // checkpoint goes to the WAL as 8 kB), and how many commits share a write and a flush
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select wal_records, wal_fpi, wal_bytes, wal_write, wal_sync from pg_stat_wal")) {
                rs.next();
                double n = Math.max(1, requests);
                System.out.printf("WAL per request: %.1f records, %.1f full-page images, %.1f kB; %.2f writes, %.2f syncs%n",
                        rs.getLong(1) / n, rs.getLong(2) / n, rs.getDouble(3) / n / 1024, rs.getLong(4) / n, rs.getLong(5) / n);
            }
            // rows rewritten again and again (a mentee's current rating per competency, the report counts) leave dead
            // versions that every later lookup of the same key walks past until a vacuum removes them
            System.out.println("Tables the load writes (live rows, dead rows, updates, of them HOT, autovacuums):");
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    select relname, n_live_tup, n_dead_tup, n_tup_upd, n_tup_hot_upd, autovacuum_count from pg_stat_user_tables
                     where relname in ('current_rating', 'report_count', 'report_member', 'report_person', 'rating',
                                       'mentoring_visit', 'visit_mentee', 'visit_observation', 'person')
                     order by relname""")) {
                while (rs.next()) {
                    System.out.printf("  %-16s %,12d %,10d %,10d %,10d %4d%n", rs.getString(1), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5), rs.getLong(6));
                }
            }
        }

        @Override
        public void close() throws Exception {
            if (c != null) {
                c.close();
            }
        }
    }

    /** BENCH_JDBC_BARE: the mentee rows' copy of the visit's date fires in replica sessions too, or back to normal. */
    private static void alwaysCopyVisit(int pgPort, boolean always) throws Exception {
        try (Connection c = BenchPlatform.connect(pgPort); var st = c.createStatement()) {
            st.execute("alter table visit_mentee enable " + (always ? "always " : "") + "trigger visit_mentee_copy_visit");
        }
    }

    /** {@code latencies} sorted (ms); {@code slow}: when (s after the start) each call of the slowest 1 % started, and its latency. */
    record Load(int done, int errors, double seconds, double[] latencies, List<double[]> slow) {
        double perSecond() {
            return done / seconds;
        }

        /**
         * Where the slowest 1 % of the calls fell: in a few seconds of the run (a stall: a collection, a checkpoint,
         * the JIT) or spread over all of it (queueing on the cores).
         */
        String tail() {
            if (slow.isEmpty()) {
                return "no calls";
            }
            Map<Long, Integer> bySecond = new java.util.TreeMap<>();
            slow.forEach(c -> bySecond.merge((long) c[0], 1, Integer::sum));
            int worst = bySecond.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            return String.format("the slowest 1 %% (%d calls, %.0f-%.0f ms) started in %d of the run's %.0f seconds, at most %d in one"
                            + " second; p90 %.0f ms, p95 %.0f ms, p99.9 %.0f ms, max %.0f ms", slow.size(),
                    slow.stream().mapToDouble(c -> c[1]).min().orElse(0), slow.stream().mapToDouble(c -> c[1]).max().orElse(0),
                    bySecond.size(), Math.ceil(seconds), worst, at(90), at(95), at(99.9), latencies[latencies.length - 1]);
        }

        double p50() {
            return at(50);
        }

        double p99() {
            return at(99);
        }

        double at(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            return latencies[Math.min(latencies.length - 1, (int) Math.ceil(p / 100 * latencies.length) - 1)];
        }
    }

    /** {@code clients} callers in parallel until {@code count} calls are done or the time is up. */
    private static Load load(int clients, int count, Duration limit, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<double[]> latencies = new ConcurrentLinkedQueue<>(); // start (s after t0), latency (ms)
        long t0 = System.nanoTime();
        long deadline = t0 + limit.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                while (issued.getAndIncrement() < count && System.nanoTime() < deadline) {
                    long s = System.nanoTime();
                    try {
                        call.run();
                        latencies.add(new double[] {(s - t0) / 1e9, (System.nanoTime() - s) / 1e6});
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println("call failed: " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        double[] sorted = latencies.stream().mapToDouble(c -> c[1]).sorted().toArray();
        List<double[]> slow = latencies.stream().sorted(Comparator.comparingDouble((double[] c) -> c[1]).reversed())
                .limit(Math.max(1, sorted.length / 100)).toList();
        return new Load(sorted.length, errors.get(), seconds, sorted, slow);
    }

    // ── helpers ───────────────────────────────────────────────────────────

    private String token(String user) throws Exception {
        String form = "grant_type=password&client_id=cadre&client_secret=cadre-demo-secret&scope=openid&password=demo&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + r.body());
        }
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    private String get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }


    /** CPU time of the JVM's JIT compiler threads (C1, C2), from /proc/<pid>/task: what warming up still costs. */
    private static long compilerCpuMillis(long pid) {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (!Files.readString(task.resolve("comm")).startsWith("C")
                            || !Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        continue;
                    }
                    ticks += CpuSplit.ticksOf(Files.readString(task.resolve("stat")));
                } catch (Exception gone) {
                    // a thread that ended meanwhile
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return ticks * 10;
    }

    /** The 1-minute load average (other work on the machine skews absolute figures, not the ratios). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static int count(Connection db, String sql) throws Exception {
        try (var st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static double percentile(List<Double> values, double p) {
        double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s[Math.min(s.length - 1, Math.max(0, (int) Math.ceil(p / 100 * s.length) - 1))];
    }

    private static String ms(double v) {
        return v >= 10_000 ? String.format("%.1f s", v / 1000) : String.format("%.0f ms", v);
    }

    private static String ratio(double a, double b) {
        return String.format("%.2f×", a / b);
    }

    private void row(String measure, String result, String baseline, String ratio, String target, boolean pass) {
        table.add(new String[]{measure, result, baseline, ratio, target, pass ? "pass" : "FAIL"});
    }

    private void print() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nCadre benchmark — size %s — %s — %d cores, %s, Java %s — load average %s at start, %s at end%n%n",
                size, Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"),
                loadBefore, loadAverage()));
        out.append("| measure | result | baseline (same run, same data) | ratio | target | |\n|---|---|---|---|---|---|\n");
        for (String[] r : table) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        out.append('\n');
        notes.forEach(n -> out.append("- ").append(n).append('\n'));
        System.out.println(out);
        Path file = Path.of(".cadre", "bench-" + size, "results-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.writeString(file, out.toString());
        System.out.println("(also written to " + file + ")");
    }

}
