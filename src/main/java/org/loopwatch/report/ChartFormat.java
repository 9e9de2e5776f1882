package org.loopwatch.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats of a chart export, told apart by the file's extension (SPEC §7). */
public enum ChartFormat {
    /** A picture of the page at the export size and scale. */
    PNG("png"),
    /** The page as vectors and text, for print and editing. */
    SVG("svg");

    private final String extension;

    ChartFormat(String extension) {
        this.extension = extension;
    }

    /** The extension without its dot, in lower case, e.g. {@code svg}. */
    public String extension() {
        return extension;
    }

    /** The format a file name asks for, whatever its case; empty when it ends in neither .png nor .svg. */
    public static Optional<ChartFormat> of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (ChartFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** {@code name} with this format's extension instead of a .png or .svg one. */
    public String fileName(String name) {
        String stem = ChartFormat.of(Path.of(name)).map(format -> name.substring(0, name.length() - 4)).orElse(name);
        return stem + "." + extension;
    }
}
