package org.cadre.workbook;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Streams one sheet's XML: finds the header row among the first rows, then turns each later row into
 * a {@link ReadRow} keyed by column. Formula cells give their stored (cached) value; nothing is ever
 * evaluated.
 */
final class SheetHandler extends DefaultHandler {

    /** How far down the header row may be (title, dates and venue lines come first in Cadre's sheets). */
    private static final int HEADER_SEARCH_ROWS = 30;

    /** Thrown to stop reading a sheet that has no header row: its other rows are of no use. */
    private static final class NoHeader extends SAXException {
        NoHeader() {
            super("no header row");
        }
    }

    private final String sheetName;
    private final List<Column> columns;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final WorkbookConfig.ReadLimits limits;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private final Map<String, Integer> columnOf = new LinkedHashMap<>();
    private final Map<String, String> headerOf = new HashMap<>();
    private final Map<Integer, String> keyAt = new HashMap<>();
    /** The hidden row of stable ids above a heading (first cell {@code cadre:…-ids}), by column. */
    private final Map<Integer, String> hiddenIds = new HashMap<>();
    private final List<ReadRow> rows = new ArrayList<>();
    private List<String> missing = List.of();
    private int headerRow = -1;
    private boolean noHeader;
    private int rowCount;

    // state of the row and cell being read
    private int rowNumber;
    private int nextColumn;
    private Map<Integer, ReadCell> rowCells;
    private List<CellError> rowErrors;
    private int cellColumn;
    private String cellType;
    private int cellStyle;
    private boolean cellHasFormula;
    private boolean inValue;
    private boolean inInlineString;
    private boolean inInlineText;
    private boolean inPhonetic;
    private final StringBuilder value = new StringBuilder();

    SheetHandler(String sheetName, List<Column> columns, ReadOnlySharedStringsTable strings, StylesTable styles,
                 boolean date1904, WorkbookConfig.ReadLimits limits) {
        this.sheetName = sheetName;
        this.columns = columns;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.limits = limits;
        this.missing = columns.stream().filter(Column::required).map(c -> c.headers().getFirst()).toList();
    }

    /** The sheet, when its header row was found. */
    Optional<ReadSheet> finish() {
        if (headerRow < 0) {
            return Optional.empty();
        }
        return Optional.of(new ReadSheet(sheetName, headerRow, columnOf, headerOf, rows));
    }

