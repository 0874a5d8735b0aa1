package org.cadre.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.cadre.web.ApiProblem;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an uploaded workbook without trusting it. In order, and before anything is kept:
 * <ol>
 * <li>the size limit ({@code cadre.workbook.max-upload-bytes}) → 413;</li>
 * <li>the type from the first bytes, never from the name: an OLE2 container is either an encrypted
 * workbook or a legacy .xls → 415; anything but a zip (PDF, PNG …) → 415;</li>
 * <li>the zip's directory: too many parts → 413, a VBA project or a macro-enabled content type → 415,
 * not a spreadsheet → 415, not a readable zip → 400;</li>
 * <li>POI opens it with its zip-bomb guards (minimum inflate ratio, largest part, most text, most parts)
 * → 413 when tripped;</li>
 * <li>sheets are streamed (SAX), so memory stays bounded; too many sheets, rows or columns → 413.</li>
 * </ol>
 * Formulas are never evaluated: a formula cell gives the value the spreadsheet stored with it, and one
 * without a stored value is a cell error. External links are therefore never followed.
 */
@ApplicationScoped
public class SafeWorkbookReader {

    private static final String SPREADSHEET_MAIN = "spreadsheetml.sheet.main";
    private static final String SPREADSHEET_TEMPLATE = "spreadsheetml.template.main";
    private static final long MAX_CONTENT_TYPES_BYTES = 1 << 20;

    private WorkbookConfig.ReadLimits limits;

    @Inject
    WorkbookConfig config;

    SafeWorkbookReader() {
    }

    SafeWorkbookReader(WorkbookConfig.ReadLimits limits) {
        this.limits = limits;
    }

    WorkbookConfig.ReadLimits limits() {
        if (limits == null) {
            limits = config.limits();
        }
        return limits;
    }

