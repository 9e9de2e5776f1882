package org.loopwatch.io;

import java.util.Locale;

/**
 * Tells a date cell from a number cell of a workbook. In .xlsx a date is a number (days since
 * 1900) that only its number format marks as a date: one of the built-in date formats, or a custom
 * format with day, month or year letters outside quoted text and colour or locale brackets.
 */
final class DateFormats {

    private DateFormats() {
    }

    /**
     * @param formatId     the cell's number format id, or null
     * @param formatString the format's code, or null for a built-in id without one
     */
    static boolean isDate(Integer formatId, String formatString) {
        if (formatString == null || formatString.isBlank()) {
            return formatId != null && isBuiltInDate(formatId);
        }
        String code = formatString.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\\\.", "").toLowerCase(Locale.ROOT);
        if (code.equals("general") || code.contains("#") || code.contains("0")) {
            return formatId != null && isBuiltInDate(formatId);
        }
        return code.contains("d") || code.contains("y") || code.contains("m") && !code.contains("h");
    }

    private static boolean isBuiltInDate(int id) {
        return id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58;
    }
}