    /** Required headers missing from the best candidate row (for the error message). */
    List<String> missing() {
        return missing;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (name(localName, qName)) {
            case "row" -> {
                if (++rowCount > limits.maxRows()) {
                    throw WorkbookRefused.tooManyRows(sheetName, limits.maxRows());
                }
                String r = attributes.getValue("r");
                rowNumber = r != null ? parseInt(r, rowNumber + 1) : rowNumber + 1;
                nextColumn = 0;
                rowCells = new HashMap<>();
                rowErrors = new ArrayList<>();
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                cellColumn = ref != null ? new CellReference(ref).getCol() : nextColumn;
                nextColumn = cellColumn + 1;
                if (cellColumn >= limits.maxColumns()) {
                    throw WorkbookRefused.tooManyColumns(sheetName, limits.maxColumns());
                }
                cellType = attributes.getValue("t");
                String s = attributes.getValue("s");
                cellStyle = s == null ? -1 : parseInt(s, -1);
                cellHasFormula = false;
                value.setLength(0);
            }
            case "f" -> cellHasFormula = true;
            case "v" -> {
                inValue = true;
                value.setLength(0);
            }
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> inInlineText = inInlineString && !inPhonetic;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            if (value.length() + length > limits.maxTextChars()) {
                throw WorkbookRefused.zipBomb("a cell holds too much text");
            }
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (name(localName, qName)) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInlineString = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
            }
        }
    }

    private void endCell() {
        String raw = value.toString();
        value.setLength(0);
        boolean hasValue = !raw.isEmpty() || "inlineStr".equals(cellType);
        if (cellHasFormula && !hasValue) {
            rowErrors.add(error(cellColumn, "holds a formula without a stored value; type the value itself"));
            return;
        }
        if (!hasValue) {
            return;
        }
        ReadCell cell;
        try {
            cell = switch (cellType == null ? "n" : cellType) {
                case "s" -> ReadCell.ofText(text(strings.getItemAt(Integer.parseInt(raw.strip())).getString()));
                case "inlineStr", "str" -> ReadCell.ofText(text(raw));
                case "b" -> ReadCell.ofText("1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()) ? "TRUE" : "FALSE");
                case "e" -> {
                    rowErrors.add(error(cellColumn, "holds the error value " + raw.strip()));
                    yield null;
                }
                case "d" -> ReadCell.ofDate(LocalDateTime.parse(raw.strip().replace("Z", "")));
                default -> number(Double.parseDouble(raw.strip()));
            };
        } catch (RuntimeException e) {
            if (e instanceof org.cadre.web.ApiProblem problem) {
                throw problem;
            }
            rowErrors.add(error(cellColumn, "cannot be read"));
            return;
        }
        if (cell != null && !cell.text().isEmpty()) {
            rowCells.put(cellColumn, cell);
        }
    }

    private void endRow() throws SAXException {
        if (headerRow < 0) {
            if (!rowCells.isEmpty() && isIdRow()) {
                rowCells.forEach((column, cell) -> hiddenIds.put(column, cell.text().strip()));
            } else if (!rowCells.isEmpty()) {
                tryHeader();
            }
            if (headerRow < 0 && rowCount >= HEADER_SEARCH_ROWS) {
                noHeader = true;
                throw new NoHeader();
            }
            return;
        }
        Map<String, ReadCell> byKey = new HashMap<>();
        keyAt.forEach((column, key) -> {
            ReadCell cell = rowCells.get(column);
            if (cell != null) {
                byKey.put(key, cell);
            }
        });
        List<CellError> errors = rowErrors.stream().filter(e -> keyAt.containsKey(columnIndex(e.column()))).toList();
        if (byKey.isEmpty() && errors.isEmpty()) {
            return; // blank row
        }
        rows.add(new ReadRow(sheetName, rowNumber, byKey, columnOf, headerOf, errors));
    }

    /** Whether the row is a hidden row of stable ids written by an export ({@code cadre:competency-ids}). */
    private boolean isIdRow() {
        ReadCell first = rowCells.entrySet().stream().min(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(null);
        return first != null && first.text().strip().matches("cadre:[a-z-]+-ids");
    }

    /**
     * A heading cell names a column by its text or, when the export wrote a hidden row of stable ids
     * above the heading, by the id in the same column (so a translated or edited heading still matches).
     */
    private void tryHeader() {
        Map<String, Integer> found = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        rowCells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String id = hiddenIds.get(entry.getKey());
            for (Column column : columns) {
                if (!found.containsKey(column.key()) && (column.matches(entry.getValue().text())
                        || id != null && column.matches(id))) {
                    found.put(column.key(), entry.getKey());
                    texts.put(column.key(), entry.getValue().text().strip());
                    break;
                }
            }
        });
        List<String> absent = columns.stream().filter(c -> c.required() && !found.containsKey(c.key()))
                .map(c -> c.headers().getFirst()).toList();
        if (absent.size() < missing.size() || (absent.isEmpty())) {
            missing = absent;
        }
        if (absent.isEmpty()) {
            headerRow = rowNumber;
            columnOf.putAll(found);
            headerOf.putAll(texts);
            found.forEach((key, column) -> keyAt.put(column, key));
        }
    }

    private CellError error(int column, String message) {
        String key = keyAt.get(column);
        return new CellError(rowNumber, CellReference.convertNumToColString(column),
                key == null ? "" : headerOf.get(key), message);
    }

    private static int columnIndex(String letters) {
        return letters == null || letters.isEmpty() ? -1 : CellReference.convertColStringToIndex(letters);
    }

    private ReadCell number(double number) {
        if (cellStyle >= 0 && isDateStyle(cellStyle) && DateUtil.isValidExcelDate(number)) {
            return ReadCell.ofDate(DateUtil.getLocalDateTime(number, date1904));
        }
        return ReadCell.ofNumber(number);
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle style = styles.getStyleAt(i);
            return style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        });
    }

    /** Text as typed: the export's formula guard removed, Unicode composed (NFC) so accents compare equal. */
    private static String text(String raw) {
        return Normalizer.normalize(CellText.unguard(raw), Normalizer.Form.NFC);
    }

    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    private static int parseInt(String text, int otherwise) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    boolean stoppedWithoutHeader() {
        return noHeader;
    }
}
