package org.cadre.workbook;

import org.apache.poi.ss.util.CellReference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One data row of an upload, by column key. The typed getters record a {@link CellError} (row, column
 * letter, header) when a value cannot be read, and return null; an import collects {@link #errors()}.
 */
public final class ReadRow {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));

    private final String sheet;
    private final int number;
    private final Map<String, ReadCell> cells;
    private final Map<String, Integer> columnOf;
    private final Map<String, String> headerOf;
    private final List<CellError> errors = new ArrayList<>();

    ReadRow(String sheet, int number, Map<String, ReadCell> cells, Map<String, Integer> columnOf, Map<String, String> headerOf,
            List<CellError> readErrors) {
        this.sheet = sheet;
        this.number = number;
        this.cells = Map.copyOf(cells);
        this.columnOf = columnOf;
        this.headerOf = headerOf;
        this.errors.addAll(readErrors);
    }

    /** The row number as the spreadsheet shows it (1-based). */
    public int number() {
        return number;
    }

    /** The name of the sheet the row is on (a sign-in sheet's name carries its day). */
    public String sheet() {
        return sheet;
    }

    /** The keys of the columns that hold a value in this row. */
    public java.util.Set<String> keys() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        cells.forEach((key, cell) -> {
            if (cell.text() != null && !cell.text().isBlank()) {
                keys.add(key);
            }
        });
        return keys;
    }

    public List<CellError> errors() {
        return List.copyOf(errors);
    }

    public boolean isBlank(String key) {
        return text(key) == null;
    }

    /** The stripped text, or null when blank or absent. */
    public String text(String key) {
        ReadCell cell = cells.get(key);
        if (cell == null || cell.text() == null || cell.text().isBlank()) {
            return null;
        }
        return cell.text().strip();
    }

    /** Text that must be present and at most {@code max} characters long. */
    public String requiredText(String key, int max) {
        String text = text(key);
        if (text == null) {
            error(key, ImportMessages.current().err_required());
        } else if (text.length() > max) {
            error(key, ImportMessages.current().err_too_long(max));
            return null;
        }
        return text;
    }

    public Integer integer(String key) {
        ReadCell cell = cells.get(key);
        String text = text(key);
        if (text == null) {
            return null;
        }
        if (cell.number() != null && cell.number() == Math.rint(cell.number())) {
            return (int) Math.round(cell.number());
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            error(key, ImportMessages.current().err_whole_number());
            return null;
        }
    }

    public LocalDate date(String key) {
        ReadCell cell = cells.get(key);
        String text = text(key);
        if (text == null) {
            return null;
        }
        if (cell.date() != null) {
            return cell.date().toLocalDate();
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        error(key, ImportMessages.current().err_date());
        return null;
    }

    public UUID uuid(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            error(key, ImportMessages.current().err_not_cadre_id());
            return null;
        }
    }

    /** Records a problem with this row's value in the column of {@code key}. */
    public void error(String key, String message) {
        Integer column = columnOf.get(key);
        errors.add(new CellError(number, column == null ? "" : CellReference.convertNumToColString(column),
                headerOf.getOrDefault(key, key), message));
    }

    /** Records a problem with the row as a whole. */
    public void rowError(String message) {
        errors.add(new CellError(number, "", "", message));
    }
}
