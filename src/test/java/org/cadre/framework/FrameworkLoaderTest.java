package org.cadre.framework;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class FrameworkLoaderTest {

    @Inject
    FrameworkLoader loader;

    @Inject
    FrameworkService frameworks;

    @Inject
    EntityManager em;

    static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    static String small(String code) {
        return CurriculumReaderTest.resource("valid-small.yaml").replace("TESTFW", code);
    }

    @Test
    void startupImportedTheShippedFrameworks() {
        for (String code : List.of("PARA", "CYCW", "PSW", "CDW")) {
            FrameworkVersion v = QuarkusTransaction.requiringNew().call(() -> frameworks.version(code, "1.0"));
            assertEquals(FrameworkStatus.PUBLISHED, v.status, code);
        }
        assertEquals(4, loader.lastReport().size());
        assertTrue(loader.lastReport().stream().allMatch(o -> List.of("created", "unchanged").contains(o.outcome())),
                loader.lastReport().toString());
        FrameworkViews.VersionTree psw = QuarkusTransaction.requiringNew().call(() -> frameworks.tree("PSW", "1.0"));
        assertTrue(psw.functions().stream().flatMap(f -> f.competencies().stream()).anyMatch(c -> c.code().equals("PSW-2.3")));
    }

    @Test
    void loadingTheShippedFilesAgainChangesNothing() {
        List<FrameworkLoader.FileOutcome> again = loader.loadAll();
        assertEquals(4, again.size());
        assertTrue(again.stream().allMatch(o -> o.outcome().equals("unchanged")), again.toString());
    }

    @Test
    void sameFileTwiceIsIdempotent() {
        String code = uniqueCode();
        assertEquals("created", loader.load("curricula/" + code + ".yaml", small(code)).outcome());
        int lock = QuarkusTransaction.requiringNew().call(() -> frameworks.version(code, "1.0").lockVersion);
        assertEquals("unchanged", loader.load("curricula/" + code + ".yaml", small(code)).outcome());
        assertEquals(lock, (int) QuarkusTransaction.requiringNew().call(() -> frameworks.version(code, "1.0").lockVersion));
    }

    @Test
    void changedPublishedFileIsRefusedAndTheStoredVersionKept() {
        String code = uniqueCode();
        loader.load("curricula/" + code + ".yaml", small(code));
        String changed = small(code).replace("Refers families to services", "Refers children to services");
        FrameworkLoader.FileOutcome outcome = loader.load("curricula/" + code + ".yaml", changed);
        assertEquals("refused", outcome.outcome());
        String message = outcome.problems().get(0);
        assertTrue(message.contains("curricula/" + code + ".yaml"), message);
        assertTrue(message.contains("framework " + code + " version 1.0 is published"), message);
        assertTrue(message.contains("reworded " + code + "-1.1"), message);
        String stored = QuarkusTransaction.requiringNew().call(() ->
                frameworks.definition(code, "1.0").competency(code + "-1.1").orElseThrow().statement().get("en"));
        assertEquals("Refers families to services", stored);
    }

    @Test
    void newVersionIsAddedBesideTheOldOne() {
        String code = uniqueCode();
        loader.load("curricula/" + code + ".yaml", small(code));
        String next = small(code).replace("version: \"1.0\"", "version: \"1.1\"")
                .replace("Knows the local services", "Knows the local services and how to reach them");
        assertEquals("created", loader.load("curricula/" + code + "-1.1.yaml", next).outcome());
        FrameworkViews.FrameworkSummary summary = QuarkusTransaction.requiringNew().call(() -> frameworks.framework(code));
        assertEquals(List.of("1.0", "1.1"), summary.versions().stream().map(FrameworkViews.VersionSummary::version).toList());
        FrameworkDiff diff = QuarkusTransaction.requiringNew().call(() -> frameworks.diff(code, "1.0", "1.1"));
        assertEquals(List.of(code + "-1.2"), diff.reworded());
    }

    @Test
    void invalidFileIsReportedAndNothingImported() {
        FrameworkLoader.FileOutcome outcome = loader.load("curricula/bad.yaml", CurriculumReaderTest.resource("unknown-level.yaml"));
        assertEquals("invalid", outcome.outcome());
        assertTrue(outcome.problems().get(0).contains("curricula/bad.yaml:14"), outcome.toString());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select count(f) from Framework f where f.code = 'LVL'", Long.class).getSingleResult()));
    }

    @Test
    void draftFileIsUpdatedThenPublishedWhenTheFileSaysSo() {
        String code = uniqueCode();
        String draft = small(code).replace("status: published", "status: draft");
        assertEquals("created", loader.load("f.yaml", draft).outcome());
        assertEquals("draft_updated", loader.load("f.yaml", draft.replace("Knows the local services", "Knows local services")).outcome());
        assertEquals("status_changed", loader.load("f.yaml", small(code).replace("Knows the local services", "Knows local services")).outcome());
        assertEquals(FrameworkStatus.PUBLISHED, QuarkusTransaction.requiringNew().call(() -> frameworks.version(code, "1.0").status));
    }

    @Test
    void databaseRefusesChangesToPublishedContent() {
        String code = uniqueCode();
        loader.load("f.yaml", small(code));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update competency set level = 'advanced' where code = ?1").setParameter(1, code + "-1.1").executeUpdate()));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update framework_version v set title = '{\"en\":\"Other\"}' from framework f where f.id = v.framework_id and f.code = ?1")
                        .setParameter(1, code).executeUpdate()));
        assertEquals("basic", QuarkusTransaction.requiringNew().call(() ->
                frameworks.definition(code, "1.0").competency(code + "-1.1").orElseThrow().level()));
    }

    @Test
    void unchangedFileIsKnownByItsHashAndAnswersAsTheFullComparisonDoes() {
        String code = uniqueCode();
        String name = "curricula/" + code + ".yaml";
        assertEquals("created", loader.load(name, small(code)).outcome());
        FrameworkFileLoad recorded = QuarkusTransaction.requiringNew().call(() -> em.find(FrameworkFileLoad.class, name));
        assertEquals(FrameworkFileLoadRepository.sha256(small(code)), recorded.textSha256);
        int lock = QuarkusTransaction.requiringNew().call(() -> frameworks.version(code, "1.0").lockVersion);
        assertEquals(lock, recorded.lockVersion);

        FrameworkLoader.FileOutcome fast = loader.load(name, small(code));
        assertEquals(new FrameworkLoader.FileOutcome(name, code, "1.0", "unchanged", List.of()), fast);
        assertEquals(loader.compareAndImport(name, small(code)), fast);
    }

    @Test
    void draftEditedSinceTheLoadIsComparedInFullAndReplacedByTheFile() {
        String code = uniqueCode();
        String name = "curricula/" + code + ".yaml";
        String draft = small(code).replace("status: published", "status: draft");
        assertEquals("created", loader.load(name, draft).outcome());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update competency set statement = '{\"en\":\"Edited in Cadre\"}' where code = ?1")
                .setParameter(1, code + "-1.1").executeUpdate());

        assertEquals("draft_updated", loader.load(name, draft).outcome());
        assertEquals("Refers families to services", QuarkusTransaction.requiringNew().call(() ->
                frameworks.definition(code, "1.0").competency(code + "-1.1").orElseThrow().statement().get("en")));
    }

    @Test
    void sameContentInNewWordingOfTheFileIsComparedInFullThenRecorded() {
        String code = uniqueCode();
        String name = "curricula/" + code + ".yaml";
        loader.load(name, small(code));
        String commented = "# a comment changes the text, not the content\n" + small(code);
        assertEquals("unchanged", loader.load(name, commented).outcome());
        assertEquals(FrameworkFileLoadRepository.sha256(commented), QuarkusTransaction.requiringNew().call(() ->
                em.find(FrameworkFileLoad.class, name).textSha256));
    }

    @Test
    void refusedFileIsNotRecordedSoEveryStartReportsItAgain() {
        String code = uniqueCode();
        String name = "curricula/" + code + ".yaml";
        loader.load(name, small(code));
        String changed = small(code).replace("Refers families to services", "Refers children to services");
        assertEquals("refused", loader.load(name, changed).outcome());
        assertEquals("refused", loader.load(name, changed).outcome());
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> em.find(FrameworkFileLoad.class, name)));
    }
}
