package org.cadre.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a framework: competencies added, removed, reworded (same code,
 * different statement in some language), otherwise changed (level, dimension, indicators, function),
 * and other changes (titles, rating scale, functions).
 */
record FrameworkDiff(String code, String from, String to, List<String> added, List<String> removed,
                     List<String> reworded, List<String> changed, List<String> other) {

    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && reworded.isEmpty() && changed.isEmpty() && other.isEmpty();
    }

    static FrameworkDiff between(FrameworkDefinition a, FrameworkDefinition b) {
        Map<String, FrameworkDefinition.Item> before = items(a);
        Map<String, FrameworkDefinition.Item> after = items(b);
        Map<String, String> functionOfBefore = functionOf(a);
        Map<String, String> functionOfAfter = functionOf(b);
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> reworded = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        after.keySet().stream().filter(c -> !before.containsKey(c)).forEach(added::add);
        before.keySet().stream().filter(c -> !after.containsKey(c)).forEach(removed::add);
        for (var e : after.entrySet()) {
            FrameworkDefinition.Item old = before.get(e.getKey());
            if (old == null) {
                continue;
            }
            FrameworkDefinition.Item now = e.getValue();
            if (!Objects.equals(old.statement(), now.statement())) {
                reworded.add(e.getKey());
            } else if (!Objects.equals(old.level(), now.level()) || !Objects.equals(old.dimension(), now.dimension())
                    || !Objects.equals(old.indicators(), now.indicators())
                    || !Objects.equals(functionOfBefore.get(e.getKey()), functionOfAfter.get(e.getKey()))) {
                changed.add(e.getKey());
            }
        }
        List<String> other = new ArrayList<>();
        if (!Objects.equals(a.title(), b.title())) {
            other.add("title");
        }
        if (!Objects.equals(a.description(), b.description())) {
            other.add("description");
        }
        if (!Objects.equals(a.notice(), b.notice())) {
            other.add("notice");
        }
        if (!Objects.equals(a.scale(), b.scale())) {
            other.add("rating scale");
        }
        if (!Objects.equals(a.cadre(), b.cadre())) {
            other.add("cadre");
        }
        Map<String, FrameworkDefinition.Function> fa = functions(a);
        Map<String, FrameworkDefinition.Function> fb = functions(b);
        for (var e : fb.entrySet()) {
            FrameworkDefinition.Function old = fa.get(e.getKey());
            if (old == null) {
                other.add("function " + e.getKey() + " added");
            } else if (!Objects.equals(old.title(), e.getValue().title()) || !Objects.equals(old.description(), e.getValue().description())) {
                other.add("function " + e.getKey() + " renamed");
            }
        }
        fa.keySet().stream().filter(k -> !fb.containsKey(k)).forEach(k -> other.add("function " + k + " removed"));
        if (other.isEmpty() && added.isEmpty() && removed.isEmpty() && reworded.isEmpty() && changed.isEmpty()
                && !a.competencies().map(FrameworkDefinition.Item::code).toList()
                .equals(b.competencies().map(FrameworkDefinition.Item::code).toList())) {
            other.add("order of competencies");
        }
        return new FrameworkDiff(b.code(), a.version(), b.version(), added, removed, reworded, changed, other);
    }

    /** One line for logs and error messages. */
    String summary() {
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        if (!reworded.isEmpty()) {
            parts.add("reworded " + String.join(", ", reworded));
        }
        if (!changed.isEmpty()) {
            parts.add("changed " + String.join(", ", changed));
        }
        parts.addAll(other);
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    private static Map<String, FrameworkDefinition.Item> items(FrameworkDefinition d) {
        Map<String, FrameworkDefinition.Item> map = new LinkedHashMap<>();
        d.competencies().forEach(c -> map.put(c.code(), c));
        return map;
    }

    private static Map<String, String> functionOf(FrameworkDefinition d) {
        Map<String, String> map = new LinkedHashMap<>();
        d.functions().forEach(f -> f.competencies().forEach(c -> map.put(c.code(), f.code())));
        return map;
    }

    private static Map<String, FrameworkDefinition.Function> functions(FrameworkDefinition d) {
        Map<String, FrameworkDefinition.Function> map = new LinkedHashMap<>();
        d.functions().forEach(f -> map.put(f.code(), f));
        return map;
    }
}
