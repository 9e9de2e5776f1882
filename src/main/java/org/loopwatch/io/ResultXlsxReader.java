package org.loopwatch.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.loopwatch.domain.RawEntry;
import org.loopwatch.domain.text.Texts;

/**
 * Reads daily results from one sheet of an .xlsx workbook (SPEC §5) with fastexcel's streaming
 * reader (decision 0019): the first row names the columns as a CSV header does, each row below is
 * one result. Cells become the text the CSV reader would have seen, so the same
 * {@link ImportChecker} rules apply: a date cell becomes {@code yyyy-MM-dd}, a number its plain
 * digits, a formula its saved result (and it is listed, so the preview can say which were
 * formulas). A workbook it cannot open — encrypted, an old .xls, not a workbook, damaged — is
 * refused with one clear problem.
 */
final class ResultXlsxReader {

    private static final Texts TEXT = Texts.of(ResultXlsxReader.class);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    /* The stream an encrypted OOXML package keeps in its OLE2 container, in the directory's UTF-16LE. */
    private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);

    private ResultXlsxReader() {
    }

    /** True for a file LoopWatch should read as a workbook: by its name, or by its first bytes. */
    static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            return true;
        }
        byte[] head = head(file, OLE2.length);
        return startsWith(head, ZIP) || startsWith(head, OLE2);
    }

    /**
     * Reads the rows of {@code sheetName} (the first sheet when null).
     *
     * @return the rows, and the problems of cells that could not be read (their rows are left out)
     * @throws CsvImportException when the workbook cannot be opened, the sheet is missing or the header
     *                            is wrong; every problem names its cell
     */
    static WorkbookRows read(Path file, String sheetName, ImportMonitor monitor) throws CsvImportException {
        String fileName = file.getFileName().toString();
        refuseWhatIsNoWorkbook(file, fileName);
        try (InputStream in = Files.newInputStream(file);
             ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, true))) {
            Sheet sheet = sheet(workbook, sheetName);
            try (Stream<Row> stream = sheet.openStream()) {
                return rows(sheet.getName(), stream.iterator(), monitor);
            }
        } catch (CsvImportException | ImportCancelledException passOn) {
            throw passOn;
        } catch (IOException | RuntimeException unreadable) {
            throw CsvImportException.single(1, TEXT.format("xlsx.unreadable", fileName, describe(unreadable)));
        }
    }

    private static void refuseWhatIsNoWorkbook(Path file, String fileName) throws CsvImportException {
        byte[] head = head(file, OLE2.length);
        if (startsWith(head, OLE2)) {
            throw CsvImportException.single(1, TEXT.format(isEncrypted(file) ? "xlsx.encrypted" : "xlsx.oldFormat",
                    fileName));
        }
        if (!startsWith(head, ZIP)) {
            throw CsvImportException.single(1, TEXT.format("xlsx.notWorkbook", fileName));
        }
    }

    private static Sheet sheet(ReadableWorkbook workbook, String name) throws CsvImportException {
        if (name == null) {
            return workbook.getFirstSheet();
        }
        return workbook.getSheets().filter(sheet -> sheet.getName().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> CsvImportException.single(1, TEXT.format("xlsx.noSheet", name,
                        workbook.getSheets().map(Sheet::getName).collect(Collectors.joining(", ")))));
    }

    private static WorkbookRows rows(String sheet, Iterator<Row> stream, ImportMonitor monitor)
            throws CsvImportException {
        Row header = nextNonBlank(stream);
        if (header == null) {
            throw CsvImportException.single(1, TEXT.format("xlsx.empty", sheet));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.getCellCount(); i++) {
            names.add(header.getCellText(i));
        }
        while (!names.isEmpty() && names.getLast().isBlank()) {
            names.removeLast();
        }
        WorkbookPlaces places = new WorkbookPlaces(sheet, Map.of());
        Map<String, Integer> columns;
        try {
            columns = ResultCsvReader.columns(names, header.getRowNum());
        } catch (CsvImportException bad) {
            throw places.placed(bad);
        }
        places = new WorkbookPlaces(sheet, columns);
        List<CsvRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> formulas = new ArrayList<>();
        long formulaCount = 0;
        int firstFormulaRow = 0;
        while (stream.hasNext()) {
            Row row = stream.next();
            if (isBlank(row)) {
                continue;
            }
            int problemsBefore = problems.size();
            CellReader cells = new CellReader(row, places, problems);
            for (int i = names.size(); i < row.getCellCount(); i++) {
                if (!cells.text(i, false).isBlank()) {
                    problems.add(ImportProblem.of(row.getRowNum(), "-", TEXT.format("xlsx.cellOutsideHeader",
                            WorkbookPlaces.column(i))).at(places.cell(i, row.getRowNum())));
                }
            }
            RawEntry entry = cells.entry(columns);
            if (problems.size() == problemsBefore) {
                rows.add(new CsvRow(row.getRowNum(), entry)); // a row with an unreadable cell is not checked again
            }
            for (int i = 0; i < names.size(); i++) {
                Cell cell = cellAt(row, i);
                if (cell != null && cell.getType() == CellType.FORMULA) {
                    if (formulaCount++ == 0) {
                        firstFormulaRow = row.getRowNum();
                    }
                    if (formulas.size() < 5) {
                        formulas.add(places.cell(i, row.getRowNum()));
                    }
                }
            }
            if (rows.size() % 10_000 == 0) {
                monitor.checkCancelled();
                monitor.progress(ImportPhase.READING, rows.size(), -1);
            }
        }
        List<ImportProblem> notes = new ArrayList<>();
        if (formulaCount > 0) {
            String listed = String.join(", ", formulas) + (formulaCount > formulas.size() ? ", …" : "");
            notes.add(ImportProblem.of(firstFormulaRow, "-", TEXT.format("xlsx.formulas", formulaCount, listed))
                    .at(formulas.getFirst()));
        }
        return new WorkbookRows(places, rows, problems, notes);
    }

    private static Row nextNonBlank(Iterator<Row> stream) {
        while (stream.hasNext()) {
            Row row = stream.next();
            if (!isBlank(row)) {
                return row;
            }
        }
        return null;
    }

    /* The cell at a column, or null where the row has none (fastexcel's getCell throws past the last). */
    private static Cell cellAt(Row row, int index) {
        return index < row.getCellCount() ? row.getCell(index) : null;
    }

    private static boolean isBlank(Row row) {
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            if (cell != null && cell.getType() != CellType.EMPTY && cell.getRawValue() != null
                    && !cell.getRawValue().isBlank()) {
                return false;
            }
            if (cell != null && cell.getType() == CellType.FORMULA) {
                return false;
            }
        }
        return true;
    }

    /** The cells of one row as the text of a CSV row; problems of unreadable cells go to {@code problems}. */
    private static final class CellReader {
        private final Row row;
        private final WorkbookPlaces places;
        private final List<ImportProblem> problems;

        CellReader(Row row, WorkbookPlaces places, List<ImportProblem> problems) {
            this.row = row;
            this.places = places;
            this.problems = problems;
        }

        RawEntry entry(Map<String, Integer> columns) {
            Integer note = columns.get(ResultCsvFormat.NOTE);
            return new RawEntry(
                    text(columns.get(ResultCsvFormat.DATE), true),
                    text(columns.get(ResultCsvFormat.GROUP), false).strip(),
                    text(columns.get(ResultCsvFormat.STAGE), false),
                    text(columns.get(ResultCsvFormat.TESTS), false),
                    text(columns.get(ResultCsvFormat.POSITIVES), false),
                    note == null ? "" : text(note, false).strip());
        }

        String text(int index, boolean isDateColumn) {
            Cell cell = cellAt(row, index);
            if (cell == null) {
                return "";
            }
            return switch (cell.getType()) {
                case EMPTY -> "";
                case STRING -> cell.getRawValue() == null ? "" : cell.getRawValue();
                case NUMBER -> number(cell, index, isDateColumn);
                case BOOLEAN -> Boolean.TRUE.equals(cell.getValue()) ? "TRUE" : "FALSE";
                case ERROR -> problem(index, TEXT.format("xlsx.error", cell.getRawValue()));
                case FORMULA -> formulaResult(cell, index, isDateColumn);
            };
        }

        private String formulaResult(Cell cell, int index, boolean isDateColumn) {
            String saved = cell.getRawValue();
            if (saved == null) {
                return problem(index, TEXT.format("xlsx.formulaNoValue", cell.getFormula()));
            }
            if (cell.getValue() instanceof BigDecimal) {
                return number(cell, index, isDateColumn);
            }
            if (saved.startsWith("#")) {
                return problem(index, TEXT.format("xlsx.error", saved));
            }
            return saved;
        }

        private String number(Cell cell, int index, boolean isDateColumn) {
            BigDecimal value = (BigDecimal) cell.getValue();
            if (DateFormats.isDate(cell.getDataFormatId(), cell.getDataFormatString())) {
                LocalDateTime when = cell.asDate();
                return when.toLocalTime().equals(LocalTime.MIDNIGHT) ? when.toLocalDate().toString()
                        : when.toString();
            }
            if (isDateColumn) {
                return problem(index, TEXT.format("xlsx.dateAsNumber", value.toPlainString()));
            }
            return value.stripTrailingZeros().toPlainString();
        }

        private String problem(int index, String reason) {
            problems.add(ImportProblem.of(row.getRowNum(), places.columnName(index), reason)
                    .at(places.cell(index, row.getRowNum())));
            return "";
        }
    }

    private static boolean isEncrypted(Path file) {
        try {
            byte[] all = Files.readAllBytes(file);
            return indexOf(all, ENCRYPTION_INFO) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] head(Path file, int length) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
