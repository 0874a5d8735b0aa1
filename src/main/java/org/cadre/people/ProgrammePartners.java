package org.cadre.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.cadre.programme.Programme;
import org.cadre.programme.ProgrammeRepository;
import org.cadre.security.AccessPolicy;
import org.cadre.web.ApiProblem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The partner organisations of a programme (table programme_partner). Admins set them; admins and the
 * programme managers of the programme's countries read them.
 */
@ApplicationScoped
@Transactional
public class ProgrammePartners {

    @Inject
    ProgrammeRepository programmes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    EntityManager em;

    @Inject
    AccessPolicy policy;

    Programme readable(UUID programmeId) {
        Programme p = programmes.findByIdOptional(programmeId)
                .orElseThrow(() -> ApiProblem.notFound("Programme " + programmeId));
        if (!policy.seesEverything() && p.countries.stream().noneMatch(policy::inMyCountries)) {
            throw ApiProblem.notFound("Programme " + programmeId);
        }
        return p;
    }

    public List<Organisation> of(UUID programmeId) {
        Programme p = readable(programmeId);
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select organisation_id from programme_partner where programme_id = :p",
                UUID.class).setParameter("p", p.id).getResultList();
        return ids.isEmpty() ? List.of() : organisations.list("id in ?1 order by name", ids);
    }

    /** Replaces the partners with the given organisations. */
    public List<Organisation> set(UUID programmeId, List<UUID> organisationIds) {
        Programme p = readable(programmeId);
        Set<UUID> ids = new LinkedHashSet<>(organisationIds);
        if (!ids.isEmpty() && organisations.count("id in ?1", ids) != ids.size()) {
            throw ApiProblem.invalid("organisationIds", "unknown organisation among the partners");
        }
        em.createNativeQuery("delete from programme_partner where programme_id = :p").setParameter("p", p.id)
                .executeUpdate();
        for (UUID id : ids) {
            em.createNativeQuery("insert into programme_partner (programme_id, organisation_id) values (:p, :o)")
                    .setParameter("p", p.id).setParameter("o", id).executeUpdate();
        }
        return of(programmeId);
    }
}
