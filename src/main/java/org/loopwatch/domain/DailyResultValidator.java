package org.loopwatch.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.loopwatch.domain.text.ListStyle;

/**
 * Checks an entry typed in the form or read from CSV and reports every problem at once.
 *
 * <p>Numbers are whole numbers of digits; thousands separators are accepted when correctly grouped
 * ("2,415", "1,234,567", not "24,15"), because people copy figures from reports that way and CSV
 * quoting keeps such a cell intact. Signs, decimals and exponents are refused ("12.5", "1e3").
 * Blanks around values are ignored. A blank positives field is an error, never a silent 0.
 *
 * <p>Errors block saving. Warnings ask the person to confirm: a date before the loop start, an
 * inactive group, and tests more than {@value #TOO_LARGE_FACTOR} × the recent median for that
 * group/stage (a likely extra digit; not checked when that median is 0).
 *
 * <p>A CSV import runs this for every one of up to 100,000 rows in a fresh JVM (SPEC §9: 2 s), so
 * the common shapes ("2022-02-04", "2415", an exact group name) are checked by hand, without
 * regular expressions or a date formatter; anything else takes the general path.
 */
public final class DailyResultValidator {

    private static final org.loopwatch.domain.text.Texts TEXT = org.loopwatch.domain.text.Texts.of(DailyResultValidator.class);

