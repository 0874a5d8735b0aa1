package org.cadre.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every template the language of the request ({@link Locales}), so message bundles render in
 * the user's language without each page having to remember to set it. (Without this, Quarkus REST
 * would pick the language from the Accept-Language header alone, ignoring the user's choice.)
 */
@ApplicationScoped
class TemplateLocaleInitializer {

    void configure(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> {
            ManagedContext requestContext = Arc.container().requestContext();
            if (requestContext.isActive()) {
                instance.setLocale(Arc.container().instance(Locales.class).get().current());
            }
        });
    }
}
