package org.loopwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The screens' stylesheets follow the theme and the zoom (issue 18): their text, background and
 * border colours are the theme's named colours (ThemeContrastTest holds those to WCAG AA in every
 * theme), never a fixed light colour that leaves grey text on the dark theme's black; and their
 * font sizes are in em, so Ctrl+Plus grows them with the rest of the window.
 */
class ScreenStylesTest {

    private static final Path UI = Path.of("src/main/resources/org/loopwatch/ui");
    /** Where fixed values belong: the palettes and zoom steps, and the root's base size. */
    private static final List<String> THEME_FILES = List.of("themes.css", "loopwatch.css");
    private static final Pattern COLOUR = Pattern.compile(
            "(-fx-text-fill|-fx-background-color|-fx-border-color|-fx-stroke|-fx-fill)\\s*:\\s*([^;]*);");
    private static final Pattern FIXED = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\b(white|black|gr[ae]y)\\b");
    private static final Pattern PIXEL_FONT = Pattern.compile("-fx-font-size\\s*:\\s*[\\d.]+px");
    /**
     * Fixed on purpose: white group names on their own Okabe–Ito colour in the data table (chosen
     * for contrast with each colour, the same in every theme).
     */
    private static final List<String> ALLOWED = List.of("data/data.css: -fx-text-fill: white");

    @Test
    void screenStylesheetsUseTheThemesColoursAndSizeTextInEm() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path css : files.filter(file -> file.toString().endsWith(".css")).toList()) {
                String name = UI.relativize(css).toString().replace('\\', '/');
                if (THEME_FILES.contains(name)) {
                    continue;
                }
                String text = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
                Matcher colour = COLOUR.matcher(text);
                while (colour.find()) {
                    String declaration = name + ": " + colour.group(1) + ": " + colour.group(2).strip();
                    if (FIXED.matcher(colour.group(2)).find() && !ALLOWED.contains(declaration)) {
                        problems.add(declaration + " (use a -lw-… colour of themes.css)");
                    }
                }
                Matcher font = PIXEL_FONT.matcher(text);
                while (font.find()) {
                    problems.add(name + ": " + font.group() + " (use em: zoom sets the root's size)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
