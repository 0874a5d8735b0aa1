package org.cadre.web;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class LanguagePreferenceRepository implements PanacheRepositoryBase<LanguagePreference, String> {

    Optional<String> localeOf(String subject) {
        return findByIdOptional(subject).map(p -> p.locale);
    }

    @Transactional
    void save(String subject, String locale) {
        LanguagePreference preference = findById(subject);
        if (preference == null) {
            preference = new LanguagePreference();
            preference.subject = subject;
            preference.locale = locale;
            preference.updatedAt = Instant.now();
            persist(preference);
        } else {
            preference.locale = locale;
            preference.updatedAt = Instant.now();
        }
    }
}
