package org.cadre.workbook;

import java.time.LocalDateTime;

/**
 * One non-blank cell as read from an upload. {@code text} is always set (numbers without a useless
 * ".0", dates as ISO, booleans as TRUE/FALSE); {@code number} and {@code date} when the cell held one.
 */
record ReadCell(String text, Double number, LocalDateTime date) {

    static ReadCell ofText(String text) {
        return new ReadCell(text, null, null);
    }

    static ReadCell ofNumber(double value) {
        String text = value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
        return new ReadCell(text, value, null);
    }

    static ReadCell ofDate(LocalDateTime date) {
        String text = date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? date.toLocalDate().toString() : date.toString();
        return new ReadCell(text, null, date);
    }
}
