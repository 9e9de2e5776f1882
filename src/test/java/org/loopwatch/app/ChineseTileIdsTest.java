package org.loopwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.text.Texts;

/**
 * Issue 18 / SPEC §8: on a database made in Chinese (groups 运动员, 随队官员, …, decision 0037) every
 * tile has its own {@code tile-<slug>} id, and a person's automation finds it with a plain CSS id
 * selector such as {@code #tile-运动员} (the slugs once kept only a–z and 0–9, so every Chinese tile
 * was {@code tile-}).
 */
@Tag("gui")
class ChineseTileIdsTest {

    private static final List<String> CHINESE_TILES = List.of("运动员", "随队官员", "运行保障人员", "媒体",
            "运动员和随队官员", "全部人群");

    @TempDir
    Path folder;

    @RegisterExtension
    final AppUnderTest app = new AppUnderTest();

    @AfterEach
    void englishAgain() {
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void everyTileOfAChineseDatabaseIsFoundByItsOwnId() throws Exception {
        Path file = folder.resolve("loopwatch.db");
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        WindowSizesTest.monthOfData(file);
        app.start(file, "--lang", "zh-CN");

        app.waitUntil(() -> app.isShown("#tile-运动员"));
        for (String name : CHINESE_TILES) {
            Node tile = app.lookup("#tile-" + name).query();
            assertThat(app.from(tile).lookup(".tile-name").queryAs(Label.class).getText()).isEqualTo(name);
            assertThat(app.from(tile).lookup(".tile-positivity").queryAll()).isNotEmpty();
        }
        List<String> ids = app.lookup(".tile").queryAll().stream().map(Node::getId).toList();
        assertThat(ids).doesNotHaveDuplicates().doesNotContain("tile-").hasSizeGreaterThanOrEqualTo(CHINESE_TILES.size());
    }
}
