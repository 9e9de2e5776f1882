package org.loopwatch.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small .xlsx workbooks part by part, as Excel saves them, so tests can hold what a writing
 * library will not produce: formulas with their saved results, formulas without, error cells,
 * dates as date cells (numbers with the built-in date format 14). A cell is given as
 * {@code kind:value}: {@code s:text}, {@code n:171}, {@code d:2022-01-04}, {@code f:D2-1=170} (a
 * formula with its saved result), {@code f:D2-1} (without), {@code fd:A2+1=2022-01-05} (a date
 * formula), {@code e:#DIV/0!}, or the empty string for no cell.
 */
final class HandMadeWorkbook {

    private final Map<String, List<String[]>> sheets = new LinkedHashMap<>();

    HandMadeWorkbook sheet(String name, String[]... rows) {
        sheets.put(name, List.of(rows));
        return this;
    }

    static String[] row(String... cells) {
        return cells;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", contentTypes());
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            put(zip, "xl/workbook.xml", workbook());
            put(zip, "xl/_rels/workbook.xml.rels", workbookRels());
            put(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
                    <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
                    <borders count="1"><border/></borders>\
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                    <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                    <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                    </styleSheet>""");
            int i = 1;
            for (List<String[]> rows : sheets.values()) {
                put(zip, "xl/worksheets/sheet" + i++ + ".xml", sheetXml(rows));
            }
        }
        return file;
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
        int i = 1;
        for (String name : sheets.keySet()) {
            xml.append("<sheet name=\"").append(escape(name)).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i++).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private String workbookRels() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        int i = 1;
        for (; i <= sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private static String sheetXml(List<String[]> rows) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            String[] cells = rows.get(r);
            for (int c = 0; c < cells.length; c++) {
                xml.append(cell(WorkbookPlaces.column(c) + (r + 1), cells[c]));
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static String cell(String ref, String spec) {
        if (spec.isEmpty()) {
            return "";
        }
        String kind = spec.substring(0, spec.indexOf(':'));
        String value = spec.substring(spec.indexOf(':') + 1);
        String at = "<c r=\"" + ref + "\"";
        return switch (kind) {
            case "s" -> at + " t=\"inlineStr\"><is><t>" + escape(value) + "</t></is></c>";
            case "n" -> at + "><v>" + value + "</v></c>";
            case "d" -> at + " s=\"1\"><v>" + serial(value) + "</v></c>";
            case "e" -> at + " t=\"e\"><v>" + escape(value) + "</v></c>";
            case "f", "fd" -> {
                String[] parts = value.split("=", 2);
                String style = kind.equals("fd") ? " s=\"1\"" : "";
                String saved = parts.length < 2 ? ""
                        : "<v>" + (kind.equals("fd") ? serial(parts[1]) : escape(parts[1])) + "</v>";
                String type = parts.length == 2 && !kind.equals("fd") && !parts[1].matches("-?[0-9.]+") ? " t=\"str\"" : "";
                yield at + style + type + "><f>" + escape(parts[0]) + "</f>" + saved + "</c>";
            }
            default -> throw new IllegalArgumentException(spec);
        };
    }

    /* Excel's day number of a date (1900 system; 1900-03-01 and later). */
    static long serial(String date) {
        return ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.parse(date));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** All rows of a list, for sheets built in a loop. */
    static String[][] rows(List<String[]> rows) {
        return new ArrayList<>(rows).toArray(new String[0][]);
    }
}
