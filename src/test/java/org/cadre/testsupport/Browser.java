package org.cadre.testsupport;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for the authorization code flow: follows redirects by hand and keeps cookies per
 * host (java.net's CookieManager would drop cookies marked Secure on plain http://localhost).
 */
public final class Browser {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
    private final String language;
    private final List<String> setCookieHeaders = new java.util.ArrayList<>();

    public Browser(String language) {
        this.language = language;
    }

    public record Page(int status, URI uri, String body, HttpResponse<String> response) {
    }

    /** GET that follows up to 15 redirects. */
    public Page get(String url) {
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    public Page postForm(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return follow(send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** One request, redirects not followed: for checking the status a page answers. */
    public HttpResponse<String> raw(String method, String url, String formBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
        if (formBody == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(formBody));
        }
        return send(builder);
    }

    /** Signs in through the application's login page; fails if the home page is not reached. */
    public Browser signIn(String appUrl, String username, String password) {
        Page login = get(appUrl + "/login");
        Page home = submitLogin(login, username, password);
        if (home.status() != 200 || !home.body().contains("id=\"me\"")) {
            throw new AssertionError("Login of " + username + " failed: " + home.status() + " " + home.uri());
        }
        return this;
    }

    /** Signs in on Keycloak's login form shown by {@code loginPage}; returns the page after redirects. */
    public Page submitLogin(Page loginPage, String username, String password) {
        Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(loginPage.body());
        if (!action.find()) {
            action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"").matcher(loginPage.body());
            if (!action.find()) {
                throw new AssertionError("No Keycloak login form on " + loginPage.uri() + ":\n" + loginPage.body());
            }
        }
        String url = action.group(1).replace("&amp;", "&");
        return postForm(url, Map.of("username", username, "password", password, "credentialId", ""));
    }

    /** Every Set-Cookie header received so far, as sent (to check flags such as HttpOnly). */
    public List<String> setCookieHeaders() {
        return List.copyOf(setCookieHeaders);
    }

    public boolean hasCookieStartingWith(String host, String prefix) {
        return cookies.getOrDefault(host, Map.of()).keySet().stream().anyMatch(n -> n.startsWith(prefix));
    }

    private Page follow(HttpResponse<String> response) {
        for (int i = 0; i < 15 && response.statusCode() / 100 == 3; i++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            URI next = response.uri().resolve(location);
            response = send(HttpRequest.newBuilder(next).GET());
        }
        return new Page(response.statusCode(), response.uri(), response.body(), response);
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest probe = builder.build();
        String host = probe.uri().getHost() + ":" + probe.uri().getPort();
        Map<String, String> jar = cookies.getOrDefault(host, Map.of());
        if (!jar.isEmpty()) {
            builder.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        builder.header("Accept-Language", language).header("Accept", "text/html").timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            List<String> setCookies = response.headers().allValues("Set-Cookie");
            setCookieHeaders.addAll(setCookies);
            Map<String, String> store = cookies.computeIfAbsent(host, h -> new LinkedHashMap<>());
            for (String header : setCookies) {
                for (HttpCookie c : HttpCookie.parse(header)) {
                    if (c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                        store.remove(c.getName());
                    } else {
                        store.put(c.getName(), c.getValue());
                    }
                }
            }
            return response;
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + probe.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
