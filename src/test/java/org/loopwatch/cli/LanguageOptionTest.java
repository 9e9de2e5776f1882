package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.text.Texts;

/** {@code --lang en|zh-CN} chooses the language of messages for one run; anything else is refused. */
class LanguageOptionTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void english() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void langZhCnGivesTheMessageInChineseWithTheSameExitCode() {
        Path missing = folder.resolve("typo.db");

        int code = run("--lang", "zh-CN", "--db", missing.toString(), "summary");

        assertThat(code).isEqualTo(ExitCode.DATABASE_PROBLEM);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(missing + " 不存在。", "loopwatch --db " + missing + " init");
    }

    @Test
    void anUnknownLanguageIsABadArgumentThatNamesTheChoices() {
        int code = run("--lang", "fr", "--db", folder.resolve("x.db").toString(), "summary");

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--lang", "en", "zh-CN", "fr");
    }

    /*
     * Decision 0037: the default groups are data named once, in the language the database is made
     * in. A Chinese desk's `init` gives Chinese names; a later English run shows them as stored.
     */
    @Test
    void initInChineseNamesTheDefaultGroupsAndRollupsInChineseAndTheyStayWhenTheLanguageChanges() {
        Path file = folder.resolve("闭环.db");

        assertThat(run("--lang", "zh-CN", "--db", file.toString(), "init")).isZero();
        assertThat(run("--lang", "en", "--db", file.toString(), "summary", "--json")).isZero();

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"group\": \"运动员\"", "\"group\": \"随队官员\"", "\"group\": \"运行保障人员\"",
                "\"group\": \"媒体\"").doesNotContain("Athletes", "Media");
        try (org.loopwatch.store.Database database = org.loopwatch.store.Database.open(file,
                org.loopwatch.store.OpenMode.MUST_EXIST)) {
            assertThat(database.rollups().findAll()).extracting(org.loopwatch.domain.Rollup::name)
                    .containsExactly("运动员和随队官员", "全部人群");
            org.loopwatch.domain.Rollup pair = database.rollups().findAll().getFirst();
            assertThat(pair.memberGroupIds()).hasSize(2).containsExactlyElementsOf(database.groups().findAll().stream()
                    .filter(group -> group.name().equals("运动员") || group.name().equals("随队官员"))
                    .map(org.loopwatch.domain.Group::id).toList());
        }
    }

    @Test
    void initInEnglishKeepsTheNamesOfTheSpecification() {
        Path file = folder.resolve("loop.db");

        assertThat(run("--lang", "en", "--db", file.toString(), "init")).isZero();

        try (org.loopwatch.store.Database database = org.loopwatch.store.Database.open(file,
                org.loopwatch.store.OpenMode.MUST_EXIST)) {
            assertThat(database.groups().findAll()).extracting(org.loopwatch.domain.Group::name)
                    .containsExactlyElementsOf(org.loopwatch.domain.DefaultGroups.NAMES);
        }
    }
}
