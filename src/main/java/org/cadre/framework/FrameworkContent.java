package org.cadre.framework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Moves a version's content between its stored form and {@link FrameworkDefinition}. Writing is only
 * allowed on drafts ({@link LifecyclePolicy}); the database refuses it otherwise too.
 */
@ApplicationScoped
class FrameworkContent {

    @Inject
    EntityManager em;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    FrameworkVersionRepository versions;

    static FrameworkDefinition definitionOf(FrameworkVersion v) {
        List<FrameworkDefinition.Level> scale = v.scale.stream()
                .map(l -> new FrameworkDefinition.Level(l.code, sorted(l.label), l.proficient)).toList();
        List<FrameworkDefinition.Function> functions = v.functions.stream()
                .map(f -> new FrameworkDefinition.Function(f.code, sorted(f.title), sorted(f.description),
                        f.competencies.stream().map(c -> new FrameworkDefinition.Item(c.code, sorted(c.statement), c.level,
                                c.dimension, c.indicators.stream().map(FrameworkContent::sorted).toList())).toList()))
                .toList();
        return new FrameworkDefinition(v.framework.code, v.framework.cadre, v.version, v.status.code(), sorted(v.title),
                sorted(v.description), sorted(v.notice), scale, functions);
    }

    /** Creates the framework if new and a DRAFT version holding the definition's content. */
    FrameworkVersion createDraft(FrameworkDefinition d, String source) {
        Framework framework = frameworks.byCode(d.code()).orElseGet(() -> {
            Framework f = new Framework();
            f.id = StableIds.v5("framework/" + d.code());
            f.code = d.code();
            f.cadre = d.cadre();
            f.createdAt = Instant.now();
            frameworks.persist(f);
            return f;
        });
        FrameworkVersion v = new FrameworkVersion();
        v.id = StableIds.document(d.code(), d.version());
        v.framework = framework;
        v.version = d.version();
        v.status = FrameworkStatus.DRAFT;
        v.createdAt = Instant.now();
        v.source = source;
        fill(v, d);
        versions.persist(v);
        em.flush();
        return v;
    }

    /** Replaces all content of a draft. */
    void replaceDraft(FrameworkVersion v, FrameworkDefinition d, String source) {
        LifecyclePolicy.requireDraft(v);
        v.scale.clear();
        v.functions.clear();
        em.flush();
        v.source = source;
        fill(v, d);
        em.flush();
    }

    private static void fill(FrameworkVersion v, FrameworkDefinition d) {
        String code = d.code();
        String version = d.version();
        v.title = new TreeMap<>(d.title());
        v.description = new TreeMap<>(d.description());
        v.notice = new TreeMap<>(d.notice());
        v.contentHash = d.contentHash();
        int position = 0;
        for (FrameworkDefinition.Level l : d.scale()) {
            ScaleLevel level = new ScaleLevel();
            level.id = StableIds.level(code, version, l.code());
            level.frameworkVersion = v;
            level.position = ++position;
            level.code = l.code();
            level.label = new TreeMap<>(l.label());
            level.proficient = l.proficient();
            v.scale.add(level);
        }
        int fp = 0;
        for (FrameworkDefinition.Function f : d.functions()) {
            FrameworkFunction function = new FrameworkFunction();
            function.id = StableIds.item(code, version, f.code());
            function.frameworkVersion = v;
            function.position = ++fp;
            function.code = f.code();
            function.title = new TreeMap<>(f.title());
            function.description = new TreeMap<>(f.description());
            int cp = 0;
            for (FrameworkDefinition.Item i : f.competencies()) {
                Competency c = new Competency();
                c.id = StableIds.item(code, version, i.code());
                c.frameworkVersion = v;
                c.function = function;
                c.position = ++cp;
                c.code = i.code();
                c.statement = new TreeMap<>(i.statement());
                c.level = i.level();
                c.dimension = i.dimension();
                c.indicators = new ArrayList<>(i.indicators().stream().<Map<String, String>>map(TreeMap::new).toList());
                function.competencies.add(c);
            }
            v.functions.add(function);
        }
    }

    static SortedMap<String, String> sorted(Map<String, String> texts) {
        return texts == null ? new TreeMap<>() : new TreeMap<>(texts);
    }
}
