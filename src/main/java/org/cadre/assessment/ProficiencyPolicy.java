package org.cadre.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a person's competency profile is derived from evidence. This is the one rule every page,
 * report and certificate relies on; it never changes the evidence, it only reads it.
 *
 * <ol>
 *   <li><b>Assessors outrank the person.</b> A rating by a trainer, mentor or assessor (practical or
 *       observation assessment, mentoring visit, imported scoring sheet) always takes precedence over
 *       a self-assessment. A self-assessment is shown only when no other evidence exists, and then
 *       never counts as proficient.</li>
 *   <li><b>The most recent qualifying rating counts</b> — people grow, and a later observation
 *       supersedes an earlier one, up or down. Recency is the time the competency was observed, not
 *       the time it was typed in.</li>
 *   <li><b>Ties</b> (same observation time) go to the more direct evidence (practical assessment,
 *       then observation during a visit or assessment, then imported sheet); if still tied, the lower
 *       level counts (the cautious reading).</li>
 *   <li><b>Proficient</b> means the level is one of the framework scale's proficient levels.</li>
 *   <li><b>Corrections replace what they correct.</b> A rating that a later correction supersedes is
 *       no longer evidence for the profile (it stays in the history); the correction takes its place.</li>
 * </ol>
 */
public final class ProficiencyPolicy {

    /** Where a rating came from, ordered from most to least direct for tie-breaking. */
    public enum Source {
        PRACTICAL(0), OBSERVATION(1), VISIT(1), IMPORT(2), SELF(9);

        final int directness;

        Source(int directness) {
            this.directness = directness;
        }

        boolean isSelf() {
            return this == SELF;
        }
    }

    /** One piece of evidence: a level given for a competency, by someone, at a time. */
    public record Evidence(String competency, int level, Source source, String rater, Instant observedAt,
                           String reference, String id, String supersedes) {

        /** Evidence that is not a correction and need not be identified. */
        public Evidence(String competency, int level, Source source, String rater, Instant observedAt,
                        String reference) {
            this(competency, level, source, rater, observedAt, reference, null, null);
        }
    }

    /** The derived value for one competency, with the evidence it came from. */
    public record Value(String competency, int level, boolean proficient, boolean selfAssessedOnly,
                        Evidence basis, int evidenceCount) {
    }

    /** Share of a group's competencies that are proficient, and the mean level of those rated. */
    public record RollUp(String group, int competencies, int rated, int proficient, double shareProficient,
                         Double meanLevel) {
    }

    private static final Comparator<Evidence> PRECEDENCE = Comparator
            .comparing(Evidence::observedAt).reversed()
            .thenComparingInt(e -> e.source().directness)
            .thenComparingInt(Evidence::level);

    private final Set<Integer> proficientLevels;

    /** @param proficientLevels the levels of the framework version's scale that count as proficient */
    public ProficiencyPolicy(Collection<Integer> proficientLevels) {
        if (proficientLevels == null || proficientLevels.isEmpty()) {
            throw new IllegalArgumentException("A rating scale needs at least one proficient level");
        }
        this.proficientLevels = Set.copyOf(proficientLevels);
    }

    /** The value for one competency, or empty when there is no evidence at all. */
    public Optional<Value> valueOf(String competency, Collection<Evidence> evidence) {
        Set<String> superseded = new java.util.HashSet<>();
        evidence.stream().map(Evidence::supersedes).filter(java.util.Objects::nonNull).forEach(superseded::add);
        List<Evidence> forCompetency = evidence.stream().filter(e -> e.competency().equals(competency))
                .filter(e -> e.id() == null || !superseded.contains(e.id())).toList();
        if (forCompetency.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> assessed = forCompetency.stream().filter(e -> !e.source().isSelf()).sorted(PRECEDENCE).toList();
        if (!assessed.isEmpty()) {
            Evidence basis = assessed.get(0);
            return Optional.of(new Value(competency, basis.level(), proficientLevels.contains(basis.level()), false,
                    basis, forCompetency.size()));
        }
        Evidence latestSelf = forCompetency.stream().sorted(PRECEDENCE).findFirst().orElseThrow();
        return Optional.of(new Value(competency, latestSelf.level(), false, true, latestSelf, forCompetency.size()));
    }

    /** Values for every competency that has evidence, keyed by competency code (in evidence order). */
    public Map<String, Value> profile(Collection<Evidence> evidence) {
        Map<String, Value> profile = new LinkedHashMap<>();
        evidence.stream().map(Evidence::competency).distinct()
                .forEach(code -> valueOf(code, evidence).ifPresent(v -> profile.put(code, v)));
        return profile;
    }

    /**
     * Roll-ups of a profile per group (a framework function, or the whole framework) over the
     * competencies a programme selected: unrated competencies count in the denominator as not proficient.
     */
    public List<RollUp> rollUp(Map<String, Value> profile, Map<String, List<String>> competenciesByGroup) {
        List<RollUp> rollUps = new ArrayList<>();
        competenciesByGroup.forEach((group, codes) -> {
            List<Value> rated = codes.stream().map(profile::get).filter(v -> v != null && !v.selfAssessedOnly()).toList();
            int proficient = (int) rated.stream().filter(Value::proficient).count();
            Double mean = rated.isEmpty() ? null : rated.stream().mapToInt(Value::level).average().orElseThrow();
            rollUps.add(new RollUp(group, codes.size(), rated.size(), proficient,
                    codes.isEmpty() ? 0 : (double) proficient / codes.size(), mean));
        });
        return rollUps;
    }

    /** All groups together: the framework-level roll-up. */
    public RollUp overall(Map<String, Value> profile, Map<String, List<String>> competenciesByGroup) {
        List<String> all = competenciesByGroup.values().stream().flatMap(List::stream).distinct().toList();
        return rollUp(profile, Map.of("*", all)).get(0);
    }
}
