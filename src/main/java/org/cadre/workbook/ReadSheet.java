package org.cadre.workbook;

import java.util.List;
import java.util.Map;

/**
 * One sheet of an upload whose header row matched the expected columns: where each column was found
 * and the data rows below the header (blank rows left out).
 */
public record ReadSheet(String name, int headerRow, Map<String, Integer> columnOf, Map<String, String> headerOf,
                        List<ReadRow> rows) {

    public ReadSheet {
        columnOf = Map.copyOf(columnOf);
        headerOf = Map.copyOf(headerOf);
        rows = List.copyOf(rows);
    }

    public boolean has(String key) {
        return columnOf.containsKey(key);
    }
}
