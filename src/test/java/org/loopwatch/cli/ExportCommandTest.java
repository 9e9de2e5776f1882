package org.loopwatch.cli;

import java.util.Locale;
import org.loopwatch.domain.text.Texts;
import org.junit.jupiter.api.AfterEach;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.loopwatch.domain.AppVersion;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.Counts;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.PositivityCalculator;
import org.loopwatch.domain.RateEstimate;
import org.loopwatch.domain.RateFormat;
import org.loopwatch.report.ExportFixtures;
import org.loopwatch.report.ExportPreset;
import org.loopwatch.report.RowsFingerprint;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;

/** {@code export chart} and {@code export briefing} through the real command line on a real database. */
class ExportCommandTest {

    @TempDir
    Path folder;

    private Path database;
    private final CommandRun cli = new CommandRun();

    @BeforeEach
    void createDatabase() {
        database = ExportFixtures.publishedJanuary(folder);
    }

    @AfterEach
    void backToEnglish() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    static Stream<Arguments> presetsAndScales() {
        return Stream.of(ExportPreset.values()).flatMap(preset -> Stream.of(Arguments.of(preset, 1), Arguments.of(preset, 2)));
    }

    @ParameterizedTest
    @MethodSource("presetsAndScales")
    void everyPresetAndScaleGivesAPngOfItsSizeWithTitleChartAndFooter(ExportPreset preset, int scale) throws Exception {
        Path png = folder.resolve(preset.code() + "@" + scale + ".png");

        int code = cli.run("--db", database.toString(), "export", "chart", "--out", png.toString(), "--preset",
                preset.code(), "--scale", String.valueOf(scale), "--stage", "in_loop");

        assertThat(code).as(cli.stderr()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(preset.size(scale).pixelWidth());
        assertThat(image.getHeight()).isEqualTo(preset.size(scale).pixelHeight());
        int height = image.getHeight();
        assertThat(ExportFixtures.darkShare(image, 0, height / 12)).as("title band").isGreaterThan(0.01);
        assertThat(ExportFixtures.darkShare(image, height * 94 / 100, height)).as("footer band").isGreaterThan(0.01);
        assertThat(ExportFixtures.colouredShare(image)).as("the groups' lines in their colours").isGreaterThan(0.0005);
    }

    @Test
    void theChartNamesTheEventThePeriodAndTheStageAndAcceptsRollupsByName() throws Exception {
        Path png = folder.resolve("rolling.png");

        int code = cli.run("--db", database.toString(), "export", "chart", "--out", png.toString(), "--group",
                "operating STAFF", "--group", "all groups", "--stage", "arrival", "--from", "2022-01-10");

        assertThat(code).as(cli.stderr()).isZero();
        assertThat(cli.stdout()).contains("1920 × 1080",
                "7-day positivity with 95 % confidence interval",
                ExportFixtures.EVENT + " · 10 Jan – 22 Jan 2022 · Arrival (airport) · Operating staff, All groups");
    }

    /** The words of an exported SVG, all its text nodes joined. */
    private static String svgText(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getTextContent();
    }

    @Test
    void aChartWithoutStageDrawsArrivalAndInLoopApartSideBySide() throws Exception {
        Path svg = folder.resolve("rolling.svg");

        int code = cli.run("--db", database.toString(), "export", "chart", "--out", svg.toString());

        assertThat(code).as(cli.stderr()).isZero();
        // Before decision 0028 the default was --stage all: one rate over arrivals and screening tests together.
        assertThat(cli.stdout()).contains(" · Arrival and in-loop apart · ")
                .doesNotContain("All stages", "mixes denominators");
        String text = svgText(svg);
        assertThat(text).contains("Arrival (airport)", "In-loop screening", "Arrival and in-loop apart")
                .doesNotContain("All stages (arrival + in-loop)", "mixes denominators");

        // Count charts sum both stages, as the dashboard and the briefing draw them: one chart, no stage panels.
        Path tests = folder.resolve("tests.svg");
        assertThat(cli.run("--db", database.toString(), "export", "chart", "--out", tests.toString(), "--chart", "tests"))
                .as(cli.stderr()).isZero();
        assertThat(cli.stdout()).contains("Tests per day, by group");
        assertThat(svgText(tests)).doesNotContain("Arrival and in-loop apart");
    }

    @Test
    void bothStagesTogetherOnlyWhenAskedAndThenTheChartSaysItMixesDenominators() throws Exception {
        Path svg = folder.resolve("mixed.svg");

        int code = cli.run("--db", database.toString(), "export", "chart", "--out", svg.toString(), "--stage", "all");

        assertThat(code).as(cli.stderr()).isZero();
        assertThat(cli.stdout()).contains(" · Both stages together (mixes denominators) · ");
        assertThat(svgText(svg)).contains("Both stages together (mixes denominators)")
                .doesNotContain("Arrival and in-loop apart");
    }

    @Test
    void aChartWithoutStageFollowsTheDefaultStageOfSettings() throws Exception {
        try (Database db = Database.open(database, OpenMode.MUST_EXIST, ExportFixtures.CLOCK)) {
            db.settings().setDefaultStage(org.loopwatch.domain.StageChoice.IN_LOOP);
        }
        Path svg = folder.resolve("in-loop.svg");

        int code = cli.run("--db", database.toString(), "export", "chart", "--out", svg.toString());

        assertThat(code).as(cli.stderr()).isZero();
        assertThat(cli.stdout()).contains(" · In-loop screening · ")
                .doesNotContain("Arrival");
        assertThat(svgText(svg)).contains("In-loop screening").doesNotContain("Arrival (airport)");
        // Asked for, a stage still wins over Settings.
        assertThat(cli.run("--db", database.toString(), "export", "chart", "--out", svg.toString(), "--stage", "arrival"))
                .as(cli.stderr()).isZero();
        assertThat(cli.stdout()).contains(" · Arrival (airport) · ");
    }

    @Test
    void theExtensionChoosesSvgAndTheDocumentHoldsTheChartsWordsAsText() throws Exception {
        Path svg = folder.resolve("Rolling.SVG");

        int code = cli.run("--db", database.toString(), "export", "chart", "--out", svg.toString(), "--stage", "arrival");

        assertThat(code).as(cli.stderr()).isZero();
        assertThat(cli.stdout()).contains("Wrote " + svg + " (SVG, 1920 × 1080)");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(document.getDocumentElement().getTextContent()).contains(
                "7-day positivity with 95 % confidence interval", "Operating staff", "Data as of ");
    }

    @Test
    void aChartFileNamedNeitherPngNorSvgIsRefusedBeforeAnyWork() {
        Path jpeg = folder.resolve("chart.jpg");

        assertThat(cli.run("--db", database.toString(), "export", "chart", "--out", jpeg.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);

        assertThat(cli.stderr()).startsWith("loopwatch: export chart: cannot write " + jpeg).contains(".png", ".svg");
        assertThat(jpeg).doesNotExist();
    }

    @Test
    void theBriefingHoldsTheDomainsFiguresTheGroupsTheProvenanceAndItsMetadata() throws Exception {
        Path pdf = folder.resolve("briefing.pdf");

        int code = cli.run("--db", database.toString(), "export", "briefing", "--out", pdf.toString());

        assertThat(code).as(cli.stderr()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile()); Database db = Database.open(database, OpenMode.MUST_EXIST)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Athletes", "Operating staff", "All groups", "Arrival", "In-loop");
            for (Counts counts : new Counts[] {new Counts(2_415, 39), new Counts(336_246, 33), new Counts(171, 0),
                new Counts(2_415 + 171, 39)}) {
                assertThat(text).contains(figures(counts));
            }
            // Stages apart by default: no row sums arrivals and screening tests.
            assertThat(text).doesNotContain("Both stages (mixed)").doesNotContain(figures(
                    new Counts(2_415 + 171 + 336_246 + 175, 39 + 33))[0]);
            assertThat(text).contains("(9.81 per 100,000 tests)", "Positives per 100 arrivals",
                    "No results in the period, so left out: Team officials, Media.");
            Map<Long, Group> groups = db.groups().findAll().stream()
                    .collect(Collectors.toMap(Group::id, Function.identity()));
            String fingerprint = RowsFingerprint.of(db.results().findAll(), groups);
            assertThat(text).contains("95 % confidence interval, Wilson score", "Data as of ",
                    "LoopWatch " + AppVersion.current(), "rows " + fingerprint + " (76 rows)");
            assertThat(text).contains("Methods", "ratio of sums", "Exceedance flag", "Why the stages are kept apart");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("LoopWatch briefing — " + ExportFixtures.EVENT);
            assertThat(document.getDocumentInformation().getCreationDate()).isNotNull();
            assertThat(document.getNumberOfPages()).isEqualTo(1 + 5 + 1);
        }
    }

    @Test
    void theBriefingTakesGroupsAndAStageLikeSummaryAndSaysSoOnItsFirstPage() throws Exception {
        Path pdf = folder.resolve("athletes-arrival.pdf");

        int code = cli.run("--db", database.toString(), "export", "briefing", "--out", pdf.toString(), "--group",
                "athletes", "--group", "All groups", "--stage", "arrival", "--from", "2022-01-10");

        assertThat(code).as(cli.stderr()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("10 Jan – 22 Jan 2022 · Arrival only", "groups: Athletes, All groups",
                    "Arrival (airport)").doesNotContain("Operating staff", "In-loop", "left out");
            // The arrival rolling chart, then positives, tests and cumulative of arrivals only.
            assertThat(document.getNumberOfPages()).isEqualTo(1 + 4 + 1);
            // From 10 January (13 of the 19 days): Athletes 13 × 9 arrivals; with Operating staff's
            // 13 × 127 and 13 × 2 positives, All groups 1,768 and 26.
            assertThat(text).contains(figures(new Counts(117, 0))).contains(figures(new Counts(1_768, 26)));
        }
        assertThat(cli.run("--db", database.toString(), "export", "briefing", "--out", pdf.toString(), "--stage",
                "both")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("--stage must be apart, arrival, in_loop or all, not 'both'");
        assertThat(cli.run("--db", database.toString(), "export", "briefing", "--out", pdf.toString(), "--group",
                "Volunteers")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("no group or rollup 'Volunteers'", "Operating staff");
        assertThat(cli.run("--db", database.toString(), "export", "briefing", "--out", pdf.toString(), "--group",
                "Media")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("No group has results");
    }

    @Test
    void theBriefingHelpNamesGroupAndStageInBothLanguages() {
        assertThat(cli.run("export", "briefing", "--help")).isZero();
        // Help wraps its descriptions to the terminal's width: compare with the line breaks folded.
        assertThat(cli.stdout().replaceAll("\\s+", " ")).contains("--group NAME",
                "--stage apart|arrival|in_loop|all", "all: both summed, mixing two denominators");
        assertThat(cli.run("--lang", "zh-CN", "export", "briefing", "--help")).isZero();
        assertThat(cli.stdout().replaceAll("\\s+", "")).contains("--groupNAME",
                "入境检测与闭环内检测分开并列");
    }

    @Test
    void aMissingDatabaseExitsThreeAndWritesNothing() {
        Path pdf = folder.resolve("briefing.pdf");

        assertThat(cli.run("--db", folder.resolve("typo.db").toString(), "export", "briefing", "--out", pdf.toString()))
                .isEqualTo(ExitCode.DATABASE_PROBLEM);
        assertThat(pdf).doesNotExist();
        assertThat(folder.resolve("typo.db")).doesNotExist();
    }

    @Test
    void aDamagedDatabaseExitsThreeWithItsMessageAndWritesNoBriefingThoughItsRowsRead() throws Exception {
        Path pdf = folder.resolve("briefing.pdf");
        // The header's free-page count says 5 where there are none: every row still reads, only
        // SQLite's quick_check (run beside the reading, decision 0042) finds the damage.
        try (java.io.RandomAccessFile raw = new java.io.RandomAccessFile(database.toFile(), "rw")) {
            raw.seek(36);
            raw.writeInt(5);
        }

        assertThat(cli.run("--db", database.toString(), "export", "briefing", "--out", pdf.toString()))
                .isEqualTo(ExitCode.DATABASE_PROBLEM);
        assertThat(cli.stderr()).startsWith("loopwatch: ").contains(database.getFileName().toString()).contains("backup");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void badArgumentsExitTwoWithAMessageThatSaysWhatToDo() {
        String db = database.toString();
        String png = folder.resolve("x.png").toString();

        assertThat(cli.run("--db", db, "export", "chart", "--out", png, "--preset", "a3")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("--preset must be slide-16x9, slide-4x3 or a4-landscape");
        assertThat(cli.run("--db", db, "export", "chart", "--out", png, "--scale", "4")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("--scale must be 1, 2 or 3");
        assertThat(cli.run("--db", db, "export", "chart", "--out", png, "--chart", "pie")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.run("--db", db, "export", "chart", "--out", png, "--stage", "both")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("--stage must be apart, arrival, in_loop or all, not 'both'");
        assertThat(cli.run("--db", db, "export", "chart", "--out", png, "--group", "Volunteers"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("no group or rollup 'Volunteers'", "Operating staff", "All groups")
                .doesNotContain("Did you mean");
        assertThat(cli.run("--db", db, "export", "chart", "--out", png, "--group", "All grops"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("There is no group or rollup 'All grops'. Did you mean 'All groups'? Choose one of: ");
        assertThat(Files.exists(Path.of(png))).isFalse();
        assertThat(cli.run("--db", db, "export", "chart")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("needs --out FILE.png");
        assertThat(cli.run("--db", db, "export", "briefing", "--out", png, "--from", "2022-02-30"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.run("--db", db, "export", "slides")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.run("--db", db, "export", "briefing", "--out", png, "--from", "2023-01-01"))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("before it starts");
        assertThat(folder.resolve("x.png")).doesNotExist();
    }

    @Test
    void aWriteThatCannotHappenExitsNonZeroAndLeavesNoFile() throws Exception {
        Path missingFolder = folder.resolve("no-such-folder").resolve("briefing.pdf");
        Path aFolder = Files.createDirectory(folder.resolve("chart.png"));

        assertThat(cli.run("--db", database.toString(), "export", "briefing", "--out", missingFolder.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("does not exist");
        assertThat(cli.run("--db", database.toString(), "export", "chart", "--out", aFolder.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("it is a folder");
        assertThat(missingFolder.getParent()).doesNotExist();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".part") || name.endsWith(".pdf"));
        }
    }

    @Test
    void aFileTheSystemRefusesToWriteIsReportedAsNotWrittenWithTheSystemsReason() {
        Path refused = Path.of("/proc/loopwatch-briefing.pdf"); // a folder no one, not even root, may add to
        Assumptions.assumeTrue(Files.isDirectory(refused.getParent()), "needs Linux's /proc");

        assertThat(cli.run("--db", database.toString(), "export", "briefing", "--out", refused.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).startsWith("loopwatch: export briefing: could not write " + refused + " (")
                .contains("Nothing was written");
        Path refusedSvg = refused.resolveSibling("loopwatch-chart.svg");
        assertThat(cli.run("--db", database.toString(), "export", "chart", "--out", refusedSvg.toString()))
                .isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).startsWith("loopwatch: export chart: could not write " + refusedSvg + " (");
    }

    /**
     * The table's tests, positives, positivity and interval for these counts, as the domain writes
     * them; a tiny rate's "per 100,000" sits on the cell's second line, so the row reads on two.
     */
    private static String[] figures(Counts counts) {
        RateEstimate estimate = PositivityCalculator.estimate(counts, IntervalMethod.WILSON, ConfidenceLevel.NINETY_FIVE);
        String positivity = RateFormat.positivity(estimate);
        String counted = RateFormat.count(counts.tests()) + " " + RateFormat.count(counts.positives()) + " ";
        if (positivity.contains(" (")) {
            return new String[] {counted + positivity.substring(0, positivity.indexOf(" (")),
                RateFormat.interval(estimate), positivity.substring(positivity.indexOf(" (") + 1)};
        }
        return new String[] {counted + positivity + " " + RateFormat.interval(estimate)};
    }
}
