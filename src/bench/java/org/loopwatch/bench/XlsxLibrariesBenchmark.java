package org.loopwatch.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * fastexcel against Apache POI on the work LoopWatch does with workbooks (decision 0019): write
 * 100,000 result rows (a date cell, three text cells, two numbers, a note) and read them back cell by
 * cell, each library its own streaming way for writing (fastexcel's Workbook, POI's SXSSF) and both
 * POI's usual XSSFWorkbook and fastexcel's reader for reading. Prints the median of RUNS timed runs
 * after two warm-ups and the bytes each thread allocated, one JVM for all (same machine, same load).
 *
 * <p>Usage: {@code XlsxLibrariesBenchmark WORK_FOLDER [ROWS] [RUNS]}; with {@code --encrypted-fixture
 * FILE} it writes instead the password-protected workbook the import test refuses (POI encrypts it;
 * LoopWatch itself cannot, which is the point).
 */
public final class XlsxLibrariesBenchmark {

    private static final String[] GROUPS = {"Athletes", "Team officials", "Operating staff", "Media"};
    private static final LocalDate START = LocalDate.of(2022, 1, 4);

    private XlsxLibrariesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--encrypted-fixture")) {
            writeEncrypted(Path.of(args[1]));
            return;
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path fast = folder.resolve("fastexcel.xlsx");
        Path poi = folder.resolve("poi.xlsx");
        System.out.printf("%,d rows, %d runs after 2 warm-ups, JDK %s, %d cores%n", rows, runs,
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        measure("write fastexcel", runs, () -> writeFastexcel(fast, rows));
        measure("write POI SXSSF", runs, () -> writePoi(poi, rows));
        System.out.printf("file sizes: fastexcel %,d bytes, POI %,d bytes%n", Files.size(fast), Files.size(poi));
        measure("read fastexcel (its file)", runs, () -> check(readFastexcel(fast), rows));
        measure("read fastexcel (POI's file)", runs, () -> check(readFastexcel(poi), rows));
        measure("read POI XSSF (its file)", runs, () -> check(readPoi(poi), rows));
        measure("read POI XSSF (fastexcel's file)", runs, () -> check(readPoi(fast), rows));
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void measure(String name, int runs, Work work) throws Exception {
        work.run();
        work.run();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] millis = new long[runs];
        long allocated = 0;
        for (int i = 0; i < runs; i++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
        }
        Arrays.sort(millis);
        System.out.printf("%-34s median %,6d ms (min %,d, max %,d), allocated %,d MB per run%n", name,
                millis[runs / 2], millis[0], millis[runs - 1], allocated / 1_000_000);
    }

    private static void check(long sum, int rows) {
        long expected = 0;
        for (int i = 0; i < rows; i++) {
            expected += tests(i);
        }
        if (sum != expected) {
            throw new IllegalStateException("read " + sum + " tests, wrote " + expected);
        }
    }

    private static long tests(int i) {
        return 100 + (i * 7919L) % 5000;
    }

    private static void writeFastexcel(Path file, int rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "LoopWatch", "1.0");
            Worksheet sheet = workbook.newWorksheet("Results");
            String[] header = {"date", "group", "stage", "tests", "positives", "note"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            for (int i = 0; i < rows; i++) {
                int r = i + 1;
                sheet.value(r, 0, START.plusDays(i / 8));
                sheet.style(r, 0).format("yyyy-mm-dd").set();
                sheet.value(r, 1, GROUPS[i % 4]);
                sheet.value(r, 2, i % 8 < 4 ? "arrival" : "in_loop");
                sheet.value(r, 3, tests(i));
                sheet.value(r, 4, tests(i) / 97);
                sheet.value(r, 5, i % 10 == 0 ? "checked by the lab" : "");
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
    }

    private static void writePoi(Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("Results");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            String[] names = {"date", "group", "stage", "tests", "positives", "note"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int i = 0; i < rows; i++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(i + 1);
                org.apache.poi.ss.usermodel.Cell day = row.createCell(0);
                day.setCellValue(START.plusDays(i / 8));
                day.setCellStyle(date);
                row.createCell(1).setCellValue(GROUPS[i % 4]);
                row.createCell(2).setCellValue(i % 8 < 4 ? "arrival" : "in_loop");
                row.createCell(3).setCellValue(tests(i));
                row.createCell(4).setCellValue(tests(i) / 97);
                row.createCell(5).setCellValue(i % 10 == 0 ? "checked by the lab" : "");
            }
            workbook.write(out);
            // close() (try-with-resources) deletes POI's temporary files; dispose() is deprecated for it.
        }
    }

    /* Reads every cell as the importer does: the date as a date, numbers as numbers, text as text. */
    private static long readFastexcel(Path file) throws IOException {
        long sum = 0;
        try (InputStream in = Files.newInputStream(file);
             ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, true));
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<String> seen = new ArrayList<>(1);
            for (Row row : (Iterable<Row>) rows::iterator) {
                if (row.getRowNum() == 1) {
                    continue;
                }
                Cell date = row.getCell(0);
                seen.add(date.asDate().toLocalDate().toString() + row.getCellText(1) + row.getCellText(2)
                        + row.getCellText(5));
                seen.clear();
                sum += ((BigDecimal) row.getCell(3).getValue()).longValueExact();
            }
        }
        return sum;
    }

    private static long readPoi(Path file) throws IOException {
        long sum = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> seen = new ArrayList<>(1);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                XSSFCell date = ((XSSFRow) row).getCell(0);
                if (!DateUtil.isCellDateFormatted(date)) {
                    throw new IllegalStateException("no date at " + date.getAddress());
                }
                seen.add(date.getLocalDateTimeCellValue().toLocalDate().toString()
                        + formatter.formatCellValue(row.getCell(1)) + formatter.formatCellValue(row.getCell(2))
                        + formatter.formatCellValue(row.getCell(5)));
                seen.clear();
                sum += (long) row.getCell(3).getNumericCellValue();
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        return sum;
    }

    /* A small results workbook, encrypted with the password "loopwatch" the way Excel does (agile). */
    private static void writeEncrypted(Path target) throws Exception {
        Path plain = Files.createTempFile("plain", ".xlsx");
        writeFastexcel(plain, 8);
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("loopwatch");
            try (OutputStream out = encryptor.getDataStream(container)) {
                Files.copy(plain, out);
            }
            try (OutputStream file = Files.newOutputStream(target)) {
                container.writeFilesystem(file);
            }
        } finally {
            Files.deleteIfExists(plain);
        }
    }
}
