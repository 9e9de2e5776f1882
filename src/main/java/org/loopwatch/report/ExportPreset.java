package org.loopwatch.report;

import java.util.Locale;
import java.util.Optional;

/** Image sizes for briefing charts (SPEC §5), in pixels at scale 1. */
public enum ExportPreset {
    SLIDE_16X9("slide-16x9", 1920, 1080),
    SLIDE_4X3("slide-4x3", 1600, 1200),
    A4_LANDSCAPE("a4-landscape", 3508, 2480);

    private final String code;
    private final int width;
    private final int height;

    ExportPreset(String code, int width, int height) {
        this.code = code;
        this.width = width;
        this.height = height;
    }

    /** The command-line code, e.g. {@code slide-16x9}. */
    public String code() {
        return code;
    }

    /** The name people read, in the interface language. */
    public String label() {
        return org.loopwatch.domain.text.Texts.of(ExportPreset.class).get("preset." + code);
    }

    public ExportSize size(int scale) {
        return new ExportSize(width, height, scale);
    }

    public static Optional<ExportPreset> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (ExportPreset preset : values()) {
            if (preset.code.equals(wanted)) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }
}
