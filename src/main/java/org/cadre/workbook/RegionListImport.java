package org.cadre.workbook;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cadre.geo.Countries;
import org.cadre.geo.Region;
import org.cadre.geo.RegionRepository;
import org.cadre.security.AccessPolicy;
import org.cadre.web.ApiProblem;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Admins load the provinces, counties or raions of a country from a workbook (columns country, name,
 * kind). An existing region (same country and name, ignoring case) is unchanged, or updated when its
 * kind differs. The optional scope is a country code: then every row must be of that country.
 */
@ApplicationScoped
class RegionListImport implements ImportKind<RegionListImport.Row> {

    record Row(String country, String name, String kind) {
    }

    private static final List<Column> COLUMNS = List.of(
            Column.required("country", "Country", "Pays", "Țara", "Quốc gia", "País"),
            Column.required("name", "Region", "Name", "Région", "Nom", "Regiune", "Denumire", "Tỉnh", "Región", "Nombre"),
            Column.optional("kind", "Kind", "Type", "Tip", "Loại", "Tipo"));

    @Inject
    RegionRepository regions;

    @Inject
    AccessPolicy policy;

    @Override
    public String name() {
        return "regions";
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Class<Row> rowType() {
        return Row.class;
    }

    @Override
    public void authorise(String scope) {
        if (!policy.seesEverything()) { // regions are reference data: admins keep them
            throw new ForbiddenException();
        }
        if (scope != null && !Countries.isKnown(scope.toUpperCase(Locale.ROOT))) {
            throw ApiProblem.notFound("Country " + scope);
        }
    }

    @Override
    public Row parse(ReadRow row) {
        String country = row.requiredText("country", 2);
        String name = row.requiredText("name", 200);
        String kind = row.text("kind");
        if (country != null && !Countries.isKnown(country.toUpperCase(Locale.ROOT))) {
            row.error("country", ImportMessages.current().err_country_code());
        }
        if (kind != null && !kind.toLowerCase(Locale.ROOT).matches("[a-z-]{2,40}")) {
            row.error("kind", ImportMessages.current().err_region_kind());
        }
        if (!row.errors().isEmpty()) {
            return null;
        }
        return new Row(country.toUpperCase(Locale.ROOT), name, kind == null ? "region" : kind.toLowerCase(Locale.ROOT));
    }

    @Override
    public String identity(Row row) {
        return row.country() + "/" + row.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Plan plan(String scope, Row row) {
        String label = row.name() + " (" + row.country() + ")";
        if (scope != null && !scope.equalsIgnoreCase(row.country())) {
            return Plan.error(label, "country", ImportMessages.current().err_region_country(scope.toUpperCase(Locale.ROOT)));
        }
        return existing(row).map(r -> r.kind.equals(row.kind()) ? Plan.unchanged(label) : Plan.update(label))
                .orElse(Plan.create(label));
    }

    @Override
    public void apply(String scope, Row row) {
        Optional<Region> existing = existing(row);
        if (existing.isPresent()) {
            existing.get().kind = row.kind();
            return;
        }
        Region region = new Region();
        region.id = UUID.randomUUID();
        region.countryCode = row.country();
        region.name = row.name();
        region.kind = row.kind();
        region.createdAt = Instant.now();
        regions.persist(region);
    }

    private Optional<Region> existing(Row row) {
        return regions.ofCountry(row.country()).stream()
                .filter(r -> r.name.equalsIgnoreCase(row.name())).findFirst();
    }
}
