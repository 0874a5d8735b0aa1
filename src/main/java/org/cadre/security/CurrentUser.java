package org.cadre.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling, as the rest of Cadre needs to know it: subject, display name, Cadre roles, and the
 * countries from the token's {@code countries} claim (ISO 3166-1 alpha-2). Available to templates as
 * {@code inject:currentUser}.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /** The stable OIDC subject ({@code sub}), or the principal name when a token has none. */
    public Optional<String> subject() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return Optional.of(jwt.getSubject());
        }
        return Optional.of(identity.getPrincipal().getName());
    }

    public String getUsername() {
        if (identity.isAnonymous()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null) {
                return preferred;
            }
        }
        return identity.getPrincipal().getName();
    }

    public String getName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String name = jwt.getClaim("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return getUsername();
    }

    /** Cadre's roles only (Keycloak adds technical ones such as offline_access), in a fixed order. */
    public List<String> getRoles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** Upper-case ISO codes from the token; empty when the claim is missing. */
    public Set<String> getCountries() {
        if (countries == null) {
            countries = java.util.Collections.unmodifiableSet(readCountries());
        }
        return countries;
    }

    /** Parsed once per request: scope checks ask for the countries many times. */
    private Set<String> countries;

    private Set<String> readCountries() {
        Set<String> countries = new TreeSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim("countries");
            if (claim instanceof Collection<?> values) {
                values.forEach(v -> addCountry(countries, v));
            } else if (claim instanceof jakarta.json.JsonArray array) {
                array.forEach(v -> addCountry(countries, v));
            } else if (claim != null) {
                addCountry(countries, claim);
            }
        }
        return countries;
    }

    private static void addCountry(Set<String> countries, Object value) {
        String code = value instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(value);
        code = code.replace("\"", "").trim().toUpperCase(Locale.ROOT);
        if (code.matches("[A-Z]{2}")) {
            countries.add(code);
        }
    }
}
