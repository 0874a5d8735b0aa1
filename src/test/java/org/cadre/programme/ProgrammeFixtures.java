package org.cadre.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.framework.FrameworkCatalog;

import java.time.Instant;
import java.util.UUID;

/** Stores programmes directly, for tests that need one without calling the API as an admin. */
@ApplicationScoped
public class ProgrammeFixtures {

    @Inject
    ProgrammeRepository programmes;

    @Inject
    FrameworkCatalog catalog;

    @Transactional
    public Programme programme(String name, String country) {
        FrameworkCatalog.VersionRef psw = catalog.version("PSW", "1.0").orElseThrow();
        Programme p = new Programme();
        p.id = UUID.randomUUID();
        p.name = name;
        p.countries.add(country);
        p.frameworkVersionId = psw.id();
        catalog.competencies(psw.id()).stream().limit(3).forEach(c -> p.competencyIds.add(c.id()));
        p.createdAt = Instant.now();
        programmes.persist(p);
        return p;
    }
}
