package org.cadre.cohort;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Loads {@link CohortDemo} when {@code ./mvnw quarkus:dev} starts; never in the test or production builds.
 * Observes later than the default priority so that the frameworks from {@code curricula/} are loaded first.
 */
@IfBuildProfile("dev")
@ApplicationScoped
class CohortDemoData {

    private static final Logger LOG = Logger.getLogger(CohortDemoData.class);

    @Inject
    CohortDemo demo;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        try {
            demo.load();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Demo cohorts were not loaded");
        }
    }
}
