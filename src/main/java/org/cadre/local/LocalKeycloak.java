package org.cadre.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak started from its distribution zip (org.keycloak:keycloak-quarkus-dist on Maven Central),
 * as {@code kc.sh start-dev --import-realm}. Maven downloads the zip once into the local repository;
 * it is unpacked next to the caller's working folder and the realm is re-imported fresh at every
 * start, so edits to {@code keycloak-realm/} always take effect.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "cadre";

    private final Process process;
    private final int port;
    private final Path log;

    private LocalKeycloak(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Keycloak without waiting; call {@link #awaitReady(Duration)} before using it. */
    public static LocalKeycloak launch(Path workDir, int port, Path realmFile) {
        try {
            Path home = unpack(workDir);
            Path data = home.resolve("data");
            deleteTree(data);
            Path imports = Files.createDirectories(data.resolve("import"));
            Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);

            int httpPort = port > 0 ? port : freePort();
            Path log = workDir.resolve("keycloak.log");
            List<String> command = new ArrayList<>(List.of(
                    home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + httpPort,
                    "--http-management-port=" + freePort(),
                    "--import-realm",
                    "--cache=local",
                    "--health-enabled=false",
                    "--metrics-enabled=false"));
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // Keycloak needs Java 21+, which is what runs Cadre; the default `java` may be older.
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=10 -Xms64m");
            pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "kcadmin");
            pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "kcadmin");
            return new LocalKeycloak(pb.start(), httpPort, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak: " + e.getMessage(), e);
        }
    }

    public LocalKeycloak awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start-up (exit " + process.exitValue()
                        + "). Last lines of " + log + ":\n" + tail(log));
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak was not ready after " + timeout + ". Last lines of " + log
                + ":\n" + tail(log));
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    /** Where Maven put the distribution: set by the build, else the default local repository. */
    static Path distributionZip() {
        String configured = System.getProperty("cadre.keycloak.dist");
        if (configured != null && !configured.isBlank() && !configured.contains("${")) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", VERSION, "keycloak-quarkus-dist-" + VERSION + ".zip");
    }

    private static Path unpack(Path workDir) throws IOException {
        Path home = workDir.resolve("keycloak-" + VERSION);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path zip = distributionZip();
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Keycloak distribution is not in the local Maven repository (" + zip
                    + "). Run ./mvnw dependency:resolve once with network access, then try again.");
        }
        Files.createDirectories(workDir);
        Path staging = Files.createTempDirectory(workDir, "keycloak-unpack");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Unsafe entry in Keycloak zip: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path unpacked;
        try (Stream<Path> top = Files.list(staging)) {
            unpacked = top.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IOException("Empty Keycloak distribution " + zip));
        }
        try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
            scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
        }
        deleteTree(home);
        Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(staging);
        return home;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String tail(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<String> lines = new String(in.readAllBytes()).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
