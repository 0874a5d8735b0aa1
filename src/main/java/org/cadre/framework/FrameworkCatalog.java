package org.cadre.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other features may ask of frameworks: a version by code and number or by id, whether it can be
 * adopted, and its competencies. Returns records, never entities.
 */
@ApplicationScoped
@Transactional
public class FrameworkCatalog {

    /** A framework version as other features see it. */
    public record VersionRef(UUID id, String code, String version, String status, Map<String, String> title,
                             boolean adoptable) {
    }

    /** A competency as other features see it. */
    public record CompetencyRef(UUID id, String code, Map<String, String> statement, String level, String dimension,
                                String functionCode) {
    }

    @Inject
    FrameworkVersionRepository versions;

    @Inject
    CompetencyRepository competencies;

    public Optional<VersionRef> version(String code, String version) {
        return versions.byCodeAndVersion(FrameworkService.normal(code), version).map(FrameworkCatalog::ref);
    }

    public Optional<VersionRef> version(UUID id) {
        return versions.findByIdOptional(id).map(FrameworkCatalog::ref);
    }

    /** All competencies of a version, in framework order. */
    public List<CompetencyRef> competencies(UUID versionId) {
        return competencies.ofVersion(versionId).stream().map(FrameworkCatalog::ref).toList();
    }

    /** The competencies of a version with the given codes (codes not in the version are absent). */
    public List<CompetencyRef> competencies(UUID versionId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return competencies.ofVersionWithCodes(versionId, codes).stream().map(FrameworkCatalog::ref).toList();
    }

    private static VersionRef ref(FrameworkVersion v) {
        return new VersionRef(v.id, v.framework.code, v.version, v.status.code(), v.title, LifecyclePolicy.adoptable(v));
    }

    private static CompetencyRef ref(Competency c) {
        return new CompetencyRef(c.id, c.code, c.statement, c.level, c.dimension, c.function.code);
    }
}
