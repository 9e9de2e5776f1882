package org.loopwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.geometry.size.FloatSize;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.chart.ChartKind;
import org.loopwatch.report.chart.ChartSeries;
import org.loopwatch.report.chart.LegendEntry;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.report.chart.StageFilter;
import org.loopwatch.store.Database;
import org.loopwatch.store.OpenMode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SVG chart exports (SPEC §5): parsed back as XML, their words read as text, and rendered back to
 * pixels by an independent SVG renderer to compare with the PNG of the same chart.
 */
class SvgChartExportTest {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    @TempDir
    Path folder;

    private final Locale before = Texts.language();

    @AfterEach
    void restoreLanguage() {
        Texts.useLanguage(before);
    }

    @Test
    void anSvgChartHoldsTheTitleSubtitleAxesLegendAndFooterOfThePngAsText() throws Exception {
        PreparedChart chart = chart(ChartKind.ROLLING, StageFilter.ARRIVAL);
        Path svg = folder.resolve("rolling.svg");

        ChartExports.writeSvg(chart, ExportPreset.SLIDE_16X9.size(1), svg);

        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NAMESPACE);
        assertThat(root.getAttribute("width")).isEqualTo("1920");
        assertThat(root.getAttribute("height")).isEqualTo("1080");
        assertThat(text(document, "title")).containsExactly(chart.title());
        List<String> words = text(document, "text");
        assertThat(words).contains(chart.title(), chart.data().valueAxisLabel());
        assertThat(String.join(" ", words)).contains(chart.subtitle().split(" · ")[0]);
        for (LegendEntry entry : chart.data().legend()) {
            assertThat(words).as("legend").contains(entry.text());
        }
        for (String line : chart.provenance().lines()) {
            assertThat(String.join(" ", words)).as("footer").contains(line.substring(0, Math.min(40, line.length())));
        }
        assertThat(words).as("day axis ticks").contains("4 Jan", "22 Jan", "2022");
    }

    @Test
    void anSvgChartDrawsOneLineAndOneBandPerSeriesInItsColour() throws Exception {
        PreparedChart chart = chart(ChartKind.ROLLING, StageFilter.IN_LOOP);
        Path svg = folder.resolve("rolling.svg");

        ChartExports.writeSvg(chart, ExportPreset.SLIDE_16X9.size(1), svg);

        Document document = parse(svg);
        int series = chart.data().series().size();
        assertThat(series).as("groups and rollups").isGreaterThanOrEqualTo(2);
        assertThat(withClass(document, "chart-series-line")).as("lines").hasSize(series);
        Set<String> bandColours = new TreeSet<>();
        for (Element band : withClass(document, "ci-band")) {
            bandColours.add(band.getAttribute("fill"));
        }
        Set<String> seriesColours = new TreeSet<>();
        for (ChartSeries each : chart.data().series()) {
            seriesColours.add(each.subject().colour().toLowerCase(Locale.ROOT));
        }
        assertThat(bandColours).isEqualTo(seriesColours);
        assertThat(withClass(document, "lw-dot")).as("a dot per day and series").hasSizeGreaterThanOrEqualTo(series * 19);
    }

    @Test
    void anSvgRenderedBackLooksLikeThePngOfTheSameChart() throws Exception {
        PreparedChart chart = chart(ChartKind.POSITIVES, StageFilter.ALL);
        ExportSize size = new ExportSize(960, 540, 1);
        Path svg = folder.resolve("positives.svg");
        Path png = folder.resolve("positives.png");

        ChartExports.writeSvg(chart, size, svg);
        ChartExports.writePng(chart, size, png);

        BufferedImage fromSvg = renderBack(svg, size);
        BufferedImage fromPng = ImageIO.read(png.toFile());
        ImageIO.write(fromSvg, "png", folder.resolve("positives-from-svg.png").toFile());
        // Compared in blocks of 8 × 8 pixels: fonts rasterise a little differently, shapes do not.
        double differing = differingBlocks(fromSvg, fromPng, 8);
        assertThat(differing).as("share of 8×8 blocks that differ").isLessThan(0.03);
        assertThat(ExportFixtures.colouredShare(fromSvg)).as("bars in colour")
                .isGreaterThan(ExportFixtures.colouredShare(fromPng) * 0.8);
    }

    @Test
    void aChinesePageIsSetInNotoSansScAndKeepsItsWordsAsText() throws Exception {
        // The fixture's database is made in English (its groups are looked up by their English
        // names); only the chart is prepared and written in Chinese.
        Path file = ExportFixtures.publishedJanuary(folder);
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        PreparedChart chart = chart(file, ChartKind.TESTS, StageFilter.IN_LOOP);
        Path svg = folder.resolve("tests-zh.svg");

        ChartExports.writeSvg(chart, ExportPreset.SLIDE_4X3.size(1), svg);

        Document document = parse(svg);
        String footer = chart.provenance().lines().get(1);
        assertThat(footer).containsPattern("\\p{IsHan}");
        assertThat(String.join(" ", text(document, "text"))).contains(footer.substring(0, 8));
        NodeList texts = document.getElementsByTagNameNS(SVG_NAMESPACE, "text");
        assertThat(((Element) texts.item(0)).getAttribute("font-family")).startsWith("'Noto Sans SC'");
    }

    @Test
    void theFooterStatesTheIntervalOnceInEitherLanguage() throws Exception {
        Path file = ExportFixtures.publishedJanuary(folder);
        String english = chart(file, ChartKind.ROLLING, StageFilter.ARRIVAL).provenance().lines().get(0);
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        String chinese = chart(file, ChartKind.ROLLING, StageFilter.ARRIVAL).provenance().lines().get(0);

        // The Chinese footer said "95% 置信区间，Wilson 得分区间" twice: in the measure's definition and on its own.
        assertThat(english.split("95 % confidence interval", -1)).as(english).hasSize(2);
        assertThat(english).doesNotContain("% CI");
        assertThat(chinese.split("置信区间", -1)).as(chinese).hasSize(2);
        assertThat(chinese).contains("合计之比", "Wilson 得分区间");
    }

    @Test
    void wordsWithMarkupCharactersStayWordsAndTheDocumentStaysValid() throws Exception {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        Provenance provenance = new Provenance("positives ÷ tests <ratio of sums> & more", IntervalMethod.WILSON,
                ConfidenceLevel.NINETY_FIVE, Optional.empty(), Instant.parse("2022-01-23T06:00:00Z"), "0.1.0",
                "0123456789ab", 1, ZoneOffset.UTC);
        String svgText = HeadlessFx.call(() -> {
            LineChart<Number, Number> chart = new LineChart<>(x, y);
            chart.setAnimated(false);
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.getData().add(new XYChart.Data<>(1, 2));
            chart.getData().add(series);
            return ChartImageRenderer.renderSvg(new ChartPage("Tests & positives <draft> \"A\" 'B'",
                    "Media & \u0007staff", chart, provenance), ExportPreset.SLIDE_16X9.size(1));
        });
        Path svg = Files.writeString(folder.resolve("markup.svg"), svgText);

        Document document = parse(svg);
        assertThat(text(document, "title")).containsExactly("Tests & positives <draft> \"A\" 'B'");
        assertThat(text(document, "desc")).containsExactly("Media & staff");
        assertThat(String.join(" ", text(document, "text"))).contains("<ratio of sums> & more");
    }

    @Test
    void aWrittenSvgCanBeReadByEveryoneLikeAPng() throws Exception {
        PreparedChart chart = chart(ChartKind.CUMULATIVE, StageFilter.ALL);
        Path svg = folder.resolve("cumulative.svg");
        Path png = folder.resolve("cumulative.png");

        ChartExports.write(chart, ChartFormat.SVG, ExportPreset.SLIDE_16X9.size(1), svg);
        ChartExports.write(chart, ChartFormat.PNG, ExportPreset.SLIDE_16X9.size(1), png);

        assertThat(Files.getPosixFilePermissions(svg)).isEqualTo(Files.getPosixFilePermissions(png));
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    private PreparedChart chart(ChartKind kind, StageFilter stage) {
        return chart(ExportFixtures.publishedJanuary(folder), kind, stage);
    }

    private PreparedChart chart(Path file, ChartKind kind, StageFilter stage) {
        try (Database database = Database.open(file, OpenMode.MUST_EXIST, ExportFixtures.CLOCK)) {
            return ChartExports.prepare(database, new ChartExportSpec(kind, Optional.empty(), Optional.empty(),
                    List.of(), Optional.of(switch (stage) {
                        case ARRIVAL -> StageChoice.ARRIVAL;
                        case IN_LOOP -> StageChoice.IN_LOOP;
                        case ALL -> StageChoice.BOTH;
                    })), ExportFixtures.CLOCK);
        }
    }

    static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }

    static List<String> text(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS(SVG_NAMESPACE, element);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            words.add(nodes.item(i).getTextContent());
        }
        return words;
    }

    private static List<Element> withClass(Document document, String styleClass) {
        NodeList all = document.getElementsByTagNameNS(SVG_NAMESPACE, "*");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (List.of(element.getAttribute("class").split(" ")).contains(styleClass)) {
                found.add(element);
            }
        }
        return found;
    }

    static BufferedImage renderBack(Path svg, ExportSize size) throws Exception {
        SVGDocument document = new SVGLoader().load(svg.toUri().toURL());
        assertThat(document).as("JSVG could read the file").isNotNull();
        FloatSize declared = document.size();
        assertThat(declared.width).isEqualTo(size.pixelWidth());
        BufferedImage image = new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(java.awt.Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        document.render((javax.swing.JComponent) null, graphics);
        graphics.dispose();
        return image;
    }

    /** The share of blocks whose mean colour differs by more than a quarter of the range in a channel. */
    private static double differingBlocks(BufferedImage a, BufferedImage b, int block) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        int differing = 0;
        int blocks = 0;
        for (int top = 0; top + block <= a.getHeight(); top += block) {
            for (int left = 0; left + block <= a.getWidth(); left += block) {
                double[] meanA = mean(a, left, top, block);
                double[] meanB = mean(b, left, top, block);
                blocks++;
                for (int channel = 0; channel < 3; channel++) {
                    if (Math.abs(meanA[channel] - meanB[channel]) > 64) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return (double) differing / blocks;
    }

    private static double[] mean(BufferedImage image, int left, int top, int block) {
        double[] sum = new double[3];
        for (int y = top; y < top + block; y++) {
            for (int x = left; x < left + block; x++) {
                int rgb = image.getRGB(x, y);
                sum[0] += (rgb >> 16) & 0xff;
                sum[1] += (rgb >> 8) & 0xff;
                sum[2] += rgb & 0xff;
            }
        }
        for (int channel = 0; channel < 3; channel++) {
            sum[channel] /= block * block;
        }
        return sum;
    }
}
