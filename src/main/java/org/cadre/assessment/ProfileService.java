package org.cadre.assessment;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cadre.framework.Competency;
import org.cadre.framework.CompetencyRepository;
import org.cadre.framework.FrameworkVersion;
import org.cadre.security.AccessLog;
import org.cadre.web.ApiProblem;
import org.cadre.web.Locales;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a person's competency profile from their ratings with {@link ProficiencyPolicy}: the value
 * of each competency of their programme(s), why it is that value, roll-ups per function and for the
 * framework, and the full history of evidence.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

    @Inject
    EntityManager em;

    @Inject
    RatingRepository ratings;

    @Inject
    CompetencyRepository competencies;

    @Inject
    PersonDirectory people;

    @Inject
    EvidenceScope scope;

    @Inject
    AccessLog accessLog;

    @Inject
    Locales locales;

    /** The profile for a framework version (null: the person's first programme's version). */
    public Profile profile(UUID personId, UUID versionId) {
        PersonDirectory.PersonSummary person = people.find(personId).filter(p -> scope.canSee(p.id()))
                .orElseThrow(() -> ApiProblem.notFound("Person " + personId));
        accessLog.record(AccessLog.Action.READ, "person", personId, "competency profile");
        Locale locale = locales.current();
        List<PersonDirectory.Enrolled> enrolments = people.enrolments(personId);
        Set<UUID> versionIds = new LinkedHashSet<>();
        enrolments.forEach(e -> versionIds.add(e.frameworkVersionId()));
        List<Profile.Choice> choices = versionIds.stream()
                .map(id -> new Profile.Choice(id, text(em.find(FrameworkVersion.class, id).title, locale))).toList();
        UUID chosen = versionId != null ? versionId : versionIds.stream().findFirst().orElse(null);
        if (chosen == null) {
            return new Profile(person, null, null, choices, List.of(), List.of(), List.of(), null, List.of());
        }
        if (!versionIds.contains(chosen)) {
            throw ApiProblem.notFound("Framework version " + chosen + " for this person");
        }
        FrameworkVersion version = em.find(FrameworkVersion.class, chosen);
        List<Profile.Step> scale = version.scale.stream()
                .map(s -> new Profile.Step(s.position, s.code, text(s.label, locale), s.proficient)).toList();
        Map<Integer, String> labels = new LinkedHashMap<>();
        scale.forEach(s -> labels.put(s.position(), s.label()));
        ProficiencyPolicy policy = new ProficiencyPolicy(version.scale.stream().filter(s -> s.proficient)
                .map(s -> s.position).toList());

        // Competencies in scope: the selections of the person's programmes of this version (all when one selected none).
        List<Competency> all = competencies.ofVersion(chosen);
        Set<UUID> inScope = new HashSet<>();
        boolean everything = false;
        for (PersonDirectory.Enrolled e : enrolments) {
            if (e.frameworkVersionId().equals(chosen)) {
                List<UUID> selection = people.selection(e.programmeId());
                everything |= selection.isEmpty();
                inScope.addAll(selection);
            }
        }
        List<Rating> evidence = ratings.ofPerson(personId, chosen);
        evidence.forEach(r -> inScope.add(r.competencyId));
        boolean allOfThem = everything;
        List<Competency> shown = all.stream().filter(c -> allOfThem || inScope.contains(c.id)).toList();
        Map<UUID, String> codeOf = new LinkedHashMap<>();
        all.forEach(c -> codeOf.put(c.id, c.code));

        List<ProficiencyPolicy.Evidence> policyEvidence = evidence.stream().map(r -> new ProficiencyPolicy.Evidence(
                codeOf.get(r.competencyId), r.level, ProficiencyPolicy.Source.valueOf(r.source.toUpperCase(Locale.ROOT)),
                r.raterUsername, r.observedAt, r.id.toString(), r.id.toString(),
                r.supersedesId == null ? null : r.supersedesId.toString())).toList();
        Map<String, ProficiencyPolicy.Value> values = policy.profile(policyEvidence);

        AssessmentMessages words = MessageBundles.get(AssessmentMessages.class, Localized.Literal.of(locale.toLanguageTag()));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<Profile.Row> rows = new ArrayList<>();
        Map<String, List<String>> byFunction = new LinkedHashMap<>();
        Map<String, String> functionTitles = new LinkedHashMap<>();
        for (Competency c : shown) {
            byFunction.computeIfAbsent(c.function.code, k -> new ArrayList<>()).add(c.code);
            functionTitles.put(c.function.code, text(c.function.title, locale));
            ProficiencyPolicy.Value v = values.get(c.code);
            if (v == null) {
                rows.add(new Profile.Row(c.id, c.code, text(c.statement, locale), c.function.code, null, null, false,
                        false, words.profile_notRated(), null, 0));
                continue;
            }
            String label = v.level() + " " + labels.getOrDefault(v.level(), "");
            String date = dates.format(v.basis().observedAt().atZone(ZoneOffset.UTC).toLocalDate());
            String why = v.selfAssessedOnly() ? words.explain_self(label.strip(), date)
                    : words.explain(label.strip(), sourceWord(words, v.basis().source()), date, v.basis().rater());
            rows.add(new Profile.Row(c.id, c.code, text(c.statement, locale), c.function.code, v.level(),
                    labels.get(v.level()), v.proficient(), v.selfAssessedOnly(), why,
                    UUID.fromString(v.basis().id()), v.evidenceCount()));
        }
        List<Profile.Group> groups = policy.rollUp(values, byFunction).stream()
                .map(r -> group(r, functionTitles.getOrDefault(r.group(), r.group()))).toList();
        Profile.Group overall = group(policy.overall(values, byFunction), text(version.title, locale));

        Set<UUID> superseded = new HashSet<>();
        evidence.forEach(r -> Optional.ofNullable(r.supersedesId).ifPresent(superseded::add));
        List<Profile.HistoryEntry> history = evidence.stream().map(r -> new Profile.HistoryEntry(r.id,
                codeOf.get(r.competencyId), r.level, r.source, r.sourceId, r.raterUsername, r.observedAt, r.recordedAt,
                r.supersedesId, superseded.contains(r.id), r.note)).toList();
        return new Profile(person, chosen, text(version.title, locale), choices, scale, rows, groups, overall, history);
    }

    /**
     * Whether the person is proficient in each competency of a framework version they have evidence for
     * (by competency code), by {@link ProficiencyPolicy}; no scope check: for features (certification)
     * that checked the caller's scope themselves.
     */
    public Map<String, Boolean> proficiencyByCode(UUID personId, UUID versionId) {
        FrameworkVersion version = em.find(FrameworkVersion.class, versionId);
        if (version == null || version.scale.stream().noneMatch(s -> s.proficient)) {
            return Map.of();
        }
        ProficiencyPolicy policy = new ProficiencyPolicy(version.scale.stream().filter(s -> s.proficient)
                .map(s -> s.position).toList());
        Map<UUID, String> codeOf = new LinkedHashMap<>();
        competencies.ofVersion(versionId).forEach(c -> codeOf.put(c.id, c.code));
        List<ProficiencyPolicy.Evidence> evidence = ratings.ofPerson(personId, versionId).stream()
                .map(r -> new ProficiencyPolicy.Evidence(codeOf.get(r.competencyId), r.level,
                        ProficiencyPolicy.Source.valueOf(r.source.toUpperCase(Locale.ROOT)), r.raterUsername,
                        r.observedAt, r.id.toString(), r.id.toString(),
                        r.supersedesId == null ? null : r.supersedesId.toString())).toList();
        Map<String, Boolean> result = new LinkedHashMap<>();
        policy.profile(evidence).forEach((code, v) -> result.put(code, v.proficient()));
        return result;
    }

    private static Profile.Group group(ProficiencyPolicy.RollUp r, String title) {
        return new Profile.Group(r.group(), title, r.competencies(), r.rated(), r.proficient(), r.shareProficient(),
                r.meanLevel());
    }

    static String sourceWord(AssessmentMessages words, ProficiencyPolicy.Source source) {
        return switch (source) {
            case VISIT -> words.source_visit();
            case PRACTICAL -> words.source_practical();
            case OBSERVATION -> words.source_observation();
            case SELF -> words.source_self();
            case IMPORT -> words.source_import();
        };
    }

    static String text(Map<String, String> texts, Locale locale) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        return texts.getOrDefault(locale.getLanguage(), texts.getOrDefault("en", texts.values().iterator().next()));
    }

    /** Ratings of a person (all versions) newest first, for the API. */
    public List<AssessmentApi.RatingView> ratingsOf(UUID personId) {
        if (people.find(personId).isEmpty() || !scope.canSee(personId)) {
            throw ApiProblem.notFound("Person " + personId);
        }
        accessLog.record(AccessLog.Action.READ, "person", personId, "ratings");
        return ratings.list("personId = ?1 order by observedAt desc, recordedAt desc", personId).stream()
                .map(AssessmentApi.RatingView::of).toList();
    }

}
