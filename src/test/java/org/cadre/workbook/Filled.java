package org.cadre.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Fills an exported workbook as a trainer would (with POI's usermodel, as a spreadsheet program would). */
final class Filled {

    private Filled() {
    }

    static byte[] edit(byte[] exported, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 0-based index of the row whose cell in {@code column} reads {@code text}. */
    static int rowWith(Sheet sheet, int column, String text) {
        DataFormatter f = new DataFormatter();
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && text.equals(f.formatCellValue(cell))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row with " + text + " in column " + column + " of " + sheet.getSheetName());
    }

    /** The 0-based index of the heading cell that reads {@code text} (or starts with it). */
    static int columnWith(Sheet sheet, int headerRow, String text) {
        DataFormatter f = new DataFormatter();
        for (Cell cell : sheet.getRow(headerRow)) {
            String value = f.formatCellValue(cell);
            if (value.equals(text) || value.startsWith(text + " ")) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no heading " + text);
    }

    static void set(Sheet sheet, int row, int column, Object value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
