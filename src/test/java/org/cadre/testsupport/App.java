package org.cadre.testsupport;

import org.eclipse.microprofile.config.ConfigProvider;

/** Where the application under test listens. */
public final class App {

    private App() {
    }

    public static int port() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
    }

    public static String url(String path) {
        return "http://localhost:" + port() + path;
    }
}
