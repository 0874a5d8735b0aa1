package org.cadre.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes one sheet of a {@link StreamingWorkbook} from top to bottom: optional title lines, one header
 * row, then data rows. Strings are always neutralised ({@link CellText}); numbers, dates and booleans
 * keep their types. Layout helpers cover what Cadre's sheets need: frozen header, A4 landscape print
 * with the header repeated on every page, hidden id columns, dropdown lists and a protected header.
 */
final class SheetWriter {

    /** Excel's own limit for an inline list of a dropdown. */
    private static final int INLINE_LIST_LIMIT = 255;

    private final StreamingWorkbook book;
    private final SXSSFSheet sheet;
    private final BitSet editable = new BitSet();
    private int nextRow;
    private int headerRow = -1;
    private int columns;
    private boolean bordered;
    private float rowHeight = -1;

    SheetWriter(StreamingWorkbook book, SXSSFSheet sheet) {
        this.book = book;
        this.sheet = sheet;
    }

    String name() {
        return sheet.getSheetName();
    }

    /** A bold title line (workshop name). */
    SheetWriter title(String text) {
        Row row = sheet.createRow(nextRow++);
        write(row, 0, text, StreamingWorkbook.Look.TITLE, true);
        row.setHeightInPoints(20);
        return this;
    }

    /** A label and value line above the table (dates, venue). */
    SheetWriter caption(String label, Object value) {
        Row row = sheet.createRow(nextRow++);
        write(row, 0, label, StreamingWorkbook.Look.SUBTITLE, true);
        write(row, 1, value, null, true);
        return this;
    }

    /** A row kept for machines (stable ids for a round trip): written, but hidden from view and print. */
    SheetWriter hiddenRow(List<?> values) {
        Row row = sheet.createRow(nextRow++);
        row.setZeroHeight(true);
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) != null) {
                write(row, c, values.get(c), null, true);
            }
        }
        return this;
    }

    SheetWriter blankLine() {
        sheet.createRow(nextRow++);
        return this;
    }

    /** Columns the user fills in: left unlocked when the sheet is protected. Call before writing rows. */
    SheetWriter editable(int... columnIndexes) {
        for (int c : columnIndexes) {
            editable.set(c);
            sheet.setDefaultColumnStyle(c, book.style(StreamingWorkbook.Look.TEXT, false, false));
        }
        return this;
    }

    /** Thin borders around every data cell (printed sign-in sheets). */
    SheetWriter bordered() {
        this.bordered = true;
        return this;
    }

    /** Height of data rows in points, e.g. room for a signature. */
    SheetWriter rowHeight(float points) {
        this.rowHeight = points;
        return this;
    }

    /** The header row; returns this. Each later call of {@link #row} writes one data row below it. */
    SheetWriter header(List<String> headers) {
        headerRow = nextRow++;
        Row row = sheet.createRow(headerRow);
        for (int c = 0; c < headers.size(); c++) {
            write(row, c, headers.get(c), StreamingWorkbook.Look.HEADER, true);
        }
        columns = Math.max(columns, headers.size());
        return this;
    }

    /** One data row: String, Number, LocalDate, LocalDateTime, Instant, Boolean or null (blank) per cell. */
    SheetWriter row(Object... values) {
        return row(Arrays.asList(values));
    }

    SheetWriter row(List<?> values) {
        Row row = sheet.createRow(nextRow++);
        if (rowHeight > 0) {
            row.setHeightInPoints(rowHeight);
        }
        int width = Math.max(Math.max(values.size(), bordered ? columns : 0), editable.length());
        for (int c = 0; c < width; c++) {
            Object value = c < values.size() ? values.get(c) : null;
            if (value != null || bordered || editable.get(c)) {
                write(row, c, value, null, !editable.get(c));
            }
        }
        columns = Math.max(columns, values.size());
        return this;
    }

    /** Index (0-based) of the next row to be written. */
    int nextRowIndex() {
        return nextRow;
    }

    int headerRowIndex() {
        return headerRow;
    }

    /** Column widths in characters, from the first column. */
    SheetWriter widths(int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, Math.max(1, characters[c])) * 256);
        }
        return this;
    }

    /** Keeps the header (and everything above it) and the first {@code columns} columns in view. */
    SheetWriter freezeHeader(int frozenColumns) {
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        return this;
    }

    /** Prints on A4 landscape, one page wide, with the rows down to the header repeated on every page. */
    SheetWriter printA4Landscape() {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
        }
        sheet.getFooter().setCenter("&P / &N");
        return this;
    }

    SheetWriter hideColumn(int column) {
        sheet.setColumnHidden(column, true);
        return this;
    }

    /**
     * A dropdown that accepts only these values in the column, from the row after the header down to
     * {@code lastRow} (0-based, inclusive). Long lists go to a hidden sheet.
     */
    SheetWriter dropdown(int column, List<String> values, int lastRow, String errorTitle, String errorText) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] guarded = values.stream().map(CellText::neutralise).toArray(String[]::new);
        boolean inline = String.join(",", guarded).length() <= INLINE_LIST_LIMIT
                && Arrays.stream(guarded).noneMatch(v -> v.contains(",") || v.contains("\""));
        DataValidationConstraint constraint = inline
                ? helper.createExplicitListConstraint(guarded)
                : helper.createFormulaListConstraint(book.listRange(values));
        int first = headerRow + 1;
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(first, Math.max(first, lastRow), column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(errorTitle, errorText);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
        return this;
    }

    /**
     * Protects the sheet so that only the {@link #editable} columns can be typed in: headers, hidden ids
     * and names stay as exported. This guards against slips, not against a determined user: sheet
     * protection is not encryption, so the password is random and never kept.
     */
    SheetWriter protect() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        sheet.protectSheet(HexFormat.of().formatHex(random));
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        return this;
    }

    private void write(Row row, int column, Object value, StreamingWorkbook.Look look, boolean locked) {
        Cell cell = row.createCell(column);
        boolean border = bordered && look == null;
        switch (value) {
            case null -> cell.setCellStyle(book.style(look == null ? StreamingWorkbook.Look.TEXT : look, locked, border));
            case Number n -> {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(book.style(look == null ? StreamingWorkbook.Look.NUMBER : look, locked, border));
            }
            case Boolean b -> {
                cell.setCellValue(b);
                cell.setCellStyle(book.style(look == null ? StreamingWorkbook.Look.TEXT : look, locked, border));
            }
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(book.style(look == null ? StreamingWorkbook.Look.DATE : look, locked, border));
            }
            case LocalDateTime t -> {
                cell.setCellValue(t.toLocalDate());
                cell.setCellStyle(book.style(look == null ? StreamingWorkbook.Look.DATE : look, locked, border));
            }
            case Instant i -> {
                cell.setCellValue(i.atOffset(ZoneOffset.UTC).toLocalDate());
                cell.setCellStyle(book.style(look == null ? StreamingWorkbook.Look.DATE : look, locked, border));
            }
            default -> {
                String text = value.toString();
                boolean dangerous = CellText.isDangerous(text);
                cell.setCellValue(CellText.neutralise(text));
                StreamingWorkbook.Look textLook = look != null ? look
                        : dangerous ? StreamingWorkbook.Look.GUARDED_TEXT : StreamingWorkbook.Look.TEXT;
                cell.setCellStyle(book.style(textLook, locked, border));
            }
        }
    }
}
