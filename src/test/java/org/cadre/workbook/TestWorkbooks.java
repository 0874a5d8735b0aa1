package org.cadre.workbook;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks built byte by byte for tests: well-formed ones from raw sheet XML, and hostile ones (zip
 * bombs, encrypted, macro-enabled, renamed images, truncated zips, legacy .xls).
 */
public final class TestWorkbooks {

    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="%s"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            </Types>""";
    static final String XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String ROOT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets>
            </workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            </Relationships>""";
    static final String SHEET_START = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";
    static final String SHEET_END = "</sheetData></worksheet>";

    private TestWorkbooks() {
    }

    /** A minimal .xlsx whose only sheet has the given {@code <row>} elements (inline strings, no styles). */
    public static byte[] rawSheet(String rowsXml) {
        return zip(parts(XLSX_MAIN, SHEET_START + rowsXml + SHEET_END));
    }

    static Map<String, byte[]> parts(String mainContentType, String sheetXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES.formatted(mainContentType).getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ROOT_RELS.getBytes(StandardCharsets.UTF_8));
        parts.put("xl/workbook.xml", WORKBOOK.getBytes(StandardCharsets.UTF_8));
        parts.put("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", sheetXml.getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** One inline-string cell. */
    public static String text(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    public static String row(int number, String... cells) {
        return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
    }

    /**
     * A tiny zip whose sheet XML inflates to {@code megabytes} MB of blank space: the classic
     * decompression bomb shape (a ratio near 1:1000).
     */
    static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Map<String, byte[]> parts = parts(XLSX_MAIN, "");
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().endsWith("sheet1.xml")) {
                    zip.write((SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(blanks);
                    }
                    zip.write(("</t></is></c></row>" + SHEET_END).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(part.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** A real workbook, encrypted with a password the agile way (Excel 2010+), in its OLE2 wrapper. */
    static byte[] encrypted() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Secret").createRow(0).createCell(0).setCellValue("Nom");
            workbook.write(plain);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("motdepasse");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain.toByteArray());
            }
            ByteArrayOutputStream result = new ByteArrayOutputStream();
            fs.writeFilesystem(result);
            return result.toByteArray();
        }
    }

    static byte[] legacyXls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("Ancien").createRow(0).createCell(0).setCellValue("Nom");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] withMacros() {
        Map<String, byte[]> parts = parts(XLSX_MAIN, SHEET_START + row(1, text("A1", "Nom")) + SHEET_END);
        parts.put("xl/vbaProject.bin", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});
        return zip(parts);
    }

    static byte[] macroEnabledContentType() {
        return zip(parts(XLSM_MAIN, SHEET_START + row(1, text("A1", "Nom")) + SHEET_END));
    }

    static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] manyParts(int count) {
        Map<String, byte[]> parts = parts(XLSX_MAIN, SHEET_START + SHEET_END);
        for (int i = 0; i < count; i++) {
            parts.put("xl/media/image" + i + ".png", new byte[]{1});
        }
        return zip(parts);
    }

    static byte[] wordDocument() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", "<document/>".getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    public static Path toFile(byte[] content) throws IOException {
        Path file = Files.createTempFile("cadre-test-", ".xlsx");
        Files.write(file, content);
        return file;
    }

    /** Written with Cadre's own streaming writer: a header row under a title, then the rows. */
    public static byte[] written(String title, List<String> headers, List<List<Object>> rows) {
        try (StreamingWorkbook book = new StreamingWorkbook()) {
            SheetWriter sheet = book.sheet("Liste").title(title).blankLine().header(headers);
            rows.forEach(sheet::row);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
