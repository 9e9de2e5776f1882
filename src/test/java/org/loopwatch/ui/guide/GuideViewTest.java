package org.loopwatch.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopwatch.ui.AppearanceStyler;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The user guide as the app shows it: docs/user-guide.md rendered as headings, lists, bold, code,
 * a table and the screenshots of docs/images, not raw Markdown; in the dark theme its text is light.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class GuideViewTest {

    private static final String SAMPLE = """
            # Title

            A paragraph with **bold**, *italic* and `code`.

            1. first
            2. second

            - a bullet

            | keys | what |
            | --- | --- |
            | Ctrl+P | print |

            ![The missing picture](images/none.png)
            """;

    private GuideView guide;

    @Start
    void start(Stage stage) throws Exception {
        guide = new GuideView(Files.readString(Path.of("docs/user-guide.md"), StandardCharsets.UTF_8),
                GuideViewTest::docsImage);
        Scene scene = new Scene(guide, 760, 640);
        scene.getStylesheets().add(AppearanceStyler.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theGuideIsRenderedNotShownAsMarkdown(FxRobot robot) {
        List<Text> runs = robot.lookup(".guide-text").queryAllAs(Text.class).stream().toList();
        String shown = runs.stream().map(Text::getText).collect(Collectors.joining());
        assertThat(shown).contains("LoopWatch user guide", "Fix a typo on a closed day", "Replace with this reason")
                .doesNotContain("**", "## ", "![", "](images/", "| --- |");

        Text title = robot.lookup(".guide-heading-1 .guide-text").queryAs(Text.class);
        assertThat(title.getText()).isEqualTo("LoopWatch user guide");
        Text body = robot.lookup(".guide-paragraph .guide-text").queryAs(Text.class);
        assertThat(title.getFont().getSize()).isGreaterThan(body.getFont().getSize() * 1.4);
        assertThat(robot.lookup(".guide-heading-2").queryAll()).hasSize(7);
        Text strong = robot.lookup(".guide-strong").queryAs(Text.class);
        assertThat(strong.getText()).isEqualTo("arrival");
        assertThat(weight(strong.getFont())).isEqualTo(FontWeight.BOLD);
        assertThat(robot.lookup(".guide-code").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("date,group,stage,tests,positives");
        assertThat(robot.lookup(".guide-list-marker").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("1.", "5.", "•");
    }

    @Test
    void theKeyboardTableAndTheScreenshotsAreShown(FxRobot robot) {
        GridPane table = robot.lookup(".guide-table").queryAs(GridPane.class);
        assertThat(table.getChildren()).hasSize(2 * 11);
        assertThat(robot.lookup(".guide-cell-header .guide-text").queryAllAs(Text.class)).extracting(Text::getText)
                .containsExactly("keys", "what they do");
        assertThat(robot.from(table).lookup(".guide-text").queryAllAs(Text.class)).extracting(Text::getText)
                .contains("Ctrl+P", "print the briefing", "Ctrl+Shift+E / Ctrl+Shift+B");

        List<ImageView> pictures = robot.lookup(".guide-figure > .image-view").queryAllAs(ImageView.class).stream().toList();
        assertThat(pictures).hasSize(3);
        for (ImageView picture : pictures) {
            assertThat(picture.getImage().isError()).isFalse();
            assertThat(picture.getImage().getWidth()).isGreaterThanOrEqualTo(1000);
            assertThat(picture.getLayoutBounds().getWidth()).isBetween(300.0, 641.0);
            assertThat(picture.getAccessibleText()).isNotBlank();
        }
    }

    @Test
    void emphasisCodeListsTablesAndAMissingPictureOfAnyMarkdownAreBuilt(FxRobot robot) {
        GuideView[] built = new GuideView[1];
        robot.interact(() -> {
            built[0] = new GuideView(SAMPLE, image -> null);
            new Scene(built[0], 600, 400);
            built[0].applyCss();
            built[0].layout();
        });
        Node page = built[0].page();
        Set<String> classes = robot.from(page).lookup(".guide-text").queryAllAs(Text.class).stream()
                .flatMap(text -> text.getStyleClass().stream()).collect(Collectors.toSet());
        assertThat(classes).contains("guide-strong", "guide-emphasis", "guide-code");
        Text italic = robot.from(page).lookup(".guide-emphasis").queryAs(Text.class);
        assertThat(italic.getFont().getStyle().toLowerCase()).contains("italic");
        assertThat(robot.from(page).lookup(".guide-list-marker").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("1.", "2.", "•");
        assertThat(robot.from(page).lookup(".guide-cell").queryAll()).hasSize(4);
        // A picture that cannot be found is described, not left out silently.
        assertThat(robot.from(page).lookup(".guide-caption").queryAs(Label.class).getText()).isEqualTo("The missing picture");
    }

    @Test
    void inTheDarkThemeTheTextIsLightOnADarkPage(FxRobot robot) {
        robot.interact(() -> guide.getScene().getRoot().getStyleClass().add("theme-dark"));
        WaitForAsyncUtils.waitForFxEvents();

        Text body = robot.lookup(".guide-paragraph .guide-text").queryAs(Text.class);
        Color text = (Color) body.getFill();
        assertThat(text.getBrightness()).isGreaterThan(0.7);
    }

    private static FontWeight weight(Font font) {
        return font.getStyle().toLowerCase().contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
    }

    private static InputStream docsImage(String path) {
        try {
            return Files.newInputStream(Path.of("docs").resolve(path));
        } catch (java.io.IOException missing) {
            return null;
        }
    }
}
