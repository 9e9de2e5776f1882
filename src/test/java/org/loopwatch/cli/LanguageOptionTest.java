package org.loopwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

    private final CommandRun cli = new CommandRun();

    @AfterEach
    void english() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void langZhCnGivesTheMessageInChineseWithTheSameExitCode() {
        Path missing = folder.resolve("typo.db");

        int code = cli.run("--lang", "zh-CN", "--db", missing.toString(), "summary");

        assertThat(code).isEqualTo(ExitCode.DATABASE_PROBLEM);
        assertThat(cli.stderr()).contains(missing + " 不存在。", "loopwatch --db " + missing + " init");
    }

    @Test
    void anUnknownLanguageIsABadArgumentThatNamesTheChoices() {
        int code = cli.run("--lang", "fr", "--db", folder.resolve("x.db").toString(), "summary");

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(cli.stderr()).contains("--lang", "en", "zh-CN", "fr");
    }

    /*
     * Decision 0037: the default groups are data named once, in the language the database is made
     * in. A Chinese desk's `init` gives Chinese names; a later English run shows them as stored.
     */
    @Test
    void initInChineseNamesTheDefaultGroupsAndRollupsInChineseAndTheyStayWhenTheLanguageChanges() {
        Path file = folder.resolve("闭环.db");

        assertThat(cli.run("--lang", "zh-CN", "--db", file.toString(), "init")).isZero();
        String printedByInit = cli.stdout();
        assertThat(cli.run("--lang", "en", "--db", file.toString(), "summary", "--json")).isZero();

        // Both runs' output is searched: neither may print the English names.
        String json = printedByInit + cli.stdout();
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

        assertThat(cli.run("--lang", "en", "--db", file.toString(), "init")).isZero();

        try (org.loopwatch.store.Database database = org.loopwatch.store.Database.open(file,
                org.loopwatch.store.OpenMode.MUST_EXIST)) {
            assertThat(database.groups().findAll()).extracting(org.loopwatch.domain.Group::name)
                    .containsExactlyElementsOf(org.loopwatch.domain.DefaultGroups.NAMES);
        }
    }
}
