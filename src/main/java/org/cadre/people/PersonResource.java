package org.cadre.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.security.AccessLog;
import org.cadre.security.AccessPolicy;
import org.cadre.security.Roles;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Persons: admins all; programme managers and master trainers those of their countries (master trainers
 * register the trainees they enrol). Admins set trainer/mentor profiles and Keycloak links.
 */
@Path("/api/v1/persons")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    public record ProfileView(String kind, String level, Set<String> frameworks) {
    }

    public record PersonView(UUID id, String givenName, String familyName, String name, String cadre, String country,
                             UUID organisationId, String organisationName, UUID regionId, String email, String phone,
                             String username, List<ProfileView> profiles) {
    }

    public record NewPerson(@NotBlank @Size(max = 200) String givenName, @NotBlank @Size(max = 200) String familyName,
                            String cadre, @NotBlank String country, UUID organisationId, UUID regionId,
                            @Email @Size(max = 320) String email, @Size(max = 40) String phone) {
    }

    public record ProfileRequest(@NotBlank String level, Set<@Size(max = 40) String> frameworks) {
    }

    public record AccountLink(@Size(max = 255) String username, @Size(max = 255) String subject) {
    }

    @Inject
    AccessPolicy policy;

    @Inject
    PeopleService people;

    @Inject
    AccessLog accessLog;

    /** Search by name, accents ignored ("Nguyen" finds "Nguyễn"). */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public List<PersonView> search(@QueryParam("q") String q) {
        return people.searchPersons(q).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.MASTER_TRAINER})
    public PersonView get(@PathParam("id") UUID id) {
        PersonView view = view(people.visiblePerson(id));
        accessLog.record(AccessLog.Action.READ, "person", id, null);
        return view;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MASTER_TRAINER})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewPerson r) {
        Person p = people.createPerson(new PeopleService.PersonData(r.givenName(), r.familyName(), r.cadre(),
                r.country(), r.organisationId(), r.regionId(), r.email(), r.phone()));
        return Response.created(URI.create("/api/v1/persons/" + p.id)).entity(view(p)).build();
    }

    /** Sets the {@code trainer} or {@code mentor} profile: level and frameworks. */
    @PUT
    @Path("{id}/profiles/{kind}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonView setProfile(@PathParam("id") UUID id, @PathParam("kind") String kind,
                                 @Valid @NotNull ProfileRequest r) {
        people.setProfile(id, kind, r.level(), r.frameworks());
        return view(people.visiblePerson(id));
    }

    /** Links the person to the Keycloak user they sign in as. */
    @PUT
    @Path("{id}/account")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonView linkAccount(@PathParam("id") UUID id, @Valid @NotNull AccountLink r) {
        return view(people.linkAccount(id, r.username(), r.subject()));
    }

    private PersonView view(Person p) {
        List<ProfileView> profiles = people.profilesOf(p.id).stream()
                .map(pr -> new ProfileView(pr.kind, pr.level, Set.copyOf(pr.frameworks))).toList();
        boolean contacts = policy.seesContactDetails();
        return new PersonView(p.id, p.givenName, p.familyName, p.fullName(), p.cadre, p.countryCode, p.organisationId,
                people.organisationName(p.organisationId), p.regionId, contacts ? p.email : null, contacts ? p.phone : null,
                policy.seesAccountLinks() ? p.keycloakUsername : null, profiles);
    }
}
