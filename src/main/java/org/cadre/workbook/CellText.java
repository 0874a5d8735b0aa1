package org.cadre.workbook;

/**
 * The formula-injection rule for every text Cadre writes into a workbook, and its inverse for what
 * comes back.
 *
 * <p>Cadre always writes text as a string cell, never as a formula, so no spreadsheet evaluates it
 * when the file opens. That is not enough: a text such as {@code =HYPERLINK(...)} becomes a live
 * formula as soon as someone edits the cell and presses Enter, or when the sheet is saved as CSV
 * and opened again. So a text that begins with {@code =}, {@code +}, {@code -}, {@code @}, tab,
 * carriage return or line feed gets a leading apostrophe ({@code '}), the guard that Excel,
 * LibreOffice Calc and Google Sheets all read as "what follows is text" when a cell is typed or
 * edited, and that stays harmless in CSV. The writer additionally marks such cells with Excel's
 * "quote prefix" style, so Excel and LibreOffice keep them as text on edit. The apostrophe remains
 * visible: a reader can see that the value was guarded, and {@link #unguard(String)} takes it away
 * again when the workbook is imported, so a phone number such as {@code +229 97 12 34 56}
 * survives the round trip unchanged.
 */
public final class CellText {

    /** The guard written in front of a dangerous text. */
    public static final char GUARD = '\'';

    private CellText() {
    }

    /** Whether a spreadsheet could read this text as a formula (or a DDE call) when it is edited. */
    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n' -> true;
            default -> false;
        };
    }

    /** The text to write: unchanged when harmless, behind the {@link #GUARD} otherwise. */
    public static String neutralise(String text) {
        if (text == null) {
            return null;
        }
        return isDangerous(text) ? GUARD + text : text;
    }

    /** The inverse of {@link #neutralise(String)}: drops a guard that precedes a dangerous text. */
    public static String unguard(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == GUARD && isDangerous(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }
}
