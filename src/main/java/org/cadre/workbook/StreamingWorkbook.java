package org.cadre.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one way Cadre writes a workbook: a streaming {@code .xlsx} (Apache POI's SXSSF) that keeps only
 * a window of rows in memory and spills the rest to temporary files, which
 * {@link #close()} always deletes. Every text cell goes through {@link CellText#neutralise(String)}.
 *
 * <pre>
 * try (StreamingWorkbook book = new StreamingWorkbook()) {
 *     SheetWriter sheet = book.sheet("Roster");
 *     sheet.header(List.of("Name", "Organisation"));
 *     sheet.row("Ama Kossi", "Centre Espoir");
 *     book.writeTo(out);
 * }
 * </pre>
 */
final class StreamingWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet; older rows are flushed to the temporary file. */
    static final int ROW_WINDOW = 200;

    /** The kinds of cell the writer styles. */
    enum Look {
        TEXT, GUARDED_TEXT, NUMBER, DATE, HEADER, TITLE, SUBTITLE
    }

    private final SXSSFWorkbook workbook;
    /** The styles made so far, by look, locked and bordered ({@link #styleIndex}): a lookup per cell, no key object. */
    private final CellStyle[] styles = new CellStyle[Look.values().length * 4];
    private final Map<Look, Font> fonts = new EnumMap<>(Look.class);
    private final Set<String> sheetNames = new HashSet<>();
    private SXSSFSheet lists;
    private int listRows;

    StreamingWorkbook() {
        // No shared strings table: inline strings keep memory flat however many distinct texts there are.
        // Rows beyond the window spill to a plain temporary file: compressing it too would deflate and
        // inflate every row once more before the final (compressed) workbook is written.
        this.workbook = new SXSSFWorkbook(null, ROW_WINDOW, false, false);
    }

    /** A new sheet; the name is made safe for Excel (31 characters, no []:*?/\) and unique. */
    SheetWriter sheet(String name) {
        String safe = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet" : name.strip());
        String unique = safe;
        for (int n = 2; sheetNames.contains(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        sheetNames.add(unique.toLowerCase(Locale.ROOT));
        return new SheetWriter(this, workbook.createSheet(unique));
    }

    int sheetCount() {
        return workbook.getNumberOfSheets();
    }

    void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Writes the workbook to a new temporary file, which the caller must delete. */
    Path writeToTempFile() {
        return writeToTempFile(null);
    }

    /**
     * Writes the workbook to a new temporary file, which the caller must delete; every byte written also
     * goes through {@code digest} (when given), so the file's hash needs no second read.
     */
    Path writeToTempFile(MessageDigest digest) {
        Path file = null;
        try {
            file = Files.createTempFile("cadre-export-", ".xlsx");
            OutputStream target = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            try (OutputStream out = digest == null ? target : new DigestOutputStream(target, digest)) {
                writeTo(out);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public void close() {
        try {
            workbook.dispose();
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are gone already; nothing else to release
            }
        }
    }

    /**
     * A range on the hidden "lists" sheet holding these values, for a dropdown whose values do not fit
     * in Excel's 255-character inline list.
     */
    String listRange(List<String> values) {
        if (lists == null) {
            lists = workbook.createSheet("_lists");
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
        }
        // One row per list, values side by side: rows are written once, in order, as SXSSF requires.
        int rowIndex = listRows++;
        var row = lists.createRow(rowIndex);
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(CellText.neutralise(values.get(i)));
        }
        String last = org.apache.poi.ss.util.CellReference.convertNumToColString(Math.max(0, values.size() - 1));
        return "'_lists'!$A$" + (rowIndex + 1) + ":$" + last + "$" + (rowIndex + 1);
    }

    CellStyle style(Look look, boolean locked, boolean bordered) {
        int index = styleIndex(look, locked, bordered);
        CellStyle style = styles[index];
        if (style == null) {
            style = createStyle(look, locked, bordered);
            styles[index] = style;
        }
        return style;
    }

    private static int styleIndex(Look look, boolean locked, boolean bordered) {
        return look.ordinal() * 4 + (locked ? 2 : 0) + (bordered ? 1 : 0);
    }

    private CellStyle createStyle(Look look, boolean locked, boolean bordered) {
        CellStyle style = workbook.createCellStyle();
        style.setLocked(locked);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        switch (look) {
            case GUARDED_TEXT -> style.setQuotePrefixed(true);
            case DATE -> style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            case NUMBER -> style.setDataFormat(workbook.createDataFormat().getFormat("General"));
            case HEADER -> {
                style.setFont(font(Look.HEADER));
                style.setWrapText(true);
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            case TITLE, SUBTITLE -> style.setFont(font(look));
            default -> {
            }
        }
        if (bordered || look == Look.HEADER) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    private Font font(Look look) {
        return fonts.computeIfAbsent(look, l -> {
            Font font = workbook.createFont();
            font.setBold(l != Look.SUBTITLE);
            if (l == Look.TITLE) {
                font.setFontHeightInPoints((short) 14);
            }
            return font;
        });
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is cleaned by the operating system
            }
        }
    }
}
