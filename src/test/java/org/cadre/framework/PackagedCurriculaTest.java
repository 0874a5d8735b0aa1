package org.cadre.framework;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The curricula files are packaged as class path resources, so a production jar finds them without the project folder. */
class PackagedCurriculaTest {

    @Test
    void packagedCopyHoldsEveryFrameworkFile() throws IOException {
        List<FrameworkLoader.NamedText> files = FrameworkLoader.fromClasspath();
        assertEquals(List.of("curricula/cdw.yaml", "curricula/cycw.yaml", "curricula/para-professional.yaml", "curricula/psw.yaml"),
                files.stream().map(FrameworkLoader.NamedText::name).toList());
        files.forEach(f -> CurriculumReader.read(f.name(), f.text()));
    }

    @Test
    void packagedRootIsFoundInAJarOrAFolder() throws Exception {
        assertEquals(Path.of("/opt/cadre/app/cadre.jar"),
                FrameworkLoader.packagedRoot(URI.create("jar:file:/opt/cadre/app/cadre.jar!/curricula/README.md").toURL()));
        assertEquals(Path.of("/work/target/classes"),
                FrameworkLoader.packagedRoot(URI.create("file:/work/target/classes/curricula/README.md").toURL()));
        assertNull(FrameworkLoader.packagedRoot(null));
    }
}
