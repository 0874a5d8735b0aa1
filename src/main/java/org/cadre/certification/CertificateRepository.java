package org.cadre.certification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

    Optional<Certificate> byCode(String code) {
        return find("verificationCode", code).firstResultOptional();
    }

    Optional<Certificate> first(UUID personId, UUID programmeId) {
        return find("personId = ?1 and programmeId = ?2 and generation = 1", personId, programmeId).firstResultOptional();
    }

    /** The latest certificate (highest generation) of a person in a programme. */
    Optional<Certificate> latest(UUID personId, UUID programmeId) {
        return find("personId = ?1 and programmeId = ?2 order by generation desc", personId, programmeId)
                .firstResultOptional();
    }

    List<Certificate> ofCohort(UUID cohortId) {
        return list("cohortId = ?1 order by number", cohortId);
    }

    List<Certificate> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 order by number", programmeId);
    }

    /**
     * The next sequence number for a country and year: one atomic upsert on the counter row, which
     * stays locked until the transaction ends, so concurrent issuers wait for each other and never
     * share a number (and a rolled-back issue gives its number back).
     */
    int nextSequence(String country, int year) {
        Object value = getEntityManager().createNativeQuery("""
                        insert into certificate_counter (country_code, year, last_value) values (?1, ?2, 1)
                        on conflict (country_code, year) do update set last_value = certificate_counter.last_value + 1
                        returning last_value""")
                .setParameter(1, country).setParameter(2, year).getSingleResult();
        return ((Number) value).intValue();
    }
}
