package org.cadre.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.web.ApiProblem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading frameworks: the list, one version as a tree, the versions of a framework, and diffs. */
@ApplicationScoped
@Transactional
class FrameworkService {

    @Inject
    FrameworkRepository frameworks;

    @Inject
    FrameworkVersionRepository versions;

    List<FrameworkViews.FrameworkSummary> list() {
        Map<String, List<FrameworkVersion>> byCode = new LinkedHashMap<>();
        for (FrameworkVersion v : versions.all()) {
            byCode.computeIfAbsent(v.framework.code, k -> new java.util.ArrayList<>()).add(v);
        }
        return byCode.values().stream().map(FrameworkService::summaryOf).toList();
    }

    FrameworkViews.FrameworkSummary framework(String code) {
        List<FrameworkVersion> list = versions.ofFramework(normal(code));
        if (list.isEmpty()) {
            throw ApiProblem.notFound("Framework " + code);
        }
        return summaryOf(list);
    }

    FrameworkVersion version(String code, String version) {
        return versions.byCodeAndVersion(normal(code), version)
                .orElseThrow(() -> ApiProblem.notFound("Framework " + code + " version " + version));
    }

    FrameworkViews.VersionTree tree(String code, String version) {
        return FrameworkViews.tree(version(code, version));
    }

    /** The newest published version of a framework, else its newest version of any status. */
    FrameworkVersion current(String code) {
        List<FrameworkVersion> list = versions.ofFramework(normal(code));
        if (list.isEmpty()) {
            throw ApiProblem.notFound("Framework " + code);
        }
        return list.stream().filter(v -> v.status == FrameworkStatus.PUBLISHED).reduce((a, b) -> b)
                .orElse(list.get(list.size() - 1));
    }

    FrameworkDiff diff(String code, String from, String to) {
        FrameworkDefinition a = FrameworkContent.definitionOf(version(code, from));
        FrameworkDefinition b = FrameworkContent.definitionOf(version(code, to));
        return FrameworkDiff.between(a, b);
    }

    FrameworkDefinition definition(String code, String version) {
        return FrameworkContent.definitionOf(version(code, version));
    }

    private static FrameworkViews.FrameworkSummary summaryOf(List<FrameworkVersion> list) {
        FrameworkVersion latest = list.stream().filter(v -> v.status == FrameworkStatus.PUBLISHED).reduce((a, b) -> b)
                .orElse(list.get(list.size() - 1));
        return new FrameworkViews.FrameworkSummary(latest.framework.code, latest.framework.cadre, latest.title,
                list.stream().map(FrameworkViews::summary).toList());
    }

    static String normal(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }
}
