package org.cadre.security;

import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Set;
import java.util.TreeSet;

/**
 * The HTTP routes the running application serves besides its JAX-RS resources (health, metrics,
 * OpenAPI, static files...), read from the Vert.x router itself so that none can be forgotten.
 */
@ApplicationScoped
public class HttpRoutes {

    private static volatile Router router;

    void capture(@Observes Router r) {
        router = r;
    }

    /**
     * The paths of the router's routes, sub-routers included (the {@code /q/} endpoints are mounted on
     * one), as {@code "VERBS /path"}; handlers that see every request (security, the JAX-RS dispatcher,
     * static files) have no path and are left out.
     */
    static Set<String> paths() {
        Set<String> paths = new TreeSet<>();
        collect(router, "", paths);
        return paths;
    }

    private static void collect(Router r, String prefix, Set<String> paths) {
        for (Route route : r.getRoutes()) {
            String path = route.getPath();
            if (path == null) {
                continue;
            }
            String full = (prefix + path).replaceAll("/+", "/");
            if (route.getSubRouter() != null) {
                collect(route.getSubRouter(), full, paths);
            } else {
                String verbs = route.methods() == null ? "*" : route.methods().stream().map(Object::toString)
                        .sorted().reduce((x, y) -> x + "," + y).orElse("*");
                paths.add(verbs + " " + full);
            }
        }
    }
}
