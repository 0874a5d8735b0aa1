package org.cadre.workbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Run in a child JVM with a small heap by {@link StreamingMemoryTest}: writes a scoring-template-shaped
 * workbook (hidden ids, names, one dropdown column per competency, protected header) to the file named
 * by the first argument, with {@code args[1]} trainees and {@code args[2]} competencies.
 */
public final class LargeScoringTemplateMain {

    private LargeScoringTemplateMain() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int trainees = Integer.parseInt(args[1]);
        int competencies = Integer.parseInt(args[2]);
        List<String> headers = new ArrayList<>(List.of("person_id", "Nom", "Organisation"));
        for (int c = 1; c <= competencies; c++) {
            headers.add("PSW-" + (c / 10 + 1) + "." + (c % 10) + " Compétence numéro " + c);
        }
        List<String> levels = List.of("1 — Débutant", "2 — En progrès", "3 — Compétent", "4 — Expert");
        try (StreamingWorkbook book = new StreamingWorkbook()) {
            SheetWriter sheet = book.sheet("Évaluation").title("Atelier régional — Cotonou").blankLine();
            int[] editable = new int[competencies];
            for (int c = 0; c < competencies; c++) {
                editable[c] = 3 + c;
            }
            sheet.editable(editable).header(headers);
            for (int t = 0; t < trainees; t++) {
                List<Object> row = new ArrayList<>(headers.size());
                row.add(UUID.randomUUID().toString());
                row.add("Nguyễn Thị Participant " + t);
                row.add("Centre de protection numéro " + (t % 14));
                sheet.row(row);
            }
            int last = sheet.nextRowIndex() - 1;
            for (int c = 0; c < competencies; c++) {
                sheet.dropdown(3 + c, levels, last, "Niveau", "Choisissez un niveau de l'échelle");
            }
            sheet.hideColumn(0).freezeHeader(3).printA4Landscape().protect();
            try (var out = Files.newOutputStream(target)) {
                book.writeTo(out);
            }
        }
    }
}
