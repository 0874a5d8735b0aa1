package org.cadre.bench;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The baseline of the scoring-template export, run in a child JVM with the same 256 MB heap: one JDBC
 * query for the seated trainees and one for the competencies and scale, then a bare SXSSF loop writing
 * the same cells (title, captions, hidden id row, header, one row per trainee, a dropdown per competency
 * column, frozen header, protection) to a temporary file, with SXSSF's default settings (plain spill files, as
 * Cadre's writer). Prints each run's milliseconds.
 *
 * <p>Arguments: jdbcUrl cohortId runs
 */
public final class ExportBaseline {

    private ExportBaseline() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        UUID cohort = UUID.fromString(args[1]);
        int runs = Integer.parseInt(args[2]);
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            int rows = once(url, cohort);
            System.out.println("run " + (System.nanoTime() - t0) / 1_000_000 + " " + rows);
        }
    }

    static int once(String url, UUID cohort) throws Exception {
        List<String[]> people = new ArrayList<>();
        List<String[]> competencies = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        String title;
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            try (PreparedStatement ps = c.prepareStatement("""
                    select p.id, p.family_name || ' ' || p.given_name from enrolment e join person p on p.id = e.person_id
                     where e.cohort_id = ? and e.status in ('enrolled', 'completed')
                     order by p.family_name, p.given_name""")) {
                ps.setObject(1, cohort);
                ps.setFetchSize(2000);
                c.setAutoCommit(false);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        people.add(new String[]{rs.getString(1), rs.getString(2)});
                    }
                }
                c.commit();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select k.id, k.code || ' ' || (k.statement ->> 'en'), ch.name from cohort ch
                      join programme p on p.id = ch.programme_id
                      join competency k on k.framework_version_id = p.framework_version_id
                      join framework_function f on f.id = k.function_id
                     where ch.id = ? order by f.position, k.position""")) {
                ps.setObject(1, cohort);
                try (ResultSet rs = ps.executeQuery()) {
                    title = "";
                    while (rs.next()) {
                        competencies.add(new String[]{rs.getString(1), rs.getString(2)});
                        title = rs.getString(3);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select l.code || ' — ' || (l.label ->> 'en') from cohort ch join programme p on p.id = ch.programme_id
                      join framework_scale_level l on l.framework_version_id = p.framework_version_id
                     where ch.id = ? order by l.position""")) {
                ps.setObject(1, cohort);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        levels.add(rs.getString(1));
                    }
                }
            }
        }
        Path file = Files.createTempFile("cadre-baseline-", ".xlsx");
        int n = 0;
        // SXSSF's defaults (a window of 100 rows, plain spill files, inline strings), as Cadre writes it: compressing
        // the spill files, as this baseline did until 25 November, costs the baseline about 70 ms that Cadre does not spend.
        try (SXSSFWorkbook book = new SXSSFWorkbook(null, 100, false, false)) {
            CellStyle open = book.createCellStyle();
            open.setLocked(false);
            SXSSFSheet sheet = book.createSheet("Scores");
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(title);
            Row caption = sheet.createRow(r++);
            caption.createCell(0).setCellValue("Rating scale");
            caption.createCell(1).setCellValue(String.join("; ", levels));
            Row ids = sheet.createRow(r++);
            ids.createCell(0).setCellValue("cadre:competency-ids");
            for (int i = 0; i < competencies.size(); i++) {
                ids.createCell(3 + i).setCellValue(competencies.get(i)[0]);
            }
            ids.setZeroHeight(true);
            Row header = sheet.createRow(r++);
            header.createCell(0).setCellValue("Cadre person id");
            header.createCell(1).setCellValue("No.");
            header.createCell(2).setCellValue("Name");
            for (int i = 0; i < competencies.size(); i++) {
                header.createCell(3 + i).setCellValue(competencies.get(i)[1]);
            }
            int headerRow = r - 1;
            for (String[] p : people) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(p[0]);
                row.createCell(1).setCellValue(++n);
                row.createCell(2).setCellValue(p[1]);
                for (int i = 0; i < competencies.size(); i++) {
                    Cell cell = row.createCell(3 + i);
                    cell.setCellStyle(open);
                }
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (int i = 0; i < competencies.size(); i++) {
                DataValidation v = helper.createValidation(helper.createExplicitListConstraint(levels.toArray(String[]::new)),
                        new CellRangeAddressList(headerRow + 1, Math.max(headerRow + 1, r - 1), 3 + i, 3 + i));
                v.setShowErrorBox(true);
                sheet.addValidationData(v);
            }
            sheet.setColumnHidden(0, true);
            sheet.createFreezePane(3, headerRow + 1);
            sheet.protectSheet("baseline");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return n;
    }
}
