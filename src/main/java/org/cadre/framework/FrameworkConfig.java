package org.cadre.framework;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** {@code cadre.framework.*}: where the curricula files are read from and how frameworks are named abroad. */
@ConfigMapping(prefix = "cadre.framework")
public interface FrameworkConfig {

    /** Import the curricula files at start-up. */
    @WithDefault("true")
    boolean loadAtStartup();

    /**
     * A folder of framework files to read instead of the ones packaged in the application. Unset: the
     * project's {@code curricula/} folder in dev and tests (system property {@code cadre.project.dir}),
     * else the copy inside the jar.
     */
    Optional<String> curriculaDir();

    /** Base of the URIs in CASE packages (CFDocument, CFItem and CFAssociation {@code uri}s). */
    @WithDefault("https://cadre.invalid/case/v1p1")
    String caseBaseUrl();
}
