package org.cadre.framework;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The framework file format: the shipped files are valid, bad files are refused with file, line and key. */
class CurriculumReaderTest {

    static String resource(String name) {
        try (InputStream in = CurriculumReaderTest.class.getResourceAsStream("/frameworks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CurriculumException refused(String name) {
        return assertThrows(CurriculumException.class, () -> CurriculumReader.read(name, resource(name)));
    }

    @Test
    void shippedFrameworkFilesAreValidAndMarkedIllustrative() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("cadre.project.dir", "."), "curricula"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(List.of("cdw.yaml", "cycw.yaml", "para-professional.yaml", "psw.yaml"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : files) {
            FrameworkDefinition d = CurriculumReader.read(file.getFileName().toString(), Files.readString(file));
            assertTrue(d.notice().get("en").contains("Illustrative"), file + " says it is illustrative");
            assertTrue(d.title().containsKey("fr"), file + " has a French title");
            assertTrue(d.scale().stream().anyMatch(FrameworkDefinition.Level::proficient));
            assertTrue(d.competencies().allMatch(c -> c.code().startsWith(d.code() + "-")));
        }
        FrameworkDefinition psw = CurriculumReader.read("psw.yaml", Files.readString(files.get(3)));
        assertEquals("advanced", psw.competency("PSW-2.3").orElseThrow().level());
        FrameworkDefinition cycw = CurriculumReader.read("cycw.yaml", Files.readString(files.get(1)));
        assertTrue(cycw.competencies().anyMatch(c -> c.level().equals("basic")));
        assertTrue(cycw.competencies().anyMatch(c -> c.level().equals("advanced")));
    }

    @Test
    void readsTextsPerLanguageAndIndicators() {
        FrameworkDefinition d = CurriculumReader.read("valid-small.yaml", resource("valid-small.yaml"));
        assertEquals("TESTFW", d.code());
        assertEquals("1.0", d.version());
        assertEquals("Oriente les familles vers les services", d.competency("TESTFW-1.1").orElseThrow().statement().get("fr"));
        assertEquals("Utilise le formulaire", d.competency("TESTFW-1.1").orElseThrow().indicators().get(0).get("fr"));
        assertEquals(3, d.competencies().count());
    }

    @Test
    void rejectsDuplicateCodesAtTheirLine() {
        CurriculumException e = refused("duplicate-codes.yaml");
        assertTrue(e.getMessage().contains("duplicate-codes.yaml:17: functions[0].competencies[1].code: duplicate code 'DUP-1.1'"), e.getMessage());
    }

    @Test
    void rejectsUnknownLevel() {
        CurriculumException e = refused("unknown-level.yaml");
        assertTrue(e.getMessage().contains("unknown-level.yaml:14: functions[0].competencies[0].level: unknown level 'expert'"), e.getMessage());
    }

    @Test
    void rejectsScaleWithoutProficientLevel() {
        CurriculumException e = refused("no-proficient.yaml");
        assertTrue(e.getMessage().contains("no-proficient.yaml:5: scale: no level of the rating scale is marked proficient"), e.getMessage());
    }

    @Test
    void rejectsMissingEnglishNamingTheKeyPath() {
        CurriculumException e = refused("missing-english.yaml");
        assertEquals(1, e.problems().size(), e.getMessage());
        CurriculumException.Problem p = e.problems().get(0);
        assertEquals("functions[1].competencies[0].statement.en", p.path());
        assertEquals(23, p.line());
        assertTrue(p.message().contains("English"));
    }

    @Test
    void rejectsBrokenYamlWithItsLine() {
        CurriculumException e = refused("broken-yaml.yaml");
        assertTrue(e.problems().get(0).line() > 0, e.getMessage());
        assertTrue(e.getMessage().startsWith("broken-yaml.yaml is not valid YAML"), e.getMessage());
    }

    @Test
    void contentHashIgnoresStatusButNotWording() {
        FrameworkDefinition d = CurriculumReader.read("valid-small.yaml", resource("valid-small.yaml"));
        FrameworkDefinition draft = CurriculumReader.read("x.yaml", resource("valid-small.yaml").replace("status: published", "status: draft"));
        FrameworkDefinition reworded = CurriculumReader.read("x.yaml", resource("valid-small.yaml").replace("Refers families", "Refers children and families"));
        assertEquals(d.contentHash(), draft.contentHash());
        assertNotEquals(d.contentHash(), reworded.contentHash());
        FrameworkDiff diff = FrameworkDiff.between(d, reworded);
        assertEquals(List.of("TESTFW-1.1"), diff.reworded());
        assertFalse(diff.isEmpty());
    }

    @Test
    void stableIdsAreNameBasedVersion5() {
        assertEquals(StableIds.item("PSW", "1.0", "PSW-2.3"), StableIds.item("PSW", "1.0", "PSW-2.3"));
        assertNotEquals(StableIds.item("PSW", "1.0", "PSW-2.3"), StableIds.item("PSW", "1.1", "PSW-2.3"));
        assertEquals(5, StableIds.item("PSW", "1.0", "PSW-2.3").version());
    }
}
