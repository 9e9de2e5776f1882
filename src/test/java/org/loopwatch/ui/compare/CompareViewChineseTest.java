package org.loopwatch.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.ui.ComboBoxes;
import org.loopwatch.ui.UiTestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Compare in Chinese, as a public-health officer reads it: the sentence, "not defined" and the copied result. */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class CompareViewChineseTest {

    @TempDir
    Path folder;

    private UiTestDatabase db;

    @Start
    void start(Stage stage) {
        Texts.useLanguage(Locale.SIMPLIFIED_CHINESE);
        db = UiTestDatabase.createIn(folder);
        db.spread(CompareViewTest.JAN_4, CompareViewTest.JAN_22, CompareViewTest.ATHLETES_AND_OFFICIALS,
                        org.loopwatch.domain.Stage.ARRIVAL, 171, 0)
                .spread(CompareViewTest.JAN_4, CompareViewTest.JAN_22, CompareViewTest.OTHER_STAKEHOLDERS,
                        org.loopwatch.domain.Stage.ARRIVAL, 2_415, 39)
                .save();
        stage.setScene(new Scene(new CompareView(new CompareViewModel(db.services())), 1024, 700));
        stage.show();
    }

    @AfterEach
    void english() {
        db.close();
        Texts.useLanguage(Locale.ENGLISH);
    }

    @Test
    void theArrivalComparisonReadsAndCopiesInChinese(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !text(robot, "#compareReading").isEmpty()
                || !text(robot, "#compareMessage").isEmpty());
        ComboBoxes.choose(robot, "#compareA", CompareViewTest.OTHER_STAKEHOLDERS);
        ComboBoxes.choose(robot, "#compareB", CompareViewTest.ATHLETES_AND_OFFICIALS);
        ComboBoxes.choose(robot, "#compareStage", "入境（机场）检测");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#compareCountsA").equals("39 / 2,415"));
        assertThat(text(robot, "#compareReading")).isEqualTo("入境检测，2022年1月4日–22日：Other stakeholders 1.6%"
                + "（39 / 2,415）对比 Athletes and team officials 0%（0 / 171）。Other stakeholders的阳性率较高，"
                + "但这样大的差异可能出于偶然（p = 0.11）。");
        assertThat(text(robot, "#compareRatio")).isEqualTo("无法计算：Athletes and team officials无阳性");
        assertThat(text(robot, "#compareDifference")).isEqualTo("+1.6 个百分点（95% 置信区间 −0.62 至 +2.2）");
        assertThat(robot.lookup("#compareCopy").queryAs(Button.class).getText()).isEqualTo("复制结果");

        robot.clickOn("#compareCopy");
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).startsWith(text(robot, "#compareReading") + "\n")
                .contains("阳性率比（Other stakeholders ÷ Athletes and team officials）：无法计算")
                .contains("Fisher 精确检验 p 值（双侧）：0.11");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
