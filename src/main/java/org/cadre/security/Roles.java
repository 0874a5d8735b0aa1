package org.cadre.security;

import java.util.List;

/** The Keycloak realm roles Cadre knows. Names match {@code keycloak-realm/cadre-realm.json}. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String PROGRAMME_MANAGER = "programme-manager";
    public static final String MASTER_TRAINER = "master-trainer";
    public static final String MENTOR = "mentor";
    public static final String TRAINEE = "trainee";

    /** In the order pages list them. */
    public static final List<String> ALL = List.of(ADMIN, PROGRAMME_MANAGER, MASTER_TRAINER, MENTOR, TRAINEE);

    private Roles() {
    }
}
