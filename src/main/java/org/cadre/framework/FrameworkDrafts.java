package org.cadre.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.web.ApiProblem;

/**
 * Admins' changes to frameworks: new drafts (from a definition or as a copy of a version), edits of a
 * draft, publishing, retiring, and deleting a draft. Everything goes through {@link LifecyclePolicy}.
 */
@ApplicationScoped
@Transactional
class FrameworkDrafts {

    @Inject
    FrameworkVersionRepository versions;

    @Inject
    FrameworkService reading;

    @Inject
    FrameworkContent content;

    FrameworkVersion create(FrameworkDefinition d, String source) {
        if (versions.byCodeAndVersion(d.code(), d.version()).isPresent()) {
            throw ApiProblem.conflict("Framework " + d.code() + " already has a version " + d.version());
        }
        return content.createDraft(d.withStatus("draft"), source);
    }

    FrameworkVersion copy(String code, String from, String newVersion) {
        if (newVersion == null || !CurriculumReader.VERSION.matcher(newVersion).matches()) {
            throw ApiProblem.invalid("version", "must be a version number such as 1.1");
        }
        FrameworkDefinition source = reading.definition(code, from);
        return create(source.withVersion(newVersion), "copy of " + source.code() + " " + from);
    }

    FrameworkVersion edit(String code, String version, FrameworkDefinition d) {
        FrameworkVersion v = reading.version(code, version);
        LifecyclePolicy.requireDraft(v);
        if (!d.code().equals(v.framework.code) || !d.version().equals(v.version)) {
            throw ApiProblem.invalid("code", "the body is for " + d.code() + " " + d.version() + ", not " + v.framework.code + " " + v.version);
        }
        content.replaceDraft(v, d.withStatus("draft"), "api");
        return v;
    }

    FrameworkVersion publish(String code, String version) {
        FrameworkVersion v = reading.version(code, version);
        LifecyclePolicy.publish(v);
        return v;
    }

    FrameworkVersion retire(String code, String version) {
        FrameworkVersion v = reading.version(code, version);
        LifecyclePolicy.retire(v);
        return v;
    }

    void delete(String code, String version) {
        FrameworkVersion v = reading.version(code, version);
        LifecyclePolicy.requireDraft(v);
        versions.delete(v);
    }
}
