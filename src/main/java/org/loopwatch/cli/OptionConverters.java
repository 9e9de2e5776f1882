package org.loopwatch.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.loopwatch.domain.ConfidenceLevel;
import org.loopwatch.domain.IntervalMethod;
import org.loopwatch.domain.StageChoice;
import org.loopwatch.domain.text.Texts;
import org.loopwatch.report.ExportPreset;
import org.loopwatch.report.chart.ChartKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed values of the options. A value that does not fit throws with the end of a sentence
 * ("must be 1, 2 or 3, not '4'."); {@link ParameterErrors} puts the command and option before it.
 */
final class OptionConverters {

    private OptionConverters() {
    }

    private static TypeConversionException wrong(String key, String value) {
        return new TypeConversionException(UsageTexts.TEXT.format(key, value));
    }

    private static <T> T choice(String text, Function<String, Optional<T>> parse, String key) {
        return parse.apply(text.strip()).orElseThrow(() -> wrong(key, text));
    }

    /** A day as yyyy-MM-dd, a real one (no 30 February). */
    static final class Date implements ITypeConverter<LocalDate> {
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
                .withResolverStyle(ResolverStyle.STRICT);

        @Override
        public LocalDate convert(String text) {
            try {
                return LocalDate.parse(text.strip(), DAY);
            } catch (DateTimeParseException notADate) {
                throw wrong("error.date", text);
            }
        }
    }

    static final class Method implements ITypeConverter<IntervalMethod> {
        @Override
        public IntervalMethod convert(String text) {
            return choice(text, IntervalMethod::fromCode, "error.method");
        }
    }

    static final class Level implements ITypeConverter<ConfidenceLevel> {
        @Override
        public ConfidenceLevel convert(String text) {
            return choice(text, ConfidenceLevel::parse, "error.level");
        }
    }

    static final class Chart implements ITypeConverter<ChartKind> {
        @Override
        public ChartKind convert(String text) {
            return choice(text, ChartKind::fromCode, "error.chart");
        }
    }

    static final class Preset implements ITypeConverter<ExportPreset> {
        @Override
        public ExportPreset convert(String text) {
            return choice(text, ExportPreset::fromCode, "error.preset");
        }
    }

    /** A briefing's stages: {@code apart} (arrival and in-loop side by side), one stage, or {@code all} mixed. */
    static final class StageChoices implements ITypeConverter<StageChoice> {
        @Override
        public StageChoice convert(String text) {
            return choice(text, StageChoice::fromCode, "error.stageChoice");
        }
    }

    /** The export scale: 1, 2 or 3 times the preset's pixels. */
    static final class Scale implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                int scale = Integer.parseInt(text.strip());
                if (scale >= 1 && scale <= 3) {
                    return scale;
                }
            } catch (NumberFormatException notANumber) {
                // the message below says what is wanted
            }
            throw wrong("error.scale", text);
        }
    }

    /** The file given to {@code --db}: not blank, a possible path. */
    static final class DatabasePath implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            try {
                if (!text.isBlank()) {
                    return Path.of(text);
                }
            } catch (InvalidPathException notAPath) {
                // the message below says what is wanted
            }
            throw wrong("error.databasePath", text);
        }
    }

    /** {@code en} or {@code zh-CN} (also {@code zh}, {@code zh_CN}); other languages are refused, not guessed. */
    static final class Language implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String text) {
            Locale wanted = Locale.forLanguageTag(text.strip().replace('_', '-'));
            if (wanted.getLanguage().equals("en") || wanted.getLanguage().equals("zh")) {
                return Texts.supportedFor(wanted);
            }
            throw wrong("error.language", text);
        }
    }
}
