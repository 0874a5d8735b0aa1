package org.cadre.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * Brings a framework definition (from a curricula file or a CASE package) into the database:
 * <ul>
 *   <li>unknown code/version → a new version beside the others (created as draft, then moved to the status the source asks);</li>
 *   <li>same code, version and content → nothing changes (idempotent), except a forward status step the source asks for;</li>
 *   <li>different content for a draft → the draft is replaced;</li>
 *   <li>different content for a published or retired version → refused ({@link PublishedVersionChanged}), nothing written.</li>
 * </ul>
 */
@ApplicationScoped
class ImportingFrameworks {

    enum Outcome { CREATED, UNCHANGED, DRAFT_UPDATED, STATUS_CHANGED }

    record Result(Outcome outcome, FrameworkVersion version) {
    }

    @Inject
    FrameworkVersionRepository versions;

    @Inject
    FrameworkContent content;

    @Transactional
    Result bring(FrameworkDefinition d, String source) {
        FrameworkStatus wanted = FrameworkStatus.of(d.status() == null ? "draft" : d.status());
        Optional<FrameworkVersion> existing = versions.byCodeAndVersion(d.code(), d.version());
        if (existing.isEmpty()) {
            FrameworkVersion v = content.createDraft(d, source);
            step(v, wanted);
            return new Result(Outcome.CREATED, v);
        }
        FrameworkVersion v = existing.get();
        boolean sameContent = d.contentHash().equals(FrameworkContent.definitionOf(v).contentHash());
        if (!sameContent) {
            if (!v.isDraft()) {
                throw new PublishedVersionChanged(source, v, FrameworkDiff.between(FrameworkContent.definitionOf(v), d));
            }
            content.replaceDraft(v, d, source);
            step(v, wanted);
            return new Result(Outcome.DRAFT_UPDATED, v);
        }
        if (LifecyclePolicy.isForward(v.status, wanted)) {
            step(v, wanted);
            return new Result(Outcome.STATUS_CHANGED, v);
        }
        return new Result(Outcome.UNCHANGED, v);
    }

    /** Id of the stored version of this code and version, if any. */
    @Transactional
    Optional<java.util.UUID> versionId(String code, String version) {
        return versions.byCodeAndVersion(code, version).map(v -> v.id);
    }

    private static void step(FrameworkVersion v, FrameworkStatus wanted) {
        if (v.status == FrameworkStatus.DRAFT && wanted != FrameworkStatus.DRAFT) {
            LifecyclePolicy.publish(v);
        }
        if (v.status == FrameworkStatus.PUBLISHED && wanted == FrameworkStatus.RETIRED) {
            LifecyclePolicy.retire(v);
        }
    }
}
