package org.cadre.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Times only the report SQL on a generated data set (no Keycloak, no application): the hand-written
 * ranking statements of {@link Benchmark} and the same numbers from the current_rating pre-aggregate.
 * Arguments: size postgresPort (bench/run report-sql); BENCH_RUNS runs (3) after one warm-up.
 */
public final class ReportSql {

    private ReportSql() {
    }

    public static void main(String[] args) throws Exception {
        String size = args.length > 0 ? args[0] : "small";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 5642;
        int runs = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "3"));
        UUID programme = Ids.of(Ids.PROGRAMME, 1);
        try (EmbeddedPostgres pg = BenchPlatform.startDatabase(size, port, false, false)) {
            System.out.println("| query (size " + size + ") | median | p95 | rows |\n|---|---|---|---|");
            time("Gap report, ranking the ratings", Benchmark.GAP_SQL, programme, port, runs);
            time("Gap report, from current_rating", Benchmark.GAP_SQL_PRE, programme, port, runs);
            time("Coverage report, ranking the ratings", Benchmark.COVERAGE_SQL, programme, port, runs);
            time("Coverage report, from current_rating", Benchmark.COVERAGE_SQL_PRE, programme, port, runs);
        }
        System.exit(0);
    }

    private static void time(String name, String sql, UUID programme, int port, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        int rows = 0;
        for (int i = -1; i < runs; i++) {
            long t0 = System.nanoTime();
            rows = 0;
            try (Connection c = BenchPlatform.connect(port); var st = c.createStatement();
                 ResultSet rs = st.executeQuery(sql.replace("?1", "'" + programme + "'::uuid"))) {
                while (rs.next()) {
                    rows++;
                }
            }
            if (i >= 0) {
                times.add((System.nanoTime() - t0) / 1e6);
            }
        }
        System.out.printf("| %s | %.0f ms | %.0f ms | %d |%n", name, Benchmark.percentile(times, 50),
                Benchmark.percentile(times, 95), rows);
    }
}
