package org.loopwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.text.Texts;

/** A refused file is explained in Chinese too: what is wrong, with the file's name, and what to do. */
class StoreMessagesInChineseTest {

    @TempDir
    Path folder;

    @BeforeEach
    void chinese() {
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void english() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void aMissingFileIsNamedWithTheCommandThatCreatesIt() {
        Path missing = folder.resolve("typo.db");

        assertThatThrownBy(() -> Database.open(missing, OpenMode.MUST_EXIST))
                .hasMessage(missing + " 不存在。请检查路径，或用以下命令在该处新建数据库：loopwatch --db " + missing + " init");
    }

    @Test
    void aFileOfAnotherKindIsLeftAloneAndTheReasonIsChineseToo() throws Exception {
        Path text = folder.resolve("notes.db");
        Files.writeString(text, "not a database at all, just some words that fill more than a header");

        assertThatThrownBy(() -> Database.open(text, OpenMode.CREATE_IF_MISSING))
                .hasMessageStartingWith(text + " 不是 LoopWatch 数据库（这不是 SQLite 文件）")
                .hasMessageEndingWith("或用 --db 打开另一个文件。");
    }

    @Test
    void aDeletedGroupIsReportedAsGoneWithWhatToDo() throws Exception {
        try (Database database = Database.open(folder.resolve("loopwatch.db"), OpenMode.CREATE_IF_MISSING)) {
            assertThatThrownBy(() -> database.groups().rename(999_999, "媒体"))
                    .hasMessage("不存在 id 为 999999 的人群（可能已被删除）。请刷新后重试。");
        }
    }

    @Test
    void backupReasonsAreNamedInChinese() {
        assertThat(BackupReason.DAILY.label()).isEqualTo("每日备份");
        assertThat(BackupReason.MANUAL.label()).isEqualTo("手动备份");
    }
}
