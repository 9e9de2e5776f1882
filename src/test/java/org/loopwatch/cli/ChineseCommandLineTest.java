package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.DailyResult;
import org.loopwatch.domain.Group;
import org.loopwatch.domain.Rollup;
import org.loopwatch.domain.Stage;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.store.Database;
import org.loopwatch.store.Event;
import org.loopwatch.store.OpenMode;
import org.loopwatch.ui.LatinWords;

/**
 * Issue 18 for everything that leaves the window: with {@code --lang zh-CN} the command line's
 * messages and help, the briefing PDF, the daily statement (text and PDF) and every SVG chart read
 * no Latin word but names, units and the command line's own contract words (commands, options,
 * stage codes, which SPEC §7 keeps as they are). The texts are read back from the written files:
 * PDFBox extracts the PDFs' text, the SVGs' text elements are read as written.
 */
class ChineseCommandLineTest {

    /** Words of the command-line contract (SPEC §7) that help and messages name as they are typed. */
    private static final Set<String> CONTRACT = Set.of("loopwatch", "init", "import", "export", "summary",
            "statement", "chart", "briefing", "team", "copy", "rolling", "cumulative", "slide", "landscape",
            "wilson", "clopper", "pearson", "jeffreys", "all", "PATH", "COMMAND", "FILE", "DATE", "NAME", "hV", "help",
            "json", "version", "apart", "en", "zh", "CN", "csv", "loopwatch_entry", "loopwatch_analyst", "loopwatch_admin",
            // the workbook cell of an example (Sheet1!D17), and what this test types wrongly on purpose
            "Sheet", "at the airport", "summarise");

    @TempDir
    Path folder;

    private final CommandRun cli = new CommandRun();
    private final List<String> leaks = new ArrayList<>();
    private Path database;

    @BeforeEach
    void chineseNamedMonth() {
        database = folder.resolve("闭环.db");
        try (Database open = Database.open(database, OpenMode.CREATE_IF_MISSING)) {
            List<String> names = List.of("运动员", "随队官员", "运行保障人员", "媒体");
            List<Group> groups = open.groups().findAll();
            for (int i = 0; i < groups.size(); i++) {
                open.groups().rename(groups.get(i).id(), names.get(i));
            }
            for (Rollup rollup : open.rollups().findAll()) {
                open.rollups().rename(rollup.id(), rollup.allGroups() ? "全部人群" : "运动员和随队官员");
            }
            open.event().save(new Event("北京 2022 冬奥会闭环", LocalDate.of(2022, 1, 4), Optional.empty()));
            open.event().addKeyDate(LocalDate.of(2022, 1, 20), "冬奥村开村");
            for (Group group : open.groups().findAll()) {
                for (int day = 0; day < 19; day++) {
                    for (Stage stage : Stage.values()) {
                        long tests = stage == Stage.ARRIVAL ? 130 + day : 17_000 + 41L * day;
                        open.results().insert(new DailyResult(LocalDate.of(2022, 1, 4).plusDays(day), group.id(), stage,
                                tests, (day * 5 + group.id()) % 4, ""));
                    }
                }
            }
        }
    }

    @AfterEach
    void english() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void messagesHelpAndEveryExportReadChineseWithLangZhCn() throws Exception {
        String db = database.toString();
        String table = run("--lang", "zh-CN", "--db", db, "summary");
        read("summary", table, 0);
        // Stages by their Chinese names in the table, every row and note; --json keeps the codes (SPEC §7).
        assertThat(table).contains("入境检测", "闭环内检测", "两环节合并（混合分母）")
                .doesNotContainPattern("\\b(arrival|in_loop|all)\\b");
        String json = run("--lang", "zh-CN", "--db", db, "summary", "--json");
        assertThat(json).contains("\"stage\": \"arrival\"", "\"stage\": \"in_loop\"", "\"stage\": \"all\"");
        read("statement", run("--lang", "zh-CN", "--db", db, "statement"), 0);

        Path briefing = folder.resolve("简报.pdf");
        read("export briefing", run("--lang", "zh-CN", "--db", db, "export", "briefing", "--out", briefing.toString()), 0);
        check("briefing PDF", pdfText(briefing));
        long briefingBytes = Files.size(briefing);

        Path statement = folder.resolve("通报.pdf");
        read("statement --out", run("--lang", "zh-CN", "--db", db, "statement", "--out", statement.toString()), 0);
        check("statement PDF", pdfText(statement));

        for (String chart : List.of("rolling", "positives", "tests", "cumulative")) {
            Path svg = folder.resolve(chart + ".svg");
            read("export chart " + chart, run("--lang", "zh-CN", "--db", db, "export", "chart", "--chart", chart,
                    "--out", svg.toString()), 0);
            check(chart + " SVG", svgText(svg));
        }

        read("--help", run("--lang", "zh-CN", "--help"), 0);
        for (String command : List.of("init", "import", "export-csv", "export-xlsx", "summary", "statement", "copy",
                "team")) {
            read(command + " --help", run("--lang", "zh-CN", command, "--help"), 0);
        }
        read("export chart --help", run("--lang", "zh-CN", "export", "chart", "--help"), 0);
        read("export briefing --help", run("--lang", "zh-CN", "export", "briefing", "--help"), 0);

        Path bad = folder.resolve("有误.csv");
        Files.writeString(bad, "date,group,stage,tests,positives\n2022-01-05,运动员,arrival,10,20\n"
                + "2022-01-06,志愿者,in_loop,十,1\n2022-01-06,媒体,at the airport,5,0\n");
        read("import of a bad file", run("--lang", "zh-CN", "--db", db, "import", bad.toString()), ExitCode.BAD_INPUT);
        read("a bad date", run("--lang", "zh-CN", "--db", db, "summary", "--from", "2022-13-01"), ExitCode.BAD_INPUT);
        read("a missing database", run("--lang", "zh-CN", "--db", folder.resolve("没有.db").toString(), "summary"),
                ExitCode.DATABASE_PROBLEM);
        read("an unknown command", run("--lang", "zh-CN", "--db", db, "summarise"), ExitCode.BAD_INPUT);

        assertThat(leaks).as("Latin words in Chinese output (allowed: names, units, " + LatinWords.ALLOWED
                + " and the command line's own words " + CONTRACT + ")").isEmpty();
        // Issue 18: a Chinese briefing embeds only the glyphs it uses of the bundled CJK font.
        assertThat(briefingBytes).as("size of the Chinese briefing PDF (the full Noto Sans SC is 10 MB a weight)")
                .isLessThan(500_000);
    }

    private String run(String... args) {
        int code = cli.run(args);
        return code + "\n" + cli.stdout() + cli.stderr();
    }

    /* The run's exit code comes first in what run() returns. */
    private void read(String what, String result, int expectedCode) {
        int newline = result.indexOf('\n');
        assertThat(Integer.parseInt(result.substring(0, newline))).as(what + ": " + result).isEqualTo(expectedCode);
        check(what, result.substring(newline + 1));
    }

    private void check(String what, String text) {
        Set<String> names = new java.util.HashSet<>(CONTRACT);
        LatinWords.in(List.of(text.split("\n")), names).forEach(word -> leaks.add(what + ": " + word));
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /* Titles, descriptions and text elements: everything an SVG shows or a reader of it hears. */
    private static String svgText(Path svg) throws Exception {
        Matcher texts = Pattern.compile(">([^<>]+)<").matcher(Files.readString(svg));
        StringBuilder all = new StringBuilder();
        while (texts.find()) {
            all.append(texts.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'")).append('\n');
        }
        return all.toString();
    }
}
