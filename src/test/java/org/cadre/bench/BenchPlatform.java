package org.cadre.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.cadre.local.LocalKeycloak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pieces a benchmark run needs: an embedded PostgreSQL (zonky, as the local platform uses) whose
 * data directory is kept per size under {@code .cadre/bench-<size>}, and the packaged Cadre jar started
 * as a separate JVM against it.
 */
final class BenchPlatform {

    static final String DATABASE = "cadre";

    private BenchPlatform() {
    }

    static Path dataDir(String size) {
        return Path.of(".cadre", "bench-" + size, "pgdata").toAbsolutePath();
    }

    /**
     * The generator's data set as it left it: the benchmark writes (about 26,000 visits and 80,000 ratings a run at
     * full size), so a data set used by earlier runs is no longer the one generated. Until 6 December every run left
     * its writes behind: after a dozen runs the full set had 540,000 visits instead of 50,000.
     */
    static Path generatedCopy(String size) {
        return dataDir(size).resolveSibling("pgdata-generated");
    }

    /**
     * Before generating: a half-made data set must not look generated, nor the copy of an older one be put back. Not
     * while a benchmark still runs on the data set: the generator would delete the copy and then fail to start.
     */
    static void forgetGenerated(String size) throws IOException {
        refuseIfRunning(dataDir(size));
        Files.deleteIfExists(dataDir(size).resolveSibling("generated"));
        deleteTree(generatedCopy(size));
    }

    /** After generating (PostgreSQL stopped): keeps a copy of the data directory for {@link #restoreGenerated}. */
    static void keepGenerated(String size) throws IOException, InterruptedException {
        copyDirectory(dataDir(size), generatedCopy(size));
    }

    /**
     * Before a benchmark (PostgreSQL stopped): puts the generated data set back, so that every run measures the same
     * data. {@code BENCH_KEEP_DATA=1} keeps what earlier runs left. Returns a line for the notes under the table.
     */
    static String restoreGenerated(String size) throws IOException, InterruptedException {
        Path copy = generatedCopy(size);
        if ("1".equals(System.getenv("BENCH_KEEP_DATA"))) {
            return "Data: as earlier runs left it (BENCH_KEEP_DATA=1), not the generated set.";
        }
        if (!Files.isDirectory(copy)) {
            return "Data: as earlier runs left it; this data set has no copy of its generated state (generated before 6 December).";
        }
        refuseIfRunning(dataDir(size));
        long t0 = System.nanoTime();
        copyDirectory(copy, dataDir(size));
        return String.format("Data: the generated set, put back before the run (%.0f s).", (System.nanoTime() - t0) / 1e9);
    }

