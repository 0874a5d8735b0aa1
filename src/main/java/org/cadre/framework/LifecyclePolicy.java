package org.cadre.framework;

import org.cadre.web.ApiProblem;

import java.time.Instant;

/**
 * The lifecycle of a framework version: draft → published → retired, never backwards. Only drafts
 * may change; a published version is immutable (a change means a new draft version, usually a copy);
 * only published versions may be adopted by programmes; a retired version stays readable for
 * everything that already refers to it.
 */
final class LifecyclePolicy {

    private LifecyclePolicy() {
    }

    static void requireDraft(FrameworkVersion v) {
        if (!v.isDraft()) {
            throw ApiProblem.conflict("Framework " + v.framework.code + " version " + v.version + " is "
                    + v.status.code() + " and cannot change; create a new draft version instead");
        }
    }

    static void publish(FrameworkVersion v) {
        if (!v.isDraft()) {
            throw ApiProblem.conflict("Only a draft can be published; " + v.framework.code + " " + v.version
                    + " is " + v.status.code());
        }
        if (v.functions.isEmpty() || v.scale.stream().noneMatch(l -> l.proficient)) {
            throw ApiProblem.conflict("A version needs at least one function and a rating scale with a proficient level before it is published");
        }
        v.status = FrameworkStatus.PUBLISHED;
        v.publishedAt = Instant.now();
    }

    static void retire(FrameworkVersion v) {
        if (v.status != FrameworkStatus.PUBLISHED) {
            throw ApiProblem.conflict("Only a published version can be retired; " + v.framework.code + " "
                    + v.version + " is " + v.status.code());
        }
        v.status = FrameworkStatus.RETIRED;
        v.retiredAt = Instant.now();
    }

    static boolean adoptable(FrameworkVersion v) {
        return v.status == FrameworkStatus.PUBLISHED;
    }

    /** Whether moving to {@code target} is a forward step (used by the file loader). */
    static boolean isForward(FrameworkStatus from, FrameworkStatus to) {
        return to.ordinal() > from.ordinal();
    }
}
