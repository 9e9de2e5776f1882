package org.loopwatch.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.loopwatch.domain.text.Texts;

/**
 * How one person likes to read LoopWatch — interface language, theme, zoom — kept per user in
 * {@code preferences.properties} in the application-data folder, not in the database: a database
 * may be shared by desks whose officers read different languages, and the language must be known
 * before any database is opened (its messages are in it). Unset or unreadable values mean the
 * defaults: the system's language, the light theme, 100 %.
 *
 * @param language the chosen interface language; empty means "as the operating system"
 * @param theme    the theme's code ({@code light}, {@code dark}, {@code high-contrast}); the UI knows them
 * @param zoom     the text size in percent, one of {@link #ZOOM_STEPS}
 */
public record UserPreferences(Optional<Locale> language, String theme, int zoom) {

    /** The zoom steps offered, in percent (SPEC §4: 80–200 %). */
    public static final List<Integer> ZOOM_STEPS = List.of(80, 90, 100, 110, 125, 150, 175, 200);
    public static final String DEFAULT_THEME = "light";
    public static final int DEFAULT_ZOOM = 100;

    /** Where tests and portable installs put the file instead of the data folder. */
    public static final String LOCATION_PROPERTY = "loopwatch.preferences";
    static final String FILE_NAME = "preferences.properties";

    private static final Texts TEXT = Texts.of(UserPreferences.class);
    private static final String LANGUAGE = "language";
    private static final String THEME = "theme";
    private static final String ZOOM = "zoom";

    public UserPreferences {
        if (!ZOOM_STEPS.contains(zoom)) {
            throw new IllegalArgumentException("zoom must be one of " + ZOOM_STEPS + " %, not " + zoom);
        }
        if (theme == null || !theme.matches("[a-z-]+")) {
            throw new IllegalArgumentException("a theme code is lower-case letters and hyphens, not " + theme);
        }
    }

    /** As on a first start: the system's language, the light theme, 100 %. */
    public static UserPreferences defaults() {
        return new UserPreferences(Optional.empty(), DEFAULT_THEME, DEFAULT_ZOOM);
    }

    public UserPreferences withLanguage(Optional<Locale> chosen) {
        return new UserPreferences(chosen, theme, zoom);
    }

    public UserPreferences withTheme(String code) {
        return new UserPreferences(language, code, zoom);
    }

    public UserPreferences withZoom(int percent) {
        return new UserPreferences(language, theme, percent);
    }

    /** The file of the running user: {@code -Dloopwatch.preferences=PATH}, else beside the default database. */
    public static Path defaultFile() {
        String override = System.getProperty(LOCATION_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return DatabaseLocation.defaultFile().resolveSibling(FILE_NAME);
    }

    /** Reads the file; a missing, unreadable or partly wrong file gives the defaults for what is wrong. */
    public static UserPreferences read(Path file) {
        Properties stored = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(reader);
        } catch (IOException | IllegalArgumentException missingOrUnreadable) {
            // A preference is a convenience: without it, the app starts as on the first day.
            return defaults();
        }
        Optional<Locale> language = Optional.ofNullable(stored.getProperty(LANGUAGE)).map(String::strip)
                .filter(tag -> !tag.isEmpty() && !tag.equals("system")).map(Locale::forLanguageTag)
                .filter(locale -> !locale.getLanguage().isEmpty());
        String theme = Optional.ofNullable(stored.getProperty(THEME)).map(String::strip)
                .filter(code -> code.matches("[a-z-]+")).orElse(DEFAULT_THEME);
        int zoom = parseZoom(stored.getProperty(ZOOM));
        return new UserPreferences(language, theme, zoom);
    }

    /** Writes the file whole or not at all (a new file, then renamed over the old one). */
    public void write(Path file) {
        Properties stored = new Properties();
        stored.setProperty(LANGUAGE, language.map(Locale::toLanguageTag).orElse("system"));
        stored.setProperty(THEME, theme);
        stored.setProperty(ZOOM, Integer.toString(zoom));
        try {
            Path folder = file.toAbsolutePath().getParent();
            OwnerOnlyFiles.createFolder(folder);
            DurableFiles.writeWhole(file, temporary -> {
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    stored.store(writer, "LoopWatch: how this user reads the app (language, theme, zoom)");
                }
            });
        } catch (IOException failed) {
            throw new UncheckedIOException(TEXT.format("preferences.notSaved", file, failed.getMessage()), failed);
        }
    }

    private static int parseZoom(String text) {
        try {
            int zoom = Integer.parseInt(text == null ? "" : text.strip());
            return ZOOM_STEPS.contains(zoom) ? zoom : DEFAULT_ZOOM;
        } catch (NumberFormatException notANumber) {
            return DEFAULT_ZOOM;
        }
    }
}
