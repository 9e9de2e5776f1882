package org.loopwatch.bench;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The floor of the ten-year briefing (issue 20, decision 0050): only the work no briefing can do
 * without — open the same SQLite file with sqlite-jdbc, read the same rows with the same query as
 * {@code DailyResultRepository.index()}, and write a PDF with PDFBox of the same number of pages
 * (A4 landscape) with the same two fonts embedded as subsets and one line of text on each page.
 * No picocli, no bundles, no alerts, no charts, no check of the file: what is left when all of
 * LoopWatch's own work is taken away. Timed beside the briefing by {@code run-all.sh --second-round}
 * on the installed image's runtime, with the launcher's options and an AOT cache trained on itself.
 *
 * <p>Usage: {@code BriefingFloor DB OUT.pdf PAGES}; prints the rows read and pages written.
 * {@code BriefingFloor --pages FILE.pdf} prints how many pages a PDF has (the briefing's, to match).
 */
public final class BriefingFloor {

    /** The SQLite text of {@code ResultSql.index}: the same columns and the same per-row functions. */
    private static final String ROWS = "SELECT CASE WHEN date(date) = date THEN julianday(date) - 2440587.5 END, "
            + "group_id, CASE WHEN stage = 'in_loop' THEN 1 ELSE 0 END, tests, positives, date FROM daily_results";

    private BriefingFloor() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--pages")) {
            try (PDDocument briefing = Loader.loadPDF(new File(args[1]))) {
                System.out.println(briefing.getNumberOfPages());
            }
            return;
        }
        Path database = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int pages = Integer.parseInt(args[2]);
        long checksum = 0;
        int rows = 0;
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database, readOnly);
             PreparedStatement query = connection.prepareStatement(ROWS);
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                checksum += (long) result.getDouble(1) + result.getLong(2) + result.getInt(3) + result.getLong(4)
                        + result.getLong(5);
                rows++;
            }
        }
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "DejaVuSans.ttf");
            PDFont bold = font(document, "DejaVuSans-Bold.ttf");
            PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            for (int number = 1; number <= pages; number++) {
                PDPage page = new PDPage(a4Landscape);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    stream.beginText();
                    stream.setFont(bold, 14);
                    stream.newLineAtOffset(40, 550);
                    stream.showText("Briefing floor");
                    stream.setFont(regular, 9);
                    stream.newLineAtOffset(0, -520);
                    stream.showText("Page " + number + " of " + pages + " · " + rows + " rows · " + checksum);
                    stream.endText();
                }
            }
            Path temporary = Files.createTempFile(out.toAbsolutePath().getParent(), "floor-", ".pdf");
            document.save(temporary.toFile());
            Files.move(temporary, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        // The main thread's CPU time: its work is sequential, so the floor's wall time on a quiet
        // machine is at least this plus the JVM's start, however loaded the machine is now.
        long mainCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.out.println(rows + " rows, " + pages + " pages, main thread CPU " + mainCpu / 1_000_000 + " ms");
    }

    /* As PdfFonts loads them: parsed from the app's bundled file, glyph substitution off, subset. */
    private static PDFont font(PDDocument document, String file) throws Exception {
        try (InputStream in = BriefingFloor.class.getResourceAsStream("/org/loopwatch/report/fonts/" + file)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            document.registerTrueTypeFontForClosing(font);
            return PDType0Font.load(document, font, true);
        }
    }
}
