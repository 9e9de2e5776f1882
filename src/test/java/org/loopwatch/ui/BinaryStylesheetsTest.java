package org.loopwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Decision 0068: every stylesheet the app ships has its binary form beside it, built from it, and
 * JavaFX loads that binary form when given the stylesheet's name — so no start parses our CSS.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("gui")
class BinaryStylesheetsTest {

    private static final Path SOURCES = Path.of("src/main/resources");
    private static final Path BUILT = Path.of("target/classes");

    private Stage stage;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyStylesheetHasABinaryFormWithTheSameRules() throws Exception {
        List<Path> stylesheets;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            stylesheets = files.filter(file -> file.toString().endsWith(".css")).toList();
        }
        assertThat(stylesheets).hasSizeGreaterThan(10);
        for (Path source : stylesheets) {
            Path built = BUILT.resolve(SOURCES.relativize(source));
            Path binary = built.resolveSibling(built.getFileName().toString().replace(".css", ".bss"));
            assertThat(binary).as("the binary form of %s (run the build's process-classes)", source).exists();
            assertThat(Files.readString(built)).as("%s as in the sources", built).isEqualTo(Files.readString(source));
            Path now = folder.resolve("now.bss");
            Stylesheet.convertToBinary(built.toFile(), now.toFile());
            // Compared as read back: the files' string tables may come in another order.
            assertThat(rules(binary)).as("%s built from the stylesheet as it is now", binary).isNotEmpty()
                    .isEqualTo(rules(now));
        }
    }

    /* Were JavaFX to stop preferring the .bss, the stylesheets would be parsed again at every start, unseen. */
    @Test
    void javaFxLoadsTheBinaryFormBesideTheStylesheetItIsGiven(FxRobot robot) throws Exception {
        Path css = folder.resolve("probe.css");
        Files.writeString(css, ".label { -fx-text-fill: #0000ff; }");
        Stylesheet.convertToBinary(css.toFile(), folder.resolve("probe.bss").toFile());
        Files.writeString(css, ".label { -fx-text-fill: #ff0000; }");
        Label label = new Label("probe");
        robot.interact(() -> {
            Scene scene = new Scene(new StackPane(label), 200, 100);
            scene.getStylesheets().add(css.toUri().toString());
            stage.setScene(scene);
            stage.show();
            label.applyCss();
        });
        assertThat(label.getTextFill()).isEqualTo(Color.web("#0000ff"));
    }

    private static List<String> rules(Path binary) throws IOException {
        return Stylesheet.loadBinary(url(binary)).getRules().stream().map(Object::toString).toList();
    }

    private static URL url(Path file) throws IOException {
        return file.toUri().toURL();
    }

}
