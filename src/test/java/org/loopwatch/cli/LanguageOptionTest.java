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
}
