package org.cadre.workbook;

import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming writer keeps memory bounded: a 10,000-trainee scoring template in a 256 MB heap. */
class StreamingMemoryTest {

    @Test
    void writesTenThousandTraineeScoringTemplateWithA256MegabyteHeap() throws Exception {
        Path dir = Files.createTempDirectory("cadre-memory-");
        Path file = dir.resolve("scoring.xlsx");
        Path log = dir.resolve("child.log");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                    "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                    LargeScoringTemplateMain.class.getName(), file.toString(), "10000", "40")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the child JVM finished");
            assertEquals(0, child.exitValue(), () -> "child JVM failed: " + readQuietly(log));

            // Count the rows without loading the sheet into memory: POI's package reader, the raw sheet part.
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                assertTrue(sheets.hasNext());
                int rows;
                try (InputStream sheet = sheets.next()) {
                    rows = countRows(sheet);
                }
                assertEquals("Évaluation", sheets.getSheetName());
                assertEquals(10_000 + 3, rows, "title, blank line, header and one row per trainee");
            }
            try (var walk = Files.walk(dir)) {
                assertEquals(List.of(log, file), walk.filter(Files::isRegularFile).sorted().toList(),
                        "only the workbook and the log remain: the temporary files were deleted");
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(StreamingWorkbook::deleteQuietly);
            }
        }
    }

    private static int countRows(InputStream sheetXml) throws Exception {
        Pattern row = Pattern.compile("<row ");
        int count = 0;
        byte[] buffer = new byte[1 << 16];
        String carry = "";
        int n;
        while ((n = sheetXml.read(buffer)) > 0) {
            String chunk = carry + new String(buffer, 0, n, StandardCharsets.UTF_8);
            Matcher m = row.matcher(chunk);
            int end = 0;
            while (m.find()) {
                count++;
                end = m.end();
            }
            carry = chunk.substring(Math.max(end, chunk.length() - 4));
        }
        return count;
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (Exception e) {
            return "(no log)";
        }
    }
}
