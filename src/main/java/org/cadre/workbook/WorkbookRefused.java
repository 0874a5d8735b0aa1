package org.cadre.workbook;

import org.cadre.web.ApiProblem;

import java.util.List;

/** The distinct ways an upload is refused before any of it is used; each is its own problem type. */
final class WorkbookRefused {

    private WorkbookRefused() {
    }

    static ApiProblem tooLarge(long size, long max) {
        return new ApiProblem(413, "workbook-too-large",
                "The file has " + size + " bytes; the limit is " + max + " bytes", List.of());
    }

    static ApiProblem zipBomb(String why) {
        return new ApiProblem(413, "workbook-expands-too-much",
                "The workbook expands to far more data than its size suggests and was refused (" + why + ")", List.of());
    }

    static ApiProblem tooManyRows(String sheet, int max) {
        return new ApiProblem(413, "workbook-too-many-rows",
                "The sheet " + sheet + " has more than " + max + " rows", List.of());
    }

    static ApiProblem tooManyColumns(String sheet, int max) {
        return new ApiProblem(413, "workbook-too-many-columns",
                "The sheet " + sheet + " has more than " + max + " columns", List.of());
    }

    static ApiProblem tooManySheets(int max) {
        return new ApiProblem(413, "workbook-too-many-sheets", "The workbook has more than " + max + " sheets", List.of());
    }

    static ApiProblem notXlsx(String what) {
        return new ApiProblem(415, "workbook-not-xlsx",
                "Only Excel workbooks (.xlsx) are accepted; this file is " + what, List.of());
    }

    static ApiProblem legacyXls() {
        return new ApiProblem(415, "workbook-legacy-format",
                "This is an old Excel 97-2003 (.xls) or other binary Office file; save it as .xlsx and upload again",
                List.of());
    }

    static ApiProblem encrypted() {
        return new ApiProblem(415, "workbook-encrypted",
                "The workbook is protected by a password (encrypted); remove the password and upload again", List.of());
    }

    static ApiProblem macroEnabled() {
        return new ApiProblem(415, "workbook-macro-enabled",
                "The workbook contains macros (.xlsm); save it as a plain .xlsx workbook and upload again", List.of());
    }

    static ApiProblem corrupt(String why) {
        return new ApiProblem(400, "workbook-corrupt", "The workbook cannot be read: " + why, List.of());
    }

    static ApiProblem missingColumns(List<String> headers) {
        return new ApiProblem(422, "workbook-missing-columns",
                "No sheet has the expected header row; missing columns: " + String.join(", ", headers), List.of());
    }
}
