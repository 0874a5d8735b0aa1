package org.cadre.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The expected answer of every route for every kind of caller, in and out of scope. Each route the
 * application exposes must have an entry here (AuthorizationMatrixTest fails otherwise), so a new
 * endpoint cannot ship without someone deciding who may call it.
 */
final class AccessRules {

    /** Who calls: a demo user of the realm (one per role) or nobody. */
    enum Caller {
        ANONYMOUS(null), ADMIN("admin"), PROGRAMME_MANAGER("pm.vietnam"), MASTER_TRAINER("mt.benin"),
        MENTOR("mentor.moldova"), TRAINEE("trainee.benin");

        final String username;

        Caller(String username) {
            this.username = username;
        }

        static final List<Caller> SIGNED_IN = List.of(ADMIN, PROGRAMME_MANAGER, MASTER_TRAINER, MENTOR, TRAINEE);
    }

    /** A concrete request for a route: path with its parameters filled, and a body for writes. */
    record Call(String method, String path, String contentType, Supplier<String> body) {
        Call withMethod(String verb) {
            return new Call(verb, path, contentType, body);
        }

        static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        static Call json(String method, String path, Supplier<String> body) {
            return new Call(method, path, "application/json", body);
        }

        static Call form(String method, String path, Supplier<String> body) {
            return new Call(method, path, "application/x-www-form-urlencoded", body);
        }
    }

    /** One call made by one caller, and the status it must get. */
    record Expectation(String label, Call call, Caller caller, int status) {
    }

    static final class Route {
        final String key;
        final boolean page;
        final List<Expectation> expectations = new ArrayList<>();
        private final Map<Caller, Integer> byCaller = new EnumMap<>(Caller.class);
        private Call call;
        /** Calls it with a browser of its own (logging out would end the session the other checks share). */
        boolean ownSession;

        Route(String key, boolean page) {
            this.key = key;
            this.page = page;
        }

        /** The in-scope call every caller makes. */
        Route call(Call call) {
            this.call = call;
            return this;
        }

        Route expect(int status, Caller... callers) {
            for (Caller c : callers) {
                byCaller.put(c, status);
            }
            return this;
        }

        Route expect(int status, List<Caller> callers) {
            return expect(status, callers.toArray(Caller[]::new));
        }

        /** A call on a record outside the caller's scope (another country, cohort, mentee …). */
        Route outOfScope(String label, Call outside, Caller caller, int status) {
            expectations.add(new Expectation("out of scope: " + label, outside, caller, status));
            return this;
        }

        List<Expectation> all() {
            List<Expectation> result = new ArrayList<>();
            for (Caller c : Caller.values()) {
                Integer status = byCaller.get(c);
                if (status == null) {
                    throw new IllegalStateException(key + " has no expectation for " + c);
                }
                result.add(new Expectation("in scope", call, c, status));
            }
            result.addAll(expectations);
            return result;
        }
    }

    private final Map<String, Route> routes = new LinkedHashMap<>();

    /** An API route: {@code "GET /api/v1/countries/{code}/regions"} exactly as declared. */
    Route api(String key) {
        return routes.computeIfAbsent(key, k -> new Route(k, false));
    }

    /** A page (cookie session, redirects to login when anonymous). */
    Route page(String key) {
        return routes.computeIfAbsent(key, k -> new Route(k, true));
    }

    /** A route served outside JAX-RS: {@code "ROUTE /q/health"}, {@code "OIDC /logout"}, {@code "STATIC /static/x"}. */
    Route other(String key, boolean page) {
        return routes.computeIfAbsent(key, k -> new Route(k, page));
    }

    Map<String, Route> routes() {
        return routes;
    }

