package org.cadre.security;

import io.quarkus.test.junit.QuarkusTest;
import org.cadre.testsupport.App;
import org.cadre.testsupport.Browser;
import org.cadre.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser session and CSRF cookies cannot be read by scripts, travel on same-site requests only, and are Secure in production. */
@QuarkusTest
class SessionCookieTest {

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() {
        Browser browser = new Browser("en").signIn(App.url(""), "mt.benin", Tokens.PASSWORD);
        List<String> session = browser.setCookieHeaders().stream().filter(h -> h.startsWith("q_session")).toList();
        assertFalse(session.isEmpty(), "signing in sets the session cookie");
        for (String header : session) {
            String lower = header.toLowerCase(Locale.ROOT);
            assertTrue(lower.contains("httponly"), header);
            assertTrue(lower.contains("samesite=lax"), header);
        }
    }

    @Test
    void productionForcesSecureCookies() throws Exception {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            config.load(in);
        }
        assertEquals("true", config.getProperty("%prod.quarkus.oidc.authentication.cookie-force-secure"));
        assertEquals("true", config.getProperty("%prod.quarkus.rest-csrf.cookie-force-secure"));
        assertEquals("true", config.getProperty("quarkus.rest-csrf.cookie-http-only"));
    }
}
