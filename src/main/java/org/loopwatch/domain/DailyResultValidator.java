package org.loopwatch.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

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
        OptionalLong tests = count(ValidationProblem.TESTS, "Tests", entry.tests(), problems);
        OptionalLong positives = count(ValidationProblem.POSITIVES, "Positives", entry.positives(), problems);
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
            problems.add(ValidationProblem.error(ValidationProblem.NOTE, "The note is " + noteLength
                    + " characters long. Shorten it to " + MAX_NOTE_LENGTH + " characters or fewer."));
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
            problems.add(ValidationProblem.error(field, "Enter a date as yyyy-MM-dd, for example 2022-02-04."));
            return Optional.empty();
        }
        String value = text.strip();
        if (!isDateShape(value)) {
            problems.add(ValidationProblem.error(field, "The date \"" + value
                    + "\" is not in the form yyyy-MM-dd. Type it like 2022-02-04."));
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
        } catch (DateTimeException notReal) {
            problems.add(ValidationProblem.error(field, value + " is not a real date. Check the day and the month."));
            return Optional.empty();
        }
        if (date.isAfter(context.today())) {
            problems.add(ValidationProblem.error(field, value + " is in the future. Results can be entered for today ("
                    + context.today() + ") or earlier."));
            return Optional.empty();
        }
        context.loopStart().filter(date::isBefore).ifPresent(start -> problems.add(ValidationProblem.warning(field,
                value + " is before the loop started on " + start + ". Check the date, and save anyway if it is right.")));
        return Optional.of(date);
    }

    private static Optional<Group> group(String text, List<Group> groups, List<ValidationProblem> problems) {
        String field = ValidationProblem.GROUP;
        if (isBlank(text)) {
            problems.add(ValidationProblem.error(field, "Choose a group."));
            return Optional.empty();
        }
        Optional<Group> match = find(groups, text);
        if (match.isEmpty()) {
            String known = String.join(", ", groups.stream().map(Group::name).toList());
            problems.add(ValidationProblem.error(field, "There is no group called \"" + text.strip() + "\"."
                    + (known.isEmpty() ? " Add it in Settings first." : " Choose one of: " + known + ".")));
        } else if (!match.get().active()) {
            problems.add(ValidationProblem.warning(field, match.get().name()
                    + " is inactive. Check the group, and save anyway if the data belongs to it."));
        }
        return match;
    }

    private static Optional<Stage> stage(String text, List<ValidationProblem> problems) {
        String field = ValidationProblem.STAGE;
        if (isBlank(text)) {
            problems.add(ValidationProblem.error(field, "Choose a stage: arrival or in_loop."));
            return Optional.empty();
        }
        // "in-loop" and "in loop" are what people type for in_loop.
        Optional<Stage> stage = Stage.fromCode(text);
        if (stage.isEmpty()) {
            stage = Stage.fromCode(text.strip().replace('-', '_').replace(' ', '_'));
        }
        if (stage.isEmpty()) {
            problems.add(ValidationProblem.error(field, "The stage must be arrival or in_loop, not \""
                    + text.strip() + "\"."));
        }
        return stage;
    }

    private static OptionalLong count(String field, String label, String text, List<ValidationProblem> problems) {
        if (isBlank(text)) {
            problems.add(ValidationProblem.error(field, "Enter the number of " + label.toLowerCase(Locale.ROOT)
                    + " as a whole number (0 or more)."));
            return OptionalLong.empty();
        }
        String value = text.strip();
        if (isPlainDigits(value)) {
            long number = Long.parseLong(value);
            if (number <= MAX_COUNT) {
                return OptionalLong.of(number);
            }
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            problems.add(ValidationProblem.error(field, label + " must be a whole number such as 2415 or 2,415, not \""
                    + value + "\"."));
            return OptionalLong.empty();
        }
        String digits = value.replace(",", "");
        if (digits.startsWith("-")) {
            problems.add(ValidationProblem.error(field, label + " cannot be negative (" + value + "). Enter 0 or more."));
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
            problems.add(ValidationProblem.error(field, label + " (" + shown + ") is beyond the range one entry can hold"
                    + " (at most " + RateFormat.count(MAX_COUNT) + "). Check for an extra digit."));
            return OptionalLong.empty();
        }
        return OptionalLong.of(number);
    }

    private static void compare(long tests, long positives, List<ValidationProblem> problems) {
        String field = ValidationProblem.POSITIVES;
        if (tests == 0 && positives > 0) {
            problems.add(ValidationProblem.error(field, "Positives (" + RateFormat.count(positives)
                    + ") were entered without tests (0). Enter the number of tests, or set positives to 0."));
        } else if (positives > tests) {
            problems.add(ValidationProblem.error(field, "Positives (" + RateFormat.count(positives)
                    + ") cannot be more than tests (" + RateFormat.count(tests) + "). Check both numbers."));
        }
    }

    private static void tooLarge(long tests, OptionalDouble median, List<ValidationProblem> problems) {
        if (median.isEmpty() || median.getAsDouble() <= 0 || tests <= TOO_LARGE_FACTOR * median.getAsDouble()) {
            return;
        }
        problems.add(ValidationProblem.warning(ValidationProblem.TESTS, "Tests (" + RateFormat.count(tests)
                + ") is more than " + TOO_LARGE_FACTOR + " times the usual " + RateFormat.count(Math.round(median.getAsDouble()))
                + " a day of the last " + RecentTests.DAYS + " days. Check for an extra digit, and confirm if it is right."));
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
