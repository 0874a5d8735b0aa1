package org.cadre.workbook;

/**
 * What is wrong with one cell (or one row, when {@code column} is empty): the row number and column
 * letter as the spreadsheet shows them, the column's header, and the reason.
 */
public record CellError(int row, String column, String header, String message) {

    /** "row 12, column C (Nom): must be a date". */
    public String describe() {
        StringBuilder text = new StringBuilder("row ").append(row);
        if (column != null && !column.isEmpty()) {
            text.append(", column ").append(column);
            if (header != null && !header.isEmpty()) {
                text.append(" (").append(header).append(')');
            }
        }
        return text.append(": ").append(message).toString();
    }
}