    /** The largest count one cell may hold; more is surely a typing error. */
    public static final long MAX_COUNT = 10_000_000;
    /** Longest note, in characters. */
    public static final int MAX_NOTE_LENGTH = 500;
    /** Tests above this multiple of the recent median raise a warning. */
    public static final int TOO_LARGE_FACTOR = 10;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)");

    private DailyResultValidator() {
    }

    /** Validates {@code entry}; never throws for bad input, whatever it holds. */
    public static ValidationResult validate(RawEntry entry, ValidationContext context) {
        List<ValidationProblem> problems = new ArrayList<>();
        Optional<LocalDate> date = date(entry.date(), context, problems);
        Optional<Group> group = group(entry.group(), context.groups(), problems);
        Optional<Stage> stage = stage(entry.stage(), problems);
        OptionalLong tests = count(ValidationProblem.TESTS, "tests", entry.tests(), problems);
        OptionalLong positives = count(ValidationProblem.POSITIVES, "positives", entry.positives(), problems);
        if (tests.isPresent() && date.isPresent() && group.isPresent() && stage.isPresent()) {
            tooLarge(tests.getAsLong(), context.recentTests()
                    .medianTests(group.get().id(), stage.get(), date.get()), problems);
        }
        if (tests.isPresent() && positives.isPresent()) {
            compare(tests.getAsLong(), positives.getAsLong(), problems);
        }
        String note = entry.note() == null ? "" : entry.note().strip();
        int noteLength = note.codePointCount(0, note.length());
        if (noteLength > MAX_NOTE_LENGTH) {
            problems.add(ValidationProblem.error(ValidationProblem.NOTE, TEXT.format("validation.note.tooLong", noteLength,
                    MAX_NOTE_LENGTH)));
        }
        if (hasError(problems)) {
            return new ValidationResult(Optional.empty(), problems);
        }
        DailyResult result = new DailyResult(date.get(), group.get().id(), stage.get(),
                tests.getAsLong(), positives.getAsLong(), note);
        return new ValidationResult(Optional.of(result), problems);
    }

    private static Optional<LocalDate> date(String text, ValidationContext context, List<ValidationProblem> problems) {
        String field = ValidationProblem.DATE;
        if (isBlank(text)) {
            problems.add(ValidationProblem.error(field, TEXT.get("validation.date.blank")));
            return Optional.empty();
        }
        String value = text.strip();
        if (!isDateShape(value)) {
            problems.add(ValidationProblem.error(field, TEXT.format("validation.date.shape", value)));
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
        } catch (DateTimeException notReal) {
            problems.add(ValidationProblem.error(field, TEXT.format("validation.date.notReal", value)));
            return Optional.empty();
        }
        if (date.isAfter(context.today())) {
            problems.add(ValidationProblem.error(field, TEXT.format("validation.date.future", value,
                    String.valueOf(context.today()))));
            return Optional.empty();
        }
        context.loopStart().filter(date::isBefore).ifPresent(start -> problems.add(ValidationProblem.warning(field,
                TEXT.format("validation.date.beforeLoop", value, String.valueOf(start)))));
        return Optional.of(date);
    }

    private static Optional<Group> group(String text, List<Group> groups, List<ValidationProblem> problems) {
        String field = ValidationProblem.GROUP;
        if (isBlank(text)) {
            problems.add(ValidationProblem.error(field, TEXT.get("validation.group.blank")));
            return Optional.empty();
        }
        Optional<Group> match = find(groups, text);
        if (match.isEmpty()) {
            List<String> names = groups.stream().map(Group::name).toList();
            String known = ListStyle.names(names);
            Optional<String> meant = NearestName.meant(text, names);
            problems.add(ValidationProblem.error(field, known.isEmpty()
                    ? TEXT.format("validation.group.unknown", text.strip())
                    : meant.isPresent() ? TEXT.format("validation.group.unknownMeant", text.strip(), meant.get(), known)
                    : TEXT.format("validation.group.unknownKnown", text.strip(), known)));
        } else if (!match.get().active()) {
            problems.add(ValidationProblem.warning(field, TEXT.format("validation.group.inactive", match.get().name())));
        }
        return match;
    }

    private static Optional<Stage> stage(String text, List<ValidationProblem> problems) {
        String field = ValidationProblem.STAGE;
        if (isBlank(text)) {
            problems.add(ValidationProblem.error(field, TEXT.get("validation.stage.blank")));
            return Optional.empty();
        }
        // "in-loop" and "in loop" are what people type for in_loop.
        Optional<Stage> stage = Stage.fromCode(text);
        if (stage.isEmpty()) {
            stage = Stage.fromCode(text.strip().replace('-', '_').replace(' ', '_'));
        }
        if (stage.isEmpty()) {
            problems.add(ValidationProblem.error(field, TEXT.format("validation.stage.unknown", text.strip())));
        }
        return stage;
    }

    private static OptionalLong count(String field, String code, String text, List<ValidationProblem> problems) {
        if (isBlank(text)) {
            problems.add(ValidationProblem.error(field, TEXT.get("validation." + code + ".blank")));
            return OptionalLong.empty();
        }
        String value = text.strip();
        if (isPlainDigits(value)) {
            long number = Long.parseLong(value);
            if (number <= MAX_COUNT) {
                return OptionalLong.of(number);
            }
        }
        // Only a number that is not plain digits gets this far: the label is looked up for it alone.
        String label = TEXT.get("validation.label." + code);
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            problems.add(ValidationProblem.error(field, TEXT.format("validation.count.notWhole", label, value)));
            return OptionalLong.empty();
        }
        String digits = value.replace(",", "");
        if (digits.startsWith("-")) {
            problems.add(ValidationProblem.error(field, TEXT.format("validation.count.negative", label, value)));
            return OptionalLong.empty();
        }
        long number;
        try {
            number = Long.parseLong(digits);
        } catch (NumberFormatException tooManyDigits) {
            number = Long.MAX_VALUE;
        }
        if (number > MAX_COUNT) {
            String shown = number == Long.MAX_VALUE ? value : RateFormat.count(number);
            problems.add(ValidationProblem.error(field, TEXT.format("validation.count.tooLarge", label, shown,
                    RateFormat.count(MAX_COUNT))));
            return OptionalLong.empty();
        }
        return OptionalLong.of(number);
    }

    private static void compare(long tests, long positives, List<ValidationProblem> problems) {
        String field = ValidationProblem.POSITIVES;
        if (tests == 0 && positives > 0) {
            problems.add(ValidationProblem.error(field, TEXT.format("validation.positives.noTests",
                    RateFormat.count(positives))));
        } else if (positives > tests) {
            problems.add(ValidationProblem.error(field, TEXT.format("validation.positives.moreThanTests",
                    RateFormat.count(positives), RateFormat.count(tests))));
        }
    }

    private static void tooLarge(long tests, OptionalDouble median, List<ValidationProblem> problems) {
        if (median.isEmpty() || median.getAsDouble() <= 0 || tests <= TOO_LARGE_FACTOR * median.getAsDouble()) {
            return;
        }
        problems.add(ValidationProblem.warning(ValidationProblem.TESTS, TEXT.format("validation.tests.tooLarge",
                RateFormat.count(tests), TOO_LARGE_FACTOR, RateFormat.count(Math.round(median.getAsDouble())),
                RecentTests.DAYS)));
    }

    /* yyyy-MM-dd with ASCII digits: what the regular expression \d{4}-\d{2}-\d{2} accepted. */
    private static boolean isDateShape(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !isAsciiDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + (value.charAt(i) - '0');
        }
        return number;
    }

    /* Up to 18 ASCII digits: always a long, so no overflow check is needed. */
    private static boolean isPlainDigits(String value) {
        if (value.isEmpty() || value.length() > 18) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isAsciiDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /* The exact stored name first (the usual case), then the case-insensitive rule of Group#hasName. */
    private static Optional<Group> find(List<Group> groups, String text) {
        for (Group group : groups) {
            if (group.name().equals(text)) {
                return Optional.of(group);
            }
        }
        for (Group group : groups) {
            if (group.hasName(text)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    private static boolean hasError(List<ValidationProblem> problems) {
        for (ValidationProblem problem : problems) {
            if (problem.isError()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
