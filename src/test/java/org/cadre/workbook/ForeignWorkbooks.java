package org.cadre.workbook;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small workbooks written by hand to imitate what other spreadsheet programs save (we cannot run Excel
 * or Google Sheets here): a shared-strings table with rich-text runs as Excel writes when part of a cell
 * is formatted, inline strings as some exporters write, numbers stored as text, dates as serial numbers
 * with a date style, several cell styles, and sheet names with accents.
 */
final class ForeignWorkbooks {

    private ForeignWorkbooks() {
    }

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
            <cellXfs count="4">
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
            <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
            <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
            </cellXfs>
            </styleSheet>""";

    /** Style indexes of {@link #STYLES}: plain, bold heading, date (d/m/yyyy), text (@). */
    static final int PLAIN = 0;
    static final int BOLD = 1;
    static final int DATE = 2;
    static final int TEXT = 3;

    /** A workbook with one sheet of the given name and rows, and a shared-strings table (Excel's way). */
    static byte[] workbook(String sheetName, String sheetRows, List<String> sharedStrings) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                </Types>""".getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""".getBytes(StandardCharsets.UTF_8));
        parts.put("xl/workbook.xml", ("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>
                </workbook>""").formatted(xml(sheetName)).getBytes(StandardCharsets.UTF_8));
        parts.put("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                </Relationships>""".getBytes(StandardCharsets.UTF_8));
        parts.put("xl/styles.xml", STYLES.getBytes(StandardCharsets.UTF_8));
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + sharedStrings.size()
                + "\" uniqueCount=\"" + sharedStrings.size() + "\">");
        for (String s : sharedStrings) {
            // a "|" splits the string into two rich-text runs, the second one bold (as Excel saves partly formatted text)
            int bar = s.indexOf('|');
            if (bar < 0) {
                sst.append("<si><t xml:space=\"preserve\">").append(xml(s)).append("</t></si>");
            } else {
                sst.append("<si><r><t>").append(xml(s.substring(0, bar))).append("</t></r><r><rPr><b/></rPr><t>")
                        .append(xml(s.substring(bar + 1))).append("</t></r></si>");
            }
        }
        parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", (TestWorkbooks.SHEET_START + sheetRows + TestWorkbooks.SHEET_END)
                .getBytes(StandardCharsets.UTF_8));
        return TestWorkbooks.zip(parts);
    }

    /** A cell pointing into the shared-strings table. */
    static String shared(String ref, int index, int style) {
        return "<c r=\"" + ref + "\" s=\"" + style + "\" t=\"s\"><v>" + index + "</v></c>";
    }

    /** An inline-string cell (t="inlineStr"). */
    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + xml(text) + "</t></is></c>";
    }

    static String number(String ref, double value, int style) {
        return "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
    }

    /** A formula cell with the value the program stored with it (t="str": text result). */
    static String formulaText(String ref, String formula, String cached) {
        return "<c r=\"" + ref + "\" t=\"str\"><f>" + xml(formula) + "</f><v>" + xml(cached) + "</v></c>";
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