    /** Replaces {@code target} with a copy of {@code source} ({@code cp -a}: the benchmark runs on Linux only). */
    private static void copyDirectory(Path source, Path target) throws IOException, InterruptedException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        deleteTree(partial);
        deleteTree(target);
        Process cp = new ProcessBuilder("cp", "-a", source.toString(), partial.toString()).inheritIO().start();
        if (cp.waitFor() != 0) {
            throw new IOException("copying " + source + " to " + partial + " failed with exit code " + cp.exitValue());
        }
        Files.move(partial, target);
    }

    /**
     * A PostgreSQL still running on the data directory (another benchmark or generator, or one that has not finished
     * shutting down) would write into the files being replaced: on 6 December a run started while the last one was
     * still printing put the data set back under its server, and then could not start its own.
     */
    private static void refuseIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (first.matches("\\d+") && ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IllegalStateException("PostgreSQL (pid " + first + ") is still running on " + dataDir
                    + ": another benchmark or generator is using this data set; wait for it to end or stop it first");
        }
    }

    /** Deletes a directory with everything in it; nothing to do when it is absent. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Starts PostgreSQL; {@code loading} trades durability for speed while the generator writes. */
    static EmbeddedPostgres startDatabase(String size, int port, boolean fresh, boolean loading) throws IOException {
        Path dir = dataDir(size);
        if (fresh) {
            refuseIfRunning(dir);
            deleteTree(dir);
        }
        Files.createDirectories(dir);
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false) // zonky would delete a "clean" directory again on close
                .setPort(port)
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("fsync", loading ? "off" : "on")
                .setServerConfig("full_page_writes", loading ? "off" : "on")
                .setPGStartupWait(Duration.ofMinutes(2));
        if ("1".equals(System.getenv("BENCH_PG_STATEMENTS"))) {
            // what each statement of the mentoring load costs the database, triggers' statements included (Benchmark prints it)
            b.setServerConfig("shared_preload_libraries", "pg_stat_statements").setServerConfig("pg_stat_statements.track", "all");
        }
        // BENCH_PG_CONFIG=name=value,name=value adds server settings, e.g. to log every statement while diagnosing
        for (String setting : System.getenv().getOrDefault("BENCH_PG_CONFIG", "").split(",")) {
            if (setting.contains("=")) {
                b.setServerConfig(setting.substring(0, setting.indexOf('=')).strip(), setting.substring(setting.indexOf('=') + 1).strip());
            }
        }
        EmbeddedPostgres pg = b.start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return pg;
    }

    /** The packaged application that runs: BENCH_APP_DIR (bench/run sets a copy of target/quarkus-app). */
    static Path appDir() {
        return Path.of(System.getenv().getOrDefault("BENCH_APP_DIR", "target/quarkus-app"));
    }

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(port), "postgres", "");
    }

    /** Keycloak from its distribution with the demo realm, as the benchmarks use it (about 30 s to ready). */
    static LocalKeycloak startKeycloak() {
        return LocalKeycloak.launch(Path.of(".cadre", "bench-keycloak").toAbsolutePath(), 0,
                Path.of("keycloak-realm", "cadre-realm.json")).awaitReady(Duration.ofMinutes(4));
    }

    /**
     * Adds {@code -XX:AOTCache} to the options, unless {@code BENCH_AOT=0}: the JDK's ahead-of-time class cache
     * (JEP 483/514, Java 25) for this jar and exactly these options, which a training start of the jar writes first
     * if there is none yet or the jar is newer (not measured). One cache per jar and set of options: a cache made
     * with other options (say with a flight recording) is refused at start, and the JVM then runs without one,
     * silently slower. Answers false if the cache could not be made (see {@code aot-training.log}).
     */
    static boolean useAotCache(Path appDir, Path work, List<String> options, int dbPort, int httpPort, String realmUrl)
            throws Exception {
        if ("0".equals(System.getenv("BENCH_AOT"))) {
            return true;
        }
        Path cache = work.resolve("cadre-" + Integer.toHexString((appDir.toAbsolutePath() + " " + String.join(" ", options)).hashCode())
                + ".aot");
        Path jar = appDir.resolve("quarkus-run.jar");
        if (!Files.exists(cache) || Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) <= 0) {
            System.out.println("Training start for the AOT cache of these options (not measured) …");
            Files.deleteIfExists(cache);
            List<String> training = new ArrayList<>(options);
            training.add("-XX:AOTCacheOutput=" + cache);
            try (App app = App.launch(appDir, dbPort, httpPort, realmUrl, training, work.resolve("aot-training.log"))) {
                app.awaitReady(Duration.ofMinutes(3));
            } // stopped with SIGTERM: the JVM writes the cache as it exits
        }
        if (!Files.exists(cache)) {
            return false;
        }
        options.add("-XX:AOTCache=" + cache);
        return true;
    }

    /** The packaged application (target/quarkus-app/quarkus-run.jar) in its own JVM. */
    static final class App implements AutoCloseable {
        final Process process;
        final long launchedAt;
        final int port;
        final Path log;

        private App(Process process, long launchedAt, int port, Path log) {
            this.process = process;
            this.launchedAt = launchedAt;
            this.port = port;
            this.log = log;
        }

        static App launch(int dbPort, int httpPort, String realmUrl, List<String> jvmOptions, Path log) throws IOException {
            return launch(appDir(), dbPort, httpPort, realmUrl, jvmOptions, log);
        }

        static App launch(Path appDir, int dbPort, int httpPort, String realmUrl, List<String> jvmOptions, Path log)
                throws IOException {
            Path jar = appDir.resolve("quarkus-run.jar").toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("No " + jar + ": run ./mvnw package -DskipTests first (bench/run does)");
            }
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmOptions);
            cmd.add("-jar");
            cmd.add(jar.toString());
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(dbPort));
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "");
            env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("MALLOC_ARENA_MAX", "2"); // fewer glibc malloc arenas: less resident memory for the same work
            env.put("QUARKUS_OIDC_CLIENT_ID", "cadre");
            env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", "cadre-demo-secret");
            if (realmUrl != null) {
                env.put("QUARKUS_OIDC_AUTH_SERVER_URL", realmUrl);
            } else {
                // Only the schema and the curricula are wanted (generator): no identity provider.
                env.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/cadre");
                env.put("QUARKUS_OIDC_TENANT_ENABLED", "false");
                env.put("QUARKUS_OIDC_API_TENANT_ENABLED", "false");
            }
            long t0 = System.nanoTime();
            return new App(pb.start(), t0, httpPort, log);
        }

        /** Polls the readiness check; answers the nanoseconds from launch to ready. */
        long awaitReady(Duration timeout) throws Exception {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Cadre stopped during start-up; see " + log);
                }
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return System.nanoTime() - launchedAt;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("Cadre was not ready after " + timeout + "; see " + log);
        }

        long pid() {
            return process.pid();
        }

        /** Resident set size of the JVM in kB, from /proc. */
        long rssKb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) { // writing an AOT cache at exit takes a while
                process.destroyForcibly().waitFor();
            }
        }
    }
}
