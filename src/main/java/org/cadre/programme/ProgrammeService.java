package org.cadre.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cadre.framework.FrameworkCatalog;
import org.cadre.geo.Countries;
import org.cadre.security.AccessPolicy;
import org.cadre.web.ApiProblem;
import org.cadre.web.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Programmes: admins create and edit them; programme managers read those run in their countries (others
 * answer 404); master trainers, mentors and trainees read them. A programme adopts one PUBLISHED
 * framework version and selects competencies of that version only.
 */
@ApplicationScoped
@Transactional
public class ProgrammeService {

    /** A programme as the API and other features see it. */
    public record ProgrammeView(UUID id, String name, List<String> countries, UUID frameworkVersionId,
                                String framework, String frameworkVersion, List<String> competencies) {
    }

    @Inject
    ProgrammeRepository programmes;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    AccessPolicy policy;

    public List<ProgrammeView> visible() {
        List<Programme> list = policy.seesAllProgrammes() ? programmes.allByName() : programmes.inCountries(policy.managedCountries());
        return list.stream().map(this::view).toList();
    }

    /** The programme if the caller may see it; otherwise 404. */
    public ProgrammeView get(UUID id) {
        return view(visibleProgramme(id));
    }

    ProgrammeView create(String name, Set<String> countries, String framework, String version, List<String> competencyCodes) {
        String cleanName = name.strip();
        if (programmes.nameTaken(cleanName)) {
            throw ApiProblem.conflict("A programme named " + cleanName + " already exists");
        }
        FrameworkCatalog.VersionRef ref = adoptable(framework, version);
        Programme p = new Programme();
        p.id = UUID.randomUUID();
        p.name = cleanName;
        p.countries = countryCodes(countries);
        p.frameworkVersionId = ref.id();
        p.competencyIds = selection(ref, competencyCodes);
        p.createdAt = Instant.now();
        programmes.persist(p);
        return view(p);
    }

    ProgrammeView update(UUID id, String name, Set<String> countries, List<String> competencyCodes) {
        Programme p = programmes.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Programme " + id));
        String cleanName = name.strip();
        if (!cleanName.equalsIgnoreCase(p.name) && programmes.nameTaken(cleanName)) {
            throw ApiProblem.conflict("A programme named " + cleanName + " already exists");
        }
        FrameworkCatalog.VersionRef ref = catalog.version(p.frameworkVersionId).orElseThrow();
        p.name = cleanName;
        p.countries.clear();
        p.countries.addAll(countryCodes(countries));
        p.competencyIds.clear();
        p.competencyIds.addAll(selection(ref, competencyCodes));
        return view(p);
    }

    private Programme visibleProgramme(UUID id) {
        Programme p = programmes.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("Programme " + id));
        if (!policy.maySeeProgramme(p.countries)) {
            throw ApiProblem.notFound("Programme " + id);
        }
        return p;
    }

    private FrameworkCatalog.VersionRef adoptable(String framework, String version) {
        FrameworkCatalog.VersionRef ref = catalog.version(framework, version)
                .orElseThrow(() -> ApiProblem.invalid("frameworkVersion", "framework " + framework + " has no version " + version));
        if (!ref.adoptable()) {
            throw ApiProblem.invalid("frameworkVersion", "framework " + ref.code() + " version " + ref.version() + " is "
                    + ref.status() + "; only a published version can be adopted");
        }
        return ref;
    }

    /** The selected competencies; none given means all of the version. Codes must belong to the version. */
    private Set<UUID> selection(FrameworkCatalog.VersionRef ref, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            Set<UUID> all = new LinkedHashSet<>();
            catalog.competencies(ref.id()).forEach(c -> all.add(c.id()));
            return all;
        }
        Set<String> wanted = new LinkedHashSet<>();
        codes.forEach(c -> wanted.add(c.strip().toUpperCase(Locale.ROOT)));
        List<FrameworkCatalog.CompetencyRef> found = catalog.competencies(ref.id(), wanted);
        Set<String> foundCodes = new TreeSet<>();
        found.forEach(c -> foundCodes.add(c.code()));
        List<Problem.FieldError> errors = new ArrayList<>();
        int i = 0;
        for (String code : codes) {
            if (!foundCodes.contains(code.strip().toUpperCase(Locale.ROOT))) {
                errors.add(new Problem.FieldError("competencies[" + i + "]",
                        code + " is not a competency of " + ref.code() + " " + ref.version()));
            }
            i++;
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The selection contains competencies that are not in the adopted framework version", errors);
        }
        Set<UUID> ids = new LinkedHashSet<>();
        found.forEach(c -> ids.add(c.id()));
        return ids;
    }

    private static Set<String> countryCodes(Set<String> countries) {
        Set<String> codes = new TreeSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String c : countries) {
            String code = c == null ? "" : c.strip().toUpperCase(Locale.ROOT);
            if (!Countries.isKnown(code)) {
                errors.add(new Problem.FieldError("countries", "'" + c + "' is not an ISO 3166-1 country code"));
            }
            codes.add(code);
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("Unknown country", errors);
        }
        return codes;
    }

    private ProgrammeView view(Programme p) {
        FrameworkCatalog.VersionRef ref = catalog.version(p.frameworkVersionId).orElseThrow();
        List<String> codes = catalog.competencies(p.frameworkVersionId).stream()
                .filter(c -> p.competencyIds.contains(c.id())).map(FrameworkCatalog.CompetencyRef::code).toList();
        return new ProgrammeView(p.id, p.name, List.copyOf(new TreeSet<>(p.countries)), p.frameworkVersionId, ref.code(), ref.version(), codes);
    }
}