    static String unique(String prefix) {
        return prefix + " " + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** Every rule, feature by feature. Add yours next to the feature's neighbours. */
    static AccessRules all() {
        AccessRules r = new AccessRules();
        List<Caller> signedIn = Caller.SIGNED_IN;
        List<Caller> notAdmin = List.of(Caller.PROGRAMME_MANAGER, Caller.MASTER_TRAINER, Caller.MENTOR, Caller.TRAINEE);

        // ── web ──
        r.page("GET /").call(Call.get("/")).expect(200, Caller.values());
        r.page("GET /login").call(Call.get("/login")).expect(302, Caller.ANONYMOUS).expect(303, signedIn);
        r.page("POST /lang").call(Call.form("POST", "/lang", () -> "lang=fr&back=/"))
                .expect(400, Caller.values()); // no CSRF token: refused for everyone

        // ── routes outside JAX-RS (issue 9): the Vert.x router's own, the OIDC logout path, static files ──
        r.other("ROUTE /", true).call(Call.get("/")).expect(200, Caller.values());
        for (String health : List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/health/started",
                "/q/health/well", "/q/health/group", "/q/health/group/")) {
            r.other("ROUTE " + health, false).call(Call.get(health)).expect(200, Caller.values());
        }
        for (String ops : List.of("/q/metrics", "/q/metrics/", "/q/openapi", "/q/openapi.json", "/q/openapi.yaml",
                "/q/openapi.yml")) {
            r.other("ROUTE " + ops, false).call(Call.get(ops))
                    .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);
        }
        for (String ui : List.of("/q/health-ui", "/q/swagger-ui")) {
            r.other("ROUTE " + ui, true).call(Call.get(ui + "/"))
                    .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);
        }
        Route logout = r.other("OIDC /logout", true).call(Call.get("/logout"))
                .expect(302, Caller.values()); // anonymous: to the login; signed in: to Keycloak's end-session
        logout.ownSession = true;
        for (String file : List.of("/static/cadre.css", "/static/favicon.svg")) {
            r.other("STATIC " + file, true).call(Call.get(file)).expect(200, Caller.values());
        }

        // ── security ──
        r.api("GET /api/v1/me").call(Call.get("/api/v1/me")).expect(401, Caller.ANONYMOUS).expect(200, signedIn);
        r.api("GET /api/v1/admin/access-log").call(Call.get("/api/v1/admin/access-log"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);
        r.page("GET /admin/access-log").call(Call.get("/admin/access-log"))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);

        // ── geo ──
        r.api("GET /api/v1/countries").call(Call.get("/api/v1/countries"))
                .expect(401, Caller.ANONYMOUS).expect(200, signedIn);
        r.api("GET /api/v1/countries/{code}/regions").call(Call.get("/api/v1/countries/BJ/regions"))
                .expect(401, Caller.ANONYMOUS).expect(200, signedIn);
        r.api("POST /api/v1/countries/{code}/regions")
                .call(Call.json("POST", "/api/v1/countries/BJ/regions",
                        () -> "{\"name\":\"" + unique("Matrix") + "\",\"kind\":\"department\"}"))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN).expect(403, notAdmin);

        // ── framework ── (a framework of the matrix's own for the writes; PSW for the reads)
        FrameworkMatrixData fw = FrameworkMatrixData.get();
        String fwBase = "/api/v1/frameworks/" + fw.code;
        for (String[] read : List.of(new String[]{"", "/api/v1/frameworks"}, new String[]{"/{code}", "/api/v1/frameworks/PSW"},
                new String[]{"/{code}/versions", "/api/v1/frameworks/PSW/versions"},
                new String[]{"/{code}/versions/{version}", "/api/v1/frameworks/PSW/versions/1.0"},
                new String[]{"/{code}/versions/{version}/case", "/api/v1/frameworks/PSW/versions/1.0/case"},
                new String[]{"/{code}/diff", "/api/v1/frameworks/PSW/diff?from=1.0&to=1.0"})) {
            r.api("GET /api/v1/frameworks" + read[0]).call(Call.get(read[1]))
                    .expect(401, Caller.ANONYMOUS).expect(200, signedIn);
        }
        r.api("GET /api/v1/frameworks/load-report").call(Call.get("/api/v1/frameworks/load-report"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);
        r.api("POST /api/v1/frameworks").call(Call.json("POST", "/api/v1/frameworks", FrameworkMatrixData::newDraftBody))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN).expect(403, notAdmin);
        r.api("POST /api/v1/frameworks/case").call(Call.json("POST", "/api/v1/frameworks/case", FrameworkMatrixData::pswPackage))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);
        r.api("POST /api/v1/frameworks/{code}/versions").call(Call.json("POST", fwBase + "/versions", fw::copyBody))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN).expect(403, notAdmin);
        r.api("PUT /api/v1/frameworks/{code}/versions/{version}")
                .call(Call.json("PUT", fwBase + "/versions/1.1", () -> fw.draftBody("1.1")))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);
        r.api("POST /api/v1/frameworks/{code}/versions/{version}/publish")
                .call(Call.json("POST", fwBase + "/versions/1.2/publish", () -> ""))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);
        r.api("POST /api/v1/frameworks/{code}/versions/{version}/retire")
                .call(Call.json("POST", fwBase + "/versions/1.0/retire", () -> ""))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);
        r.api("DELETE /api/v1/frameworks/{code}/versions/{version}")
                .call(new Call("DELETE", fwBase + "/versions/1.3", null, null))
                .expect(401, Caller.ANONYMOUS).expect(204, Caller.ADMIN).expect(403, notAdmin);
        r.page("GET /frameworks").call(Call.get("/frameworks")).expect(302, Caller.ANONYMOUS).expect(200, signedIn);
        r.page("GET /frameworks/{code}/{version}").call(Call.get("/frameworks/PSW/1.0?q=plan"))
                .expect(302, Caller.ANONYMOUS).expect(200, signedIn);

        // ── people ──
        CohortData d = CohortData.get();
        List<Caller> cohortRoles = List.of(Caller.ADMIN, Caller.PROGRAMME_MANAGER, Caller.MASTER_TRAINER);
        List<Caller> noCohorts = List.of(Caller.MENTOR, Caller.TRAINEE);
        r.api("GET /api/v1/organisations").call(Call.get("/api/v1/organisations?q=a"))
                .expect(401, Caller.ANONYMOUS).expect(200, signedIn);
        r.api("POST /api/v1/organisations")
                .call(Call.json("POST", "/api/v1/organisations",
                        () -> "{\"name\":\"" + unique("Matrix org") + "\",\"kind\":\"ngo\",\"country\":\"BJ\"}"))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN).expect(403, notAdmin);
        r.api("GET /api/v1/persons").call(Call.get("/api/v1/persons?q=matrix"))
                .expect(401, Caller.ANONYMOUS).expect(200, cohortRoles).expect(403, noCohorts);
        r.api("GET /api/v1/persons/{id}").call(Call.get("/api/v1/persons/" + d.trainee))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                .outOfScope("person of Vietnam", Call.get("/api/v1/persons/" + d.vnPerson), Caller.MASTER_TRAINER, 404);
        r.api("POST /api/v1/persons")
                .call(Call.json("POST", "/api/v1/persons", () -> "{\"givenName\":\"Matrix\",\"familyName\":\""
                        + unique("Person") + "\",\"country\":\"BJ\"}"))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(403, Caller.PROGRAMME_MANAGER, Caller.MENTOR, Caller.TRAINEE);
        r.api("PUT /api/v1/persons/{id}/profiles/{kind}")
                .call(Call.json("PUT", "/api/v1/persons/" + d.otherTrainer + "/profiles/trainer",
                        () -> "{\"level\":\"national\",\"frameworks\":[\"PSW\"]}"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);
        r.api("PUT /api/v1/persons/{id}/account")
                .call(Call.json("PUT", "/api/v1/persons/" + d.otherTrainer + "/account",
                        () -> "{\"username\":\"" + unique("matrix").replace(' ', '.') + "\"}"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);
        r.api("GET /api/v1/regions").call(Call.get("/api/v1/regions?q=a"))
                .expect(401, Caller.ANONYMOUS).expect(200, signedIn);
        r.api("GET /api/v1/programmes/{id}/partners").call(Call.get("/api/v1/programmes/" + d.vnProgramme + "/partners"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.PROGRAMME_MANAGER)
                .expect(403, Caller.MASTER_TRAINER, Caller.MENTOR, Caller.TRAINEE);
        r.api("PUT /api/v1/programmes/{id}/partners")
                .call(Call.json("PUT", "/api/v1/programmes/" + d.vnProgramme + "/partners", () -> "{\"organisationIds\":[]}"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);

        // ── programme ── (pm.vietnam reads Vietnam's programmes only; other roles read all)
        r.api("GET /api/v1/programmes").call(Call.get("/api/v1/programmes"))
                .expect(401, Caller.ANONYMOUS).expect(200, signedIn);
        r.api("GET /api/v1/programmes/{id}").call(Call.get("/api/v1/programmes/" + d.vnProgramme))
                .expect(401, Caller.ANONYMOUS).expect(200, signedIn)
                .outOfScope("programme of Benin", Call.get("/api/v1/programmes/" + d.programme), Caller.PROGRAMME_MANAGER, 404);
        r.api("POST /api/v1/programmes")
                .call(Call.json("POST", "/api/v1/programmes", () -> "{\"name\":\"" + unique("Matrix programme")
                        + "\",\"countries\":[\"BJ\"],\"framework\":\"PSW\",\"frameworkVersion\":\"1.0\",\"competencies\":[\"PSW-1.1\"]}"))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN).expect(403, notAdmin);
        r.api("PUT /api/v1/programmes/{id}")
                .call(Call.json("PUT", "/api/v1/programmes/" + fw.programme,
                        () -> "{\"name\":\"" + unique("Matrix programme") + "\",\"countries\":[\"VN\"]}"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);

        // ── cohort ── (mt.benin trains d.cohort in Benin; pm.vietnam reads Vietnam only)
        String cohort = "/api/v1/cohorts/" + d.cohort;
        String vnCohort = "/api/v1/cohorts/" + d.vnCohort;
        r.api("GET /api/v1/cohorts").call(Call.get("/api/v1/cohorts"))
                .expect(401, Caller.ANONYMOUS).expect(200, cohortRoles).expect(403, noCohorts);
        r.api("POST /api/v1/cohorts")
                .call(Call.json("POST", "/api/v1/cohorts", () -> "{\"programmeId\":\"" + d.programme + "\",\"name\":\""
                        + unique("Matrix cohort") + "\",\"country\":\"BJ\",\"timeZone\":\"Africa/Porto-Novo\","
                        + "\"startsOn\":\"2031-01-01\",\"endsOn\":\"2031-01-02\",\"capacity\":5,\"trainerIds\":[\""
                        + d.trainer + "\"]}"))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(403, Caller.PROGRAMME_MANAGER, Caller.MENTOR, Caller.TRAINEE);
        for (String sub : List.of("", "/sessions", "/enrolments", "/attendance-rates", "/calendar.ics")) {
            r.api("GET /api/v1/cohorts/{id}" + sub).call(Call.get(cohort + sub))
                    .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                    .expect(404, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                    .outOfScope("cohort trained by others", Call.get(vnCohort + sub), Caller.MASTER_TRAINER, 404)
                    .outOfScope("cohort of the manager's country", Call.get(vnCohort + sub), Caller.PROGRAMME_MANAGER, 200);
        }
        java.util.concurrent.atomic.AtomicInteger day = new java.util.concurrent.atomic.AtomicInteger(1);
        r.api("POST /api/v1/cohorts/{id}/sessions")
                .call(Call.json("POST", cohort + "/sessions", () -> {
                    String date = String.format("2030-03-%02d", day.getAndIncrement());
                    return "{\"title\":\"" + unique("Matrix session") + "\",\"start\":\"" + date + "T09:00\",\"end\":\""
                            + date + "T10:00\"}";
                }))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(403, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                .outOfScope("cohort trained by others",
                        Call.json("POST", vnCohort + "/sessions", () -> "{\"title\":\"x\",\"start\":\"2030-03-20T09:00\",\"end\":\"2030-03-20T10:00\"}"),
                        Caller.MASTER_TRAINER, 404);
        r.api("POST /api/v1/cohorts/{id}/enrolments")
                .call(Call.json("POST", cohort + "/enrolments", () -> "{\"personId\":\"" + CohortData.newTrainee() + "\"}"))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(403, Caller.PROGRAMME_MANAGER).expect(403, noCohorts);
        r.api("DELETE /api/v1/cohorts/{id}/enrolments/{personId}")
                .call(new Call("DELETE", cohort + "/enrolments/" + d.leaver, null, null))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(403, Caller.PROGRAMME_MANAGER).expect(403, noCohorts);
        r.api("GET /api/v1/trainers/{personId}/calendar.ics").call(Call.get("/api/v1/trainers/" + d.trainer + "/calendar.ics"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                .outOfScope("another trainer", Call.get("/api/v1/trainers/" + d.otherTrainer + "/calendar.ics"),
                        Caller.MASTER_TRAINER, 404);
        String session = "/api/v1/sessions/" + d.session;
        for (String sub : List.of("/attendance", "/attendance/corrections")) {
            r.api("GET /api/v1/sessions/{id}" + sub).call(Call.get(session + sub))
                    .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                    .expect(404, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                    .outOfScope("session of another trainer", Call.get("/api/v1/sessions/" + d.vnSession + sub),
                            Caller.MASTER_TRAINER, 404);
        }
        r.api("PUT /api/v1/sessions/{id}/attendance")
                .call(Call.json("PUT", session + "/attendance",
                        () -> "{\"entries\":[{\"personId\":\"" + d.trainee + "\",\"status\":\"present\"}]}"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(403, Caller.PROGRAMME_MANAGER).expect(403, noCohorts);
        // pages
        // ── certification ── (the Benin cohort's programme asks for nothing, so its trainees are eligible)
        CertificationMatrixData cert = CertificationMatrixData.get();
        String policyPath = "/api/v1/programmes/" + cert.policyProgramme + "/certification-policy";
        r.api("GET /api/v1/programmes/{id}/certification-policy").call(Call.get(policyPath))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);
        r.api("PUT /api/v1/programmes/{id}/certification-policy")
                .call(Call.json("PUT", policyPath, () -> "{\"minAttendancePercent\":75,\"minPostTestPercent\":50,"
                        + "\"validityMonths\":12,\"renewalWindowDays\":30}"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(403, notAdmin);
        for (String sub : List.of("/eligibility", "/certificates")) {
            r.api("GET /api/v1/cohorts/{id}" + sub).call(Call.get(cohort + sub))
                    .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                    .expect(404, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                    .outOfScope("cohort trained by others", Call.get(vnCohort + sub), Caller.MASTER_TRAINER, 404)
                    .outOfScope("cohort of the manager's country", Call.get(vnCohort + sub), Caller.PROGRAMME_MANAGER, 200);
        }
        // each call issues to a trainee of its own, so every allowed caller creates one (201)
        r.api("POST /api/v1/cohorts/{id}/certificates")
                .call(Call.json("POST", cohort + "/certificates",
                        () -> "{\"personIds\":[\"" + CertificationMatrixData.eligibleTrainee(d) + "\"]}"))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(403, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                .outOfScope("cohort trained by others", Call.json("POST", vnCohort + "/certificates", () -> "{}"),
                        Caller.MASTER_TRAINER, 404);
        r.api("GET /api/v1/programmes/{id}/certificates").call(Call.get("/api/v1/programmes/" + d.programme + "/certificates"))
                .expect(401, Caller.ANONYMOUS).expect(200, cohortRoles).expect(403, noCohorts);
        // the admin's call (made first) revokes / renews it; the trainer's same call then finds it done (409)
        r.api("POST /api/v1/certificates/{id}/revoke")
                .call(Call.json("POST", "/api/v1/certificates/" + cert.toRevoke + "/revoke", () -> "{\"reason\":\"matrix\"}"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(409, Caller.MASTER_TRAINER)
                .expect(403, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                .outOfScope("certificate of the trainer's cohort", Call.json("POST", "/api/v1/certificates/"
                        + cert.toRevokeByTrainer + "/revoke", () -> "{\"reason\":\"matrix\"}"), Caller.MASTER_TRAINER, 200)
                .outOfScope("certificate of a cohort trained by others", Call.json("POST", "/api/v1/certificates/"
                        + cert.vnCertificate + "/revoke", () -> "{\"reason\":\"matrix\"}"), Caller.MASTER_TRAINER, 404);
        r.api("POST /api/v1/certificates/{id}/renew")
                .call(Call.json("POST", "/api/v1/certificates/" + cert.toRenew + "/renew", () -> ""))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN).expect(409, Caller.MASTER_TRAINER)
                .expect(403, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                .outOfScope("certificate of the trainer's cohort", Call.json("POST", "/api/v1/certificates/"
                        + cert.toRenewByTrainer + "/renew", () -> ""), Caller.MASTER_TRAINER, 200)
                .outOfScope("certificate of a cohort trained by others", Call.json("POST", "/api/v1/certificates/"
                        + cert.vnCertificate + "/renew", () -> ""), Caller.MASTER_TRAINER, 404);
        r.api("GET /api/v1/certificates/verify/{code}").call(Call.get("/api/v1/certificates/verify/" + cert.code))
                .expect(200, Caller.values());
        r.page("GET /verify").call(Call.get("/verify")).expect(200, Caller.values());
        r.page("GET /verify/{code}").call(Call.get("/verify/" + cert.code)).expect(200, Caller.values());
        // ── certification: printable certificates, PDFs, registers and Open Badges (issue 6) ──
        // readers: admins, trainers of the cohort, managers of its country, and the holder (trainee.benin holds traineeOwn)
        String vnCertificate = "/certificates/" + cert.vnCertificate;
        for (String sub : List.of("", "/certificate.pdf", "/badge")) {
            r.page("GET /certificates/{id}" + sub).call(Call.get("/certificates/" + cert.printable + sub))
                    .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                    .expect(404, Caller.PROGRAMME_MANAGER, Caller.TRAINEE).expect(403, Caller.MENTOR)
                    .outOfScope("certificate of a cohort trained by others", Call.get(vnCertificate + sub), Caller.MASTER_TRAINER, 404)
                    .outOfScope("certificate of the manager's country", Call.get(vnCertificate + sub), Caller.PROGRAMME_MANAGER, 200)
                    .outOfScope("the trainee's own certificate", Call.get("/certificates/" + cert.traineeOwn + sub),
                            Caller.TRAINEE, 200);
        }
        r.api("GET /api/v1/certificates/{id}/badge").call(Call.get("/api/v1/certificates/" + cert.printable + "/badge"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER, Caller.TRAINEE).expect(403, Caller.MENTOR)
                .outOfScope("certificate of a cohort trained by others", Call.get("/api/v1" + vnCertificate + "/badge"),
                        Caller.MASTER_TRAINER, 404)
                .outOfScope("certificate of the manager's country", Call.get("/api/v1" + vnCertificate + "/badge"),
                        Caller.PROGRAMME_MANAGER, 200)
                .outOfScope("the trainee's own certificate", Call.get("/api/v1/certificates/" + cert.traineeOwn + "/badge"),
                        Caller.TRAINEE, 200);
        r.api("GET /api/v1/certificates/badge-keys").call(Call.get("/api/v1/certificates/badge-keys")).expect(200, Caller.values());
        r.api("GET /api/v1/certificates/issuer").call(Call.get("/api/v1/certificates/issuer")).expect(200, Caller.values());
        r.page("GET /certificates/cohorts/{cohortId}").call(Call.get("/certificates/cohorts/" + d.cohort))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, Caller.MENTOR, Caller.TRAINEE)
                .outOfScope("cohort trained by others", Call.get("/certificates/cohorts/" + d.vnCohort), Caller.MASTER_TRAINER, 404)
                .outOfScope("cohort of the manager's country", Call.get("/certificates/cohorts/" + d.vnCohort),
                        Caller.PROGRAMME_MANAGER, 200);
        // a person's certificates: the list holds only what the caller may read (empty out of scope)
        r.page("GET /certificates/people/{personId}").call(Call.get("/certificates/people/" + cert.traineePerson))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.PROGRAMME_MANAGER, Caller.MASTER_TRAINER, Caller.TRAINEE)
                .expect(403, Caller.MENTOR);
        r.page("GET /certificates/mine").call(Call.get("/certificates/mine"))
                .expect(302, Caller.ANONYMOUS).expect(303, Caller.MASTER_TRAINER, Caller.TRAINEE)
                .expect(404, Caller.ADMIN, Caller.PROGRAMME_MANAGER) // not linked to a person in the tests
                .expect(403, Caller.MENTOR);

        r.page("GET /cohorts").call(Call.get("/cohorts"))
                .expect(302, Caller.ANONYMOUS).expect(200, cohortRoles).expect(403, noCohorts);
        r.page("GET /cohorts/new").call(Call.get("/cohorts/new"))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(403, Caller.PROGRAMME_MANAGER, Caller.MENTOR, Caller.TRAINEE);
        r.page("GET /cohorts/{id}").call(Call.get("/cohorts/" + d.cohort))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                .outOfScope("cohort trained by others", Call.get("/cohorts/" + d.vnCohort), Caller.MASTER_TRAINER, 404);
        r.page("GET /cohorts/{id}/calendar.ics").call(Call.get("/cohorts/" + d.cohort + "/calendar.ics"))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                .outOfScope("cohort trained by others", Call.get("/cohorts/" + d.vnCohort + "/calendar.ics"),
                        Caller.MASTER_TRAINER, 404);
        r.page("GET /cohorts/my-calendar.ics").call(Call.get("/cohorts/my-calendar.ics"))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.MASTER_TRAINER)
                .expect(404, Caller.ADMIN) // the admin account is not linked to a trainer in the tests
                .expect(403, Caller.PROGRAMME_MANAGER, Caller.MENTOR, Caller.TRAINEE);
        r.page("GET /sessions/{id}/attendance").call(Call.get("/sessions/" + d.session + "/attendance"))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                .outOfScope("session of another trainer", Call.get("/sessions/" + d.vnSession + "/attendance"),
                        Caller.MASTER_TRAINER, 404);
        // forms: roles are checked first (403), then the CSRF token (400 without one)
        List<Caller> cannotWrite = List.of(Caller.PROGRAMME_MANAGER, Caller.MENTOR, Caller.TRAINEE);
        r.page("POST /cohorts").call(Call.form("POST", "/cohorts", () -> "name=x"))
                .expect(302, Caller.ANONYMOUS).expect(400, Caller.ADMIN, Caller.MASTER_TRAINER).expect(403, cannotWrite);
        r.page("POST /cohorts/{id}/sessions").call(Call.form("POST", "/cohorts/" + d.cohort + "/sessions", () -> "title=x"))
                .expect(302, Caller.ANONYMOUS).expect(400, Caller.ADMIN, Caller.MASTER_TRAINER).expect(403, cannotWrite);
        r.page("POST /cohorts/{id}/enrolments").call(Call.form("POST", "/cohorts/" + d.cohort + "/enrolments", () -> "personId=x"))
                .expect(302, Caller.ANONYMOUS).expect(400, Caller.ADMIN, Caller.MASTER_TRAINER).expect(403, cannotWrite);
        r.page("POST /sessions/{id}/attendance").call(Call.form("POST", "/sessions/" + d.session + "/attendance", () -> "x=y"))
                .expect(302, Caller.ANONYMOUS).expect(400, Caller.ADMIN, Caller.MASTER_TRAINER).expect(403, cannotWrite);
        // ── workbook ──
        r.api("POST /api/v1/workbook/imports/{kind}")
                .call(new Call("POST", "/api/v1/workbook/imports/regions",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", () -> "not a workbook"))
                .expect(401, Caller.ANONYMOUS).expect(415, Caller.ADMIN).expect(403, notAdmin);
        r.api("GET /api/v1/workbook/exports/frameworks/{code}/{version}")
                .call(Call.get("/api/v1/workbook/exports/frameworks/PSW/1.0"))
                .expect(401, Caller.ANONYMOUS).expect(200, signedIn);
        for (String export : List.of("roster", "sign-in-sheets", "scoring-template")) {
            String path = "/api/v1/workbook/exports/cohorts/";
            r.api("GET /api/v1/workbook/exports/cohorts/{id}/" + export).call(Call.get(path + d.cohort + "/" + export))
                    .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                    .expect(404, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                    .outOfScope("cohort trained by others", Call.get(path + d.vnCohort + "/" + export), Caller.MASTER_TRAINER, 404)
                    .outOfScope("cohort of the manager's country", Call.get(path + d.vnCohort + "/" + export),
                            Caller.PROGRAMME_MANAGER, 200);
        }
        r.page("GET /workbook/cohorts/{id}/{export}").call(Call.get("/workbook/cohorts/" + d.cohort + "/roster"))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                .outOfScope("cohort trained by others", Call.get("/workbook/cohorts/" + d.vnCohort + "/sign-in-sheets"),
                        Caller.MASTER_TRAINER, 404);
        String noImport = "/api/v1/workbook/imports/" + java.util.UUID.randomUUID();
        r.api("GET /api/v1/workbook/imports/{id}").call(Call.get(noImport))
                .expect(401, Caller.ANONYMOUS).expect(404, signedIn);
        r.api("POST /api/v1/workbook/imports/{id}/commit").call(Call.json("POST", noImport + "/commit", () -> "{}"))
                .expect(401, Caller.ANONYMOUS).expect(404, signedIn);
        r.api("POST /api/v1/workbook/imports/{id}/discard").call(Call.json("POST", noImport + "/discard", () -> "{}"))
                .expect(401, Caller.ANONYMOUS).expect(404, signedIn);

        // ── mentoring and assessment ── (mentor.moldova mentors m.mentee in Moldova; mt.benin trains m.bjCohort;
        // trainee.benin is enrolled there; pm.vietnam sees Vietnam only)
        MentoringData m = MentoringData.get();
        List<Caller> mentoring = List.of(Caller.ADMIN, Caller.MENTOR);
        List<Caller> notMentoring = List.of(Caller.PROGRAMME_MANAGER, Caller.MASTER_TRAINER, Caller.TRAINEE);
        String visit = "/api/v1/visits/" + m.visit;
        String sameVisit = "{\"date\":\"2026-05-12\",\"mode\":\"on-site\",\"status\":\"draft\",\"frameworkVersionId\":\""
                + m.md.version() + "\",\"mentees\":[\"" + m.mentee + "\"],\"actionPoints\":[{\"personId\":\"" + m.mentee
                + "\",\"text\":\"Call\"}]}";
        r.api("GET /api/v1/visits").call(Call.get("/api/v1/visits"))
                .expect(401, Caller.ANONYMOUS).expect(200, mentoring).expect(403, notMentoring);
        r.api("GET /api/v1/visits/{id}").call(Call.get(visit))
                .expect(401, Caller.ANONYMOUS).expect(200, mentoring)
                .expect(404, Caller.PROGRAMME_MANAGER, Caller.MASTER_TRAINER, Caller.TRAINEE);
        r.api("GET /api/v1/visits/{id}/history").call(Call.get(visit + "/history"))
                .expect(401, Caller.ANONYMOUS).expect(200, mentoring)
                .expect(404, Caller.PROGRAMME_MANAGER, Caller.MASTER_TRAINER, Caller.TRAINEE);
        r.api("PUT /api/v1/visits/{id}").call(Call.json("PUT", visit, () -> sameVisit))
                .expect(401, Caller.ANONYMOUS).expect(200, mentoring).expect(403, notMentoring)
                .outOfScope("a person who is not the mentor's mentee", Call.json("PUT", "/api/v1/visits/" + UUID.randomUUID(),
                        () -> sameVisit.replace(m.mentee.toString(), m.bjTrainee.toString())
                                .replace(m.md.version().toString(), m.bj.version().toString())), Caller.MENTOR, 404);
        r.api("POST /api/v1/visits/{id}/corrections")
                .call(Call.json("POST", visit + "/corrections", () -> "{\"reason\":\"r\",\"observations\":[{\"personId\":\""
                        + m.mentee + "\",\"competencyId\":\"" + m.md.c1() + "\",\"level\":3}]}"))
                .expect(401, Caller.ANONYMOUS).expect(409, mentoring).expect(403, notMentoring); // drafts are edited, not corrected
        r.api("PUT /api/v1/visits/{id}/action-points/{pointId}/status")
                .call(Call.json("PUT", visit + "/action-points/" + m.actionPoint + "/status", () -> "{\"status\":\"open\"}"))
                .expect(401, Caller.ANONYMOUS).expect(200, mentoring).expect(403, notMentoring);
        r.api("GET /api/v1/mentees").call(Call.get("/api/v1/mentees"))
                .expect(401, Caller.ANONYMOUS).expect(200, mentoring).expect(403, notMentoring);
        r.api("POST /api/v1/mentees/assignments")
                .call(Call.json("POST", "/api/v1/mentees/assignments", () -> "{\"mentorId\":\"" + m.mentor + "\",\"menteeId\":\""
                        + m.mentee + "\",\"since\":\"2026-01-01\"}"))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN).expect(404, Caller.PROGRAMME_MANAGER)
                .expect(403, Caller.MASTER_TRAINER, Caller.MENTOR, Caller.TRAINEE);
        for (String sub : List.of("/visits", "/open-action-points")) {
            r.api("GET /api/v1/mentees/{personId}" + sub).call(Call.get("/api/v1/mentees/" + m.mentee + sub))
                    .expect(401, Caller.ANONYMOUS).expect(200, mentoring)
                    .expect(404, Caller.PROGRAMME_MANAGER, Caller.MASTER_TRAINER, Caller.TRAINEE)
                    .outOfScope("not the mentor's mentee", Call.get("/api/v1/mentees/" + m.bjTrainee + sub), Caller.MENTOR, 404);
        }
        for (String sub : List.of("", "/ratings")) {
            r.api("GET /api/v1/profiles/{personId}" + sub).call(Call.get("/api/v1/profiles/" + m.mentee + sub))
                    .expect(401, Caller.ANONYMOUS).expect(200, mentoring)
                    .expect(404, Caller.PROGRAMME_MANAGER, Caller.MASTER_TRAINER, Caller.TRAINEE)
                    .outOfScope("the trainee themselves", Call.get("/api/v1/profiles/" + m.traineeBenin + sub), Caller.TRAINEE, 200)
                    .outOfScope("a trainee of the trainer's cohort", Call.get("/api/v1/profiles/" + m.bjTrainee + sub),
                            Caller.MASTER_TRAINER, 200)
                    .outOfScope("a trainee of the manager's country", Call.get("/api/v1/profiles/" + m.vnTrainee + sub),
                            Caller.PROGRAMME_MANAGER, 200)
                    .outOfScope("not the mentor's mentee", Call.get("/api/v1/profiles/" + m.bjTrainee + sub), Caller.MENTOR, 404);
        }
        r.api("POST /api/v1/profiles/ratings/{ratingId}/corrections")
                .call(Call.json("POST", "/api/v1/profiles/ratings/" + m.rating + "/corrections",
                        () -> "{\"level\":9,\"reason\":\"off the scale: refused, nothing written\"}"))
                .expect(401, Caller.ANONYMOUS).expect(400, mentoring).expect(404, Caller.MASTER_TRAINER, Caller.TRAINEE)
                .expect(403, Caller.PROGRAMME_MANAGER);
        r.api("POST /api/v1/assessments")
                .call(Call.json("POST", "/api/v1/assessments", () -> "{\"kind\":\"practical\",\"personId\":\"" + m.bjTrainee
                        + "\",\"cohortId\":\"" + m.bjCohort + "\",\"assessedOn\":\"2026-04-01\",\"ratings\":[{\"competencyId\":\""
                        + m.bj.c1() + "\",\"level\":3}]}"))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER, Caller.MENTOR, Caller.TRAINEE);
        r.api("POST /api/v1/assessments/imports")
                .call(Call.json("POST", "/api/v1/assessments/imports", () -> "{\"cohortId\":\"" + m.bjCohort
                        + "\",\"observedOn\":\"2026-04-02\",\"ratings\":[{\"personId\":\"" + m.bjTrainee
                        + "\",\"competencyId\":\"" + m.bj.c2() + "\",\"level\":2}]}"))
                .expect(401, Caller.ANONYMOUS).expect(201, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(403, Caller.PROGRAMME_MANAGER, Caller.MENTOR, Caller.TRAINEE);
        r.api("GET /api/v1/assessments/{id}").call(Call.get("/api/v1/assessments/" + m.assessment))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER, Caller.MENTOR, Caller.TRAINEE);
        r.api("GET /api/v1/assessments/gains/cohorts/{cohortId}").call(Call.get("/api/v1/assessments/gains/cohorts/" + m.bjCohort))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, Caller.MENTOR, Caller.TRAINEE);
        r.api("GET /api/v1/assessments/gains/people/{personId}").call(Call.get("/api/v1/assessments/gains/people/" + m.bjTrainee))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER, Caller.MENTOR, Caller.TRAINEE);
        // pages
        r.page("GET /mentoring").call(Call.get("/mentoring"))
                .expect(302, Caller.ANONYMOUS).expect(200, mentoring).expect(403, notMentoring);
        r.page("GET /mentoring/visits/new").call(Call.get("/mentoring/visits/new?mentee=" + m.mentee))
                .expect(302, Caller.ANONYMOUS).expect(200, mentoring).expect(403, notMentoring)
                .outOfScope("not the mentor's mentee", Call.get("/mentoring/visits/new?mentee=" + m.bjTrainee), Caller.MENTOR, 404);
        r.page("GET /mentoring/visits/{id}").call(Call.get("/mentoring/visits/" + m.visit))
                .expect(302, Caller.ANONYMOUS).expect(200, mentoring).expect(403, notMentoring);
        r.page("POST /mentoring/visits/{id}").call(Call.form("POST", "/mentoring/visits/" + m.visit, () -> "mode=remote"))
                .expect(302, Caller.ANONYMOUS).expect(400, mentoring).expect(403, notMentoring);
        r.page("GET /profiles/me").call(Call.get("/profiles/me"))
                .expect(302, Caller.ANONYMOUS).expect(303, Caller.MENTOR, Caller.MASTER_TRAINER, Caller.TRAINEE)
                .expect(404, Caller.ADMIN, Caller.PROGRAMME_MANAGER); // the demo admin and manager are not persons
        for (String sub : List.of("", "/chart.svg")) {
            r.page("GET /profiles/{personId}" + sub).call(Call.get("/profiles/" + m.mentee + sub))
                    .expect(302, Caller.ANONYMOUS).expect(200, mentoring)
                    .expect(404, Caller.PROGRAMME_MANAGER, Caller.MASTER_TRAINER, Caller.TRAINEE)
                    .outOfScope("the trainee themselves", Call.get("/profiles/" + m.traineeBenin + sub), Caller.TRAINEE, 200);
        }

        // ── report ── (m.bj: a Benin programme whose cohort mt.benin trains; pm.vietnam sees Vietnam only)
        String bjGaps = "/api/v1/reports/gaps?programme=" + m.bj.programme();
        String bjNeeds = "/api/v1/reports/gaps/" + m.bj.code() + "-1.1/people?programme=" + m.bj.programme();
        r.api("GET /api/v1/reports/gaps").call(Call.get(bjGaps))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, Caller.MENTOR, Caller.TRAINEE)
                .outOfScope("programme of the manager's country", Call.get("/api/v1/reports/gaps?programme=" + d.vnProgramme),
                        Caller.PROGRAMME_MANAGER, 200)
                .outOfScope("a country outside the manager's", Call.get("/api/v1/reports/gaps?programme=" + d.vnProgramme
                        + "&country=BJ"), Caller.PROGRAMME_MANAGER, 404)
                .outOfScope("programme not trained by the trainer", Call.get("/api/v1/reports/gaps?programme=" + m.md.programme()),
                        Caller.MASTER_TRAINER, 404)
                .outOfScope("cohort of another programme", Call.get(bjGaps + "&cohort=" + d.cohort), Caller.MASTER_TRAINER, 404);
        r.api("GET /api/v1/reports/coverage").call(Call.get("/api/v1/reports/coverage?programme=" + m.bj.programme()))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, Caller.MENTOR, Caller.TRAINEE)
                .outOfScope("programme of the manager's country", Call.get("/api/v1/reports/coverage?programme=" + d.vnProgramme),
                        Caller.PROGRAMME_MANAGER, 200)
                .outOfScope("programme not trained by the trainer", Call.get("/api/v1/reports/coverage?programme="
                        + m.md.programme()), Caller.MASTER_TRAINER, 404);
        r.api("GET /api/v1/reports/gaps/{competency}/people").call(Call.get(bjNeeds))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, Caller.MENTOR, Caller.TRAINEE)
                .outOfScope("programme not trained by the trainer", Call.get("/api/v1/reports/gaps/" + m.md.code()
                        + "-1.1/people?programme=" + m.md.programme()), Caller.MASTER_TRAINER, 404);
        r.page("GET /reports/gaps").call(Call.get("/reports/gaps?programme=" + m.bj.programme()))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, Caller.MENTOR, Caller.TRAINEE)
                .outOfScope("programme of the manager's country", Call.get("/reports/gaps?programme=" + d.vnProgramme),
                        Caller.PROGRAMME_MANAGER, 200)
                .outOfScope("programme not trained by the trainer", Call.get("/reports/gaps?programme=" + m.md.programme()),
                        Caller.MASTER_TRAINER, 404);
        r.page("GET /reports/gaps/{competency}/people").call(Call.get("/reports/gaps/" + m.bj.code() + "-1.1/people?programme="
                        + m.bj.programme()))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, Caller.MENTOR, Caller.TRAINEE)
                .outOfScope("programme not trained by the trainer", Call.get("/reports/gaps/" + m.md.code()
                        + "-1.1/people?programme=" + m.md.programme()), Caller.MASTER_TRAINER, 404);

        // ── report: coverage and gains (issue 7) ──
        for (String sub : List.of("/regions", "/cadres", "/trend")) {
            r.api("GET /api/v1/reports/coverage" + sub).call(Call.get("/api/v1/reports/coverage" + sub + "?programme="
                            + m.bj.programme()))
                    .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                    .expect(404, Caller.PROGRAMME_MANAGER).expect(403, Caller.MENTOR, Caller.TRAINEE)
                    .outOfScope("programme of the manager's country", Call.get("/api/v1/reports/coverage" + sub
                            + "?programme=" + d.vnProgramme), Caller.PROGRAMME_MANAGER, 200)
                    .outOfScope("a country outside the manager's", Call.get("/api/v1/reports/coverage" + sub
                            + "?programme=" + d.vnProgramme + "&country=BJ"), Caller.PROGRAMME_MANAGER, 404)
                    .outOfScope("programme not trained by the trainer", Call.get("/api/v1/reports/coverage" + sub
                            + "?programme=" + m.md.programme()), Caller.MASTER_TRAINER, 404);
        }
        r.page("GET /reports/coverage").call(Call.get("/reports/coverage?programme=" + m.bj.programme()))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, Caller.MENTOR, Caller.TRAINEE)
                .outOfScope("programme of the manager's country", Call.get("/reports/coverage?programme=" + d.vnProgramme),
                        Caller.PROGRAMME_MANAGER, 200)
                .outOfScope("a country outside the manager's", Call.get("/reports/coverage?programme=" + d.vnProgramme
                        + "&country=BJ"), Caller.PROGRAMME_MANAGER, 404)
                .outOfScope("programme not trained by the trainer", Call.get("/reports/coverage?programme="
                        + m.md.programme()), Caller.MASTER_TRAINER, 404);
        r.page("GET /reports/gains").call(Call.get("/reports/gains?programme=" + m.bj.programme() + "&cohort=" + m.bjCohort))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, Caller.MENTOR, Caller.TRAINEE)
                .outOfScope("programme of the manager's country", Call.get("/reports/gains?programme=" + d.vnProgramme),
                        Caller.PROGRAMME_MANAGER, 200)
                .outOfScope("cohort of another programme", Call.get("/reports/gains?programme=" + m.bj.programme()
                        + "&cohort=" + d.cohort), Caller.MASTER_TRAINER, 404);

        // ── workbook (issue 8) ── (d.cohort: trained by mt.benin; m.bj: a Benin programme mt.benin trains)
        String wbApi = "/api/v1/workbook/exports/cohorts/";
        r.api("GET /api/v1/workbook/exports/cohorts/{id}/certificates").call(Call.get(wbApi + d.cohort + "/certificates"))
                .expect(401, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER).expect(403, noCohorts)
                .outOfScope("cohort trained by others", Call.get(wbApi + d.vnCohort + "/certificates"), Caller.MASTER_TRAINER, 404)
                .outOfScope("cohort of the manager's country", Call.get(wbApi + d.vnCohort + "/certificates"),
                        Caller.PROGRAMME_MANAGER, 200);
        for (String prefix : List.of("/api/v1/workbook/exports", "/workbook")) {
            String gaps = prefix + "/reports/gaps?programme=";
            Route route = prefix.startsWith("/api") ? r.api("GET " + prefix + "/reports/{report}") : r.page("GET " + prefix + "/reports/{report}");
            route.call(Call.get(gaps + m.bj.programme()))
                    .expect(prefix.startsWith("/api") ? 401 : 302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                    .expect(404, Caller.PROGRAMME_MANAGER).expect(403, Caller.MENTOR, Caller.TRAINEE)
                    .outOfScope("programme of the manager's country", Call.get(prefix + "/reports/coverage?programme=" + d.vnProgramme),
                            Caller.PROGRAMME_MANAGER, 200)
                    .outOfScope("programme not trained by the trainer", Call.get(gaps + m.md.programme()), Caller.MASTER_TRAINER, 404);
        }
        r.page("GET /workbook/imports/{kind}").call(Call.get("/workbook/imports/scores?scope=" + d.cohort))
                .expect(302, Caller.ANONYMOUS).expect(200, Caller.ADMIN, Caller.MASTER_TRAINER)
                .expect(404, Caller.PROGRAMME_MANAGER, Caller.MENTOR, Caller.TRAINEE)
                .outOfScope("cohort trained by others", Call.get("/workbook/imports/attendance?scope=" + d.vnCohort),
                        Caller.MASTER_TRAINER, 404)
                .outOfScope("cohort of the manager's country, read only", Call.get("/workbook/imports/participants?scope="
                        + d.vnCohort), Caller.PROGRAMME_MANAGER, 403);
        // the upload takes multipart forms only (WorkbookPagesTest posts one, with and without its CSRF token);
        // the other forms without their CSRF token are refused
        r.page("POST /workbook/imports/{kind}").call(Call.form("POST", "/workbook/imports/scores", () -> "scope=" + d.cohort))
                .expect(302, Caller.ANONYMOUS).expect(415, signedIn);
        String noPageImport = "/workbook/imports/" + java.util.UUID.randomUUID();
        r.page("GET /workbook/imports/{id}/preview").call(Call.get(noPageImport + "/preview"))
                .expect(302, Caller.ANONYMOUS).expect(404, signedIn);
        r.page("POST /workbook/imports/{id}/commit").call(Call.form("POST", noPageImport + "/commit", () -> "x=y"))
                .expect(302, Caller.ANONYMOUS).expect(400, signedIn);
        r.page("POST /workbook/imports/{id}/discard").call(Call.form("POST", noPageImport + "/discard", () -> "x=y"))
                .expect(302, Caller.ANONYMOUS).expect(400, signedIn);
        // ── end workbook (issue 8) ──

        return r;
    }
}
