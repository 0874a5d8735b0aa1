package org.cadre.mentoring;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/** Loads {@link MentoringDemo} when {@code ./mvnw quarkus:dev} starts, after the demo cohorts; never in tests or production. */
@IfBuildProfile("dev")
@ApplicationScoped
class MentoringDemoData {

    private static final Logger LOG = Logger.getLogger(MentoringDemoData.class);

    @Inject
    MentoringDemo demo;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) StartupEvent event) {
        try {
            LOG.infof("Demo mentoring: %d mentor assignments added", demo.load());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Demo mentoring was not loaded");
        }
    }
}
