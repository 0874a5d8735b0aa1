package org.cadre.framework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the framework API answers (records; entities never leave the service). */
final class FrameworkViews {

    private FrameworkViews() {
    }

    record FrameworkSummary(String code, String cadre, Map<String, String> title, List<VersionSummary> versions) {
    }

    record VersionSummary(UUID id, String version, String status, Map<String, String> title, Instant publishedAt,
                          Instant retiredAt, int competencies) {
    }

    record VersionTree(UUID id, String code, String cadre, String version, String status, Map<String, String> title,
                       Map<String, String> description, Map<String, String> notice, Instant publishedAt,
                       List<LevelView> scale, List<FunctionView> functions) {
    }

    record LevelView(UUID id, int position, String code, Map<String, String> label, boolean proficient) {
    }

    record FunctionView(UUID id, String code, Map<String, String> title, Map<String, String> description,
                        List<CompetencyView> competencies) {
    }

    record CompetencyView(UUID id, String code, Map<String, String> statement, String level, String dimension,
                          List<Map<String, String>> indicators) {
    }

    static VersionSummary summary(FrameworkVersion v) {
        int count = v.functions.stream().mapToInt(f -> f.competencies.size()).sum();
        return new VersionSummary(v.id, v.version, v.status.code(), v.title, v.publishedAt, v.retiredAt, count);
    }

    static VersionTree tree(FrameworkVersion v) {
        return new VersionTree(v.id, v.framework.code, v.framework.cadre, v.version, v.status.code(), v.title,
                v.description, v.notice, v.publishedAt,
                v.scale.stream().map(l -> new LevelView(l.id, l.position, l.code, l.label, l.proficient)).toList(),
                v.functions.stream().map(f -> new FunctionView(f.id, f.code, f.title, f.description,
                        f.competencies.stream().map(c -> new CompetencyView(c.id, c.code, c.statement, c.level,
                                c.dimension, c.indicators)).toList())).toList());
    }
}
