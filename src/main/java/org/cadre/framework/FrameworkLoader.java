package org.cadre.framework;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Imports the framework files of {@code curricula/} at start-up, one transaction per file, through
 * {@link ImportingFrameworks} (idempotent). A file that is invalid, or that would change a published
 * version, is refused with an error in the log naming the file, the framework and the problem; the
 * stored versions stay as they were and the application still starts, so one bad edit to a file cannot
 * take the platform down nor silently change what certificates and ratings refer to. The outcome of
 * the last load is kept for admins ({@code GET /api/v1/frameworks/load-report}).
 */
@ApplicationScoped
class FrameworkLoader {

    private static final Logger LOG = Logger.getLogger(FrameworkLoader.class);

    /** What happened to one file. {@code outcome} is created, unchanged, draft_updated, status_changed, invalid or refused. */
    record FileOutcome(String file, String framework, String version, String outcome, List<String> problems) {
    }

    @Inject
    FrameworkConfig config;

    @Inject
    ImportingFrameworks importing;

    @Inject
    FrameworkFileLoadRepository fileLoads;

    private final List<FileOutcome> lastReport = new CopyOnWriteArrayList<>();

    void onStart(@Observes StartupEvent event) {
        if (config.loadAtStartup()) {
            List<FileOutcome> report = loadAll();
            lastReport.clear();
            lastReport.addAll(report);
        }
    }

    List<FileOutcome> lastReport() {
        return List.copyOf(lastReport);
    }

    List<FileOutcome> loadAll() {
        List<FileOutcome> report = new ArrayList<>();
        for (NamedText file : files()) {
            report.add(load(file.name(), file.text()));
        }
        return report;
    }

    /**
     * Validates and imports one file's text; never throws for a bad file. A file whose text is exactly
     * what the last load brought in, with its published or retired version untouched since, is
     * unchanged at the cost of one query (no parsing, no reading the version back): the usual case at
     * every start. Any other file takes the full comparison.
     */
    FileOutcome load(String name, String text) {
        String textHash = FrameworkFileLoadRepository.sha256(text);
        Optional<FrameworkFileLoadRepository.Known> known = fileLoads.unchanged(name, textHash);
        if (known.isPresent()) {
            return new FileOutcome(name, known.get().code(), known.get().version(), "unchanged", List.of());
        }
        FileOutcome outcome = compareAndImport(name, text);
        try {
            if (outcome.problems().isEmpty() && outcome.framework() != null) {
                importing.versionId(outcome.framework(), outcome.version())
                        .ifPresent(id -> fileLoads.remember(name, textHash, id));
            } else {
                fileLoads.forget(name);
            }
        } catch (RuntimeException e) {
            // only the fast path of the next start is lost
            LOG.warnf(e, "Could not record the load of framework file %s", name);
        }
        return outcome;
    }

    /** The full path: parse, then compare with the stored version and import (idempotent). */
    FileOutcome compareAndImport(String name, String text) {
        FrameworkDefinition definition;
        try {
            definition = CurriculumReader.read(name, text);
        } catch (CurriculumException e) {
            LOG.errorf("Framework file refused: %s", e.getMessage());
            return new FileOutcome(name, null, null, "invalid", e.problems().stream().map(Object::toString).toList());
        }
        try {
            ImportingFrameworks.Result result = importing.bring(definition, name);
            if (result.outcome() != ImportingFrameworks.Outcome.UNCHANGED) {
                LOG.infof("Framework %s %s from %s: %s", definition.code(), definition.version(), name,
                        result.outcome().name().toLowerCase());
            }
            return new FileOutcome(name, definition.code(), definition.version(),
                    result.outcome().name().toLowerCase(), List.of());
        } catch (PublishedVersionChanged e) {
            LOG.errorf("Framework file refused: %s", e.getMessage());
            return new FileOutcome(name, definition.code(), definition.version(), "refused", List.of(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Framework file %s could not be imported", name);
            return new FileOutcome(name, definition.code(), definition.version(), "failed", List.of(String.valueOf(e.getMessage())));
        }
    }

    record NamedText(String name, String text) {
    }

    /** The framework files (*.yaml, *.yml, *.json) in name order, from the first place that has them. */
    List<NamedText> files() {
        Optional<Path> dir = config.curriculaDir().map(Path::of)
                .or(() -> Optional.ofNullable(System.getProperty("cadre.project.dir")).map(p -> Path.of(p, "curricula")))
                .filter(Files::isDirectory);
        try {
            if (dir.isPresent()) {
                return fromDirectory(dir.get(), "curricula/");
            }
            return fromClasspath();
        } catch (IOException e) {
            LOG.errorf(e, "The curricula files cannot be listed");
            return List.of();
        }
    }

    private static List<NamedText> fromDirectory(Path dir, String prefix) throws IOException {
        List<NamedText> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(FrameworkLoader::isFrameworkFile).sorted().toList()) {
                files.add(new NamedText(prefix + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return files;
    }

    /** The copy packaged into the application (pom: resources from ../curricula into curricula/). */
    static List<NamedText> fromClasspath() throws IOException {
        CodeSource code = FrameworkLoader.class.getProtectionDomain().getCodeSource();
        Path location = null;
        try {
            if (code != null && code.getLocation() != null) {
                location = Path.of(code.getLocation().toURI());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            location = null;
        }
        if (location == null || !(Files.isDirectory(location) || Files.isRegularFile(location))) {
            // No usable code source: locate the packaged folder through its README instead
            // (file:/…/curricula/README.md or jar:file:/…/app.jar!/curricula/README.md).
            location = packagedRoot(Thread.currentThread().getContextClassLoader().getResource("curricula/README.md"));
        }
        if (location != null && Files.isDirectory(location.resolve("curricula"))) {
            return fromDirectory(location.resolve("curricula"), "curricula/");
        }
        List<String> names = new ArrayList<>();
        if (location != null && Files.isRegularFile(location)) {
            try (ZipFile jar = new ZipFile(location.toFile())) {
                Enumeration<? extends ZipEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith("curricula/") && name.indexOf('/', "curricula/".length()) < 0
                            && isFrameworkFile(Path.of(name))) {
                        names.add(name);
                    }
                }
            }
        }
        names.sort(null);
        List<NamedText> files = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String name : names) {
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in != null) {
                    files.add(new NamedText(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        if (files.isEmpty()) {
            URL readme = loader.getResource("curricula/README.md");
            LOG.warnf("No framework files found on the class path (curricula/README.md %s)", readme == null ? "absent" : "present");
        }
        return files;
    }

    static Path packagedRoot(URL readme) {
        if (readme == null) {
            return null;
        }
        try {
            String url = readme.toString();
            if (url.startsWith("jar:")) {
                return Path.of(new java.net.URI(url.substring(4, url.indexOf("!/"))));
            }
            if (url.startsWith("file:")) {
                return Path.of(readme.toURI()).getParent().getParent();
            }
        } catch (URISyntaxException | RuntimeException e) {
            LOG.debugf(e, "Cannot locate the packaged curricula from %s", readme);
        }
        return null;
    }

    private static boolean isFrameworkFile(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