    /**
     * The sheets whose header row has every required column (hidden helper sheets and sheets of notes
     * are skipped). Refuses the file with an {@link ApiProblem} when it is unsafe or has no such sheet.
     */
    public List<ReadSheet> read(Path file, List<Column> columns) {
        WorkbookConfig.ReadLimits l = limits();
        checkSizeAndType(file, l);
        checkParts(file, l);
        applyPoiLimits(l);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return readSheets(pkg, columns, l);
        } catch (ApiProblem e) {
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw bombOr(e, WorkbookRefused.corrupt("it is not a valid Office Open XML package"));
        } catch (Exception | StackOverflowError e) {
            throw bombOr(e, WorkbookRefused.corrupt("its content is damaged"));
        }
    }

    private static void checkSizeAndType(Path file, WorkbookConfig.ReadLimits l) {
        byte[] head;
        try {
            long size = Files.size(file);
            if (size > l.maxUploadBytes()) {
                throw WorkbookRefused.tooLarge(size, l.maxUploadBytes());
            }
            if (size == 0) {
                throw WorkbookRefused.notXlsx("empty");
            }
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8);
            }
        } catch (IOException e) {
            throw WorkbookRefused.corrupt("it could not be read");
        }
        FileMagic magic = FileMagic.valueOf(head);
        if (magic == FileMagic.OLE2) {
            throw encryptedOrLegacy(file);
        }
        if (magic != FileMagic.OOXML) {
            throw WorkbookRefused.notXlsx(switch (magic) {
                case PDF -> "a PDF document";
                case PNG, JPEG, GIF, TIFF, BMP, WMF, EMF -> "an image";
                case XML -> "an XML file (perhaps Excel 2003 XML); save it as .xlsx";
                case HTML -> "a web page";
                case RTF, WORD2 -> "a text document";
                case BIFF2, BIFF3, BIFF4 -> "an Excel 2.x-4.x file";
                default -> "of an unknown type";
            });
        }
    }

    private static ApiProblem encryptedOrLegacy(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            Set<String> entries = fs.getRoot().getEntryNames();
            if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
                return WorkbookRefused.encrypted();
            }
            return WorkbookRefused.legacyXls();
        } catch (IOException | RuntimeException e) {
            return WorkbookRefused.corrupt("it looks like an Office binary file but is damaged");
        }
    }

    /** Reads only the zip's central directory and the small content-types part. */
    private static void checkParts(Path file, WorkbookConfig.ReadLimits l) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            int parts = 0;
            boolean spreadsheet = false;
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (++parts > l.maxParts()) {
                    throw WorkbookRefused.zipBomb("more than " + l.maxParts() + " parts");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml") || name.contains("activex")) {
                    throw WorkbookRefused.macroEnabled();
                }
                if (name.equals("[content_types].xml")) {
                    if (entry.getSize() > MAX_CONTENT_TYPES_BYTES) {
                        throw WorkbookRefused.zipBomb("oversized content types");
                    }
                    String types;
                    try (InputStream in = zip.getInputStream(entry)) {
                        types = new String(in.readNBytes((int) MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
                    }
                    String lower = types.toLowerCase(Locale.ROOT);
                    if (lower.contains("macroenabled") || lower.contains("vbaproject")) {
                        throw WorkbookRefused.macroEnabled();
                    }
                    spreadsheet = lower.contains(SPREADSHEET_MAIN) || lower.contains(SPREADSHEET_TEMPLATE);
                }
            }
            if (!spreadsheet) {
                throw WorkbookRefused.notXlsx("a zip archive or another Office document, not a spreadsheet");
            }
        } catch (ApiProblem e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw WorkbookRefused.corrupt("it is not a complete zip archive");
        }
    }

    /** POI's guards are global (static); every reader uses the same configuration. */
    private static synchronized void applyPoiLimits(WorkbookConfig.ReadLimits l) {
        ZipSecureFile.setMinInflateRatio(l.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(l.maxEntryBytes());
        ZipSecureFile.setMaxTextSize(l.maxTextChars());
        ZipSecureFile.setMaxFileCount(l.maxParts());
        IOUtils.setByteArrayMaxOverride((int) Math.min(Integer.MAX_VALUE, l.maxEntryBytes()));
    }

    private List<ReadSheet> readSheets(OPCPackage pkg, List<Column> columns, WorkbookConfig.ReadLimits l)
            throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        StylesTable styles = reader.getStylesTable();
        boolean date1904 = isDate1904(reader);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        List<ReadSheet> result = new ArrayList<>();
        SheetHandler best = null;
        int count = 0;
        while (sheets.hasNext()) {
            if (++count > l.maxSheets()) {
                throw WorkbookRefused.tooManySheets(l.maxSheets());
            }
            try (InputStream xml = sheets.next()) {
                String name = sheets.getSheetName();
                SheetHandler handler = new SheetHandler(name, columns, strings, styles, date1904, l);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                try {
                    parser.parse(new InputSource(xml));
                } catch (org.xml.sax.SAXException e) {
                    if (!handler.stoppedWithoutHeader()) {
                        throw e;
                    }
                }
                handler.finish().ifPresent(result::add);
                if (best == null || handler.missing().size() < best.missing().size()) {
                    best = handler;
                }
            }
        }
        if (result.isEmpty()) {
            throw WorkbookRefused.missingColumns(best == null ? columns.stream().filter(Column::required)
                    .map(c -> c.headers().getFirst()).toList() : best.missing());
        }
        return result;
    }

    private static boolean isDate1904(XSSFReader reader) {
        try (InputStream in = reader.getWorkbookData()) {
            byte[] head = in.readNBytes(1 << 16);
            return new String(head, StandardCharsets.UTF_8).matches("(?s).*date1904=\"(1|true)\".*");
        } catch (Exception e) {
            return false;
        }
    }

    private static ApiProblem bombOr(Throwable e, ApiProblem otherwise) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return problem;
            }
            if (t instanceof OLE2NotOfficeXmlFileException) {
                return WorkbookRefused.legacyXls();
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeded the max") || message.contains("max allowed")
                    || message.contains("MAX_ENTRY_SIZE") || message.contains("MAX_FILE_COUNT")
                    || message.contains("maximum length") || message.contains("override")) {
                return WorkbookRefused.zipBomb("an expansion limit was reached");
            }
        }
        return otherwise;
    }
}
