package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing of entry validation (SPEC §3, issue 8): whatever is typed or read from a file — random
 * text, mutated good entries, huge or odd numbers, any Unicode — validation never throws, and its
 * answer is either clear errors (a sentence per field) or a result that is exactly what was typed.
 * Tries are bounded so that {@code verify} stays fast; jqwik prints the seed of a failure.
 */
class DailyResultValidatorFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 2, 20);
    private static final List<Group> GROUPS = List.of(
            new Group(1, "Athletes", 0, "#0072B2", true),
            new Group(2, "Team officials", 1, "#E69F00", true),
            new Group(3, "Operating staff", 2, "#009E73", false),
            new Group(4, "Média ÆØ 東京", 3, "#CC79A7", true));
    private static final Set<String> FIELDS = Set.of(ValidationProblem.DATE, ValidationProblem.GROUP,
            ValidationProblem.STAGE, ValidationProblem.TESTS, ValidationProblem.POSITIVES, ValidationProblem.NOTE);

    @Property(tries = 2_000)
    void randomInputOnlyEverGivesClearErrorsOrAValidResult(@ForAll("randomEntries") RawEntry entry,
                                                           @ForAll("contexts") ValidationContext context) {
        assertWellFormed(entry, context, DailyResultValidator.validate(entry, context));
    }

    @Property(tries = 1_500)
    void mutatedGoodEntriesOnlyEverGiveClearErrorsOrAValidResult(@ForAll("mutatedEntries") RawEntry entry,
                                                                 @ForAll("contexts") ValidationContext context) {
        assertWellFormed(entry, context, DailyResultValidator.validate(entry, context));
    }

    @Property(tries = 1_000)
    void aGoodEntryIsValidAndSavedExactlyAsTyped(@ForAll("goodEntries") RawEntry entry) {
        ValidationContext context = ValidationContext.of(TODAY, GROUPS);
        ValidationResult checked = DailyResultValidator.validate(entry, context);

        assertThat(checked.errors()).as("%s", entry).isEmpty();
        DailyResult result = checked.result().orElseThrow();
        assertThat(result.date()).isEqualTo(LocalDate.parse(entry.date().strip()));
        assertThat(result.tests()).isEqualTo(Long.parseLong(entry.tests().strip().replace(",", "")));
        assertThat(result.positives()).isEqualTo(Long.parseLong(entry.positives().strip().replace(",", "")));
    }

    /** The contract that every answer keeps, whatever the input. */
    private static void assertWellFormed(RawEntry entry, ValidationContext context, ValidationResult checked) {
        for (ValidationProblem problem : checked.problems()) {
            assertThat(FIELDS).as("field of %s", problem).contains(problem.field());
            assertThat(problem.message()).as("message for %s", entry).isNotBlank().endsWith(".");
            assertThat(problem.message().length()).as("message length for %s", entry).isLessThan(2_000);
        }
        assertThat(checked.isValid()).as("%s", entry).isEqualTo(checked.errors().isEmpty());
        checked.result().ifPresent(result -> {
            assertThat(result.date()).isBeforeOrEqualTo(context.today());
            assertThat(result.date().toString()).isEqualTo(entry.date().strip());
            assertThat(context.groups()).anyMatch(group -> group.id() == result.groupId() && group.hasName(entry.group()));
            assertThat(result.tests()).isBetween(0L, DailyResultValidator.MAX_COUNT);
            assertThat(result.positives()).isBetween(0L, result.tests());
            assertThat(result.tests()).isEqualTo(Long.parseLong(entry.tests().strip().replace(",", "")));
            assertThat(result.positives()).isEqualTo(Long.parseLong(entry.positives().strip().replace(",", "")));
            assertThat(result.note().codePointCount(0, result.note().length()))
                    .isLessThanOrEqualTo(DailyResultValidator.MAX_NOTE_LENGTH);
        });
    }

    @Provide
    Arbitrary<RawEntry> randomEntries() {
        Arbitrary<String> text = anyText();
        return Combinators.combine(text, text, text, text, text, text).as(RawEntry::new);
    }

    @Provide
    Arbitrary<RawEntry> goodEntries() {
        Arbitrary<String> dates = Arbitraries.integers().between(0, 3_000)
                .map(days -> TODAY.minusDays(days).toString());
        Arbitrary<String> groups = Arbitraries.of(GROUPS).map(Group::name)
                .flatMap(name -> Arbitraries.of(name, name.toUpperCase(java.util.Locale.ROOT), "  " + name + " "));
        Arbitrary<String> stages = Arbitraries.of("arrival", "in_loop", "in-loop", "in loop", " arrival ");
        Arbitrary<Long> tests = Arbitraries.longs().between(0, DailyResultValidator.MAX_COUNT);
        return Combinators.combine(dates, groups, stages, tests, Arbitraries.doubles().between(0, 1), Arbitraries.of(true, false))
                .as((date, group, stage, n, share, grouped) -> {
                    long positives = (long) Math.floor(n * share);
                    return new RawEntry(date, group, stage, format(n, grouped), format(positives, !grouped), "ok");
                });
    }

    @Provide
    Arbitrary<RawEntry> mutatedEntries() {
        return goodEntries().flatMap(good -> Arbitraries.integers().between(0, 5).flatMap(field ->
                mutate(fieldOf(good, field)).map(mutated -> withField(good, field, mutated))));
    }

    @Provide
    Arbitrary<ValidationContext> contexts() {
        Arbitrary<LocalDate> today = Arbitraries.integers().between(-400_000, 400_000).map(d -> TODAY.plusDays(d));
        Arbitrary<Optional<LocalDate>> loopStart = Arbitraries.integers().between(-1_000, 1_000)
                .map(d -> Optional.of(TODAY.plusDays(d))).injectNull(0.3).map(o -> o == null ? Optional.<LocalDate>empty() : o);
        Arbitrary<List<Group>> groups = Arbitraries.subsetOf(GROUPS).map(List::copyOf);
        Arbitrary<RecentTests> recent = Arbitraries.of(
                RecentTests.NONE,
                (RecentTests) (g, s, d) -> OptionalDouble.of(0),
                (RecentTests) (g, s, d) -> OptionalDouble.of(3.5),
                (RecentTests) (g, s, d) -> OptionalDouble.of(Double.MAX_VALUE),
                (RecentTests) (g, s, d) -> OptionalDouble.of(Double.NaN));
        return Combinators.combine(today, loopStart, groups, recent).as(ValidationContext::new);
    }

    private static Arbitrary<String> anyText() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> numberish = Arbitraries.strings().withChars("0123456789,.-+eE \t\u00a0\u202f٣").ofMaxLength(30);
        Arbitrary<String> dateish = Arbitraries.strings().withChars("0123456789-/T:Z ").ofMaxLength(14);
        Arbitrary<String> huge = Arbitraries.strings().withChars("9,").ofMinLength(19).ofMaxLength(400);
        Arbitrary<String> longNote = Arbitraries.strings().all().ofMinLength(490).ofMaxLength(700);
        return Arbitraries.frequencyOf(
                weighted(4, unicode), weighted(4, numberish), weighted(3, dateish), weighted(1, huge), weighted(1, longNote),
                weighted(1, Arbitraries.just((String) null)),
                weighted(2, Arbitraries.of("", " ", "arrival", "in_loop", "Athletes", "2022-02-29", "2022-13-01",
                        "-0", "0", "00", "1,000", "1,00", ",100", "9223372036854775808", "10000001", "\uD83D\uDE00")));
    }

    private static Arbitrary<String> mutate(String value) {
        String base = value == null ? "" : value;
        Arbitrary<String> inserted = Combinators.combine(Arbitraries.integers().between(0, base.length()),
                Arbitraries.chars().all()).as((at, c) -> base.substring(0, at) + c + base.substring(at));
        Arbitrary<String> deleted = base.isEmpty() ? Arbitraries.just("")
                : Arbitraries.integers().between(0, base.length() - 1).map(at -> base.substring(0, at) + base.substring(at + 1));
        Arbitrary<String> doubled = Arbitraries.integers().between(1, 30).map(base::repeat);
        return Arbitraries.oneOf(inserted, deleted, doubled, Arbitraries.just(base + base.length()),
                Arbitraries.just("-" + base), Arbitraries.just(base.replace('0', 'O')), anyText());
    }

    private static String fieldOf(RawEntry entry, int field) {
        return switch (field) {
            case 0 -> entry.date();
            case 1 -> entry.group();
            case 2 -> entry.stage();
            case 3 -> entry.tests();
            case 4 -> entry.positives();
            default -> entry.note();
        };
    }

    private static RawEntry withField(RawEntry e, int field, String value) {
        return switch (field) {
            case 0 -> new RawEntry(value, e.group(), e.stage(), e.tests(), e.positives(), e.note());
            case 1 -> new RawEntry(e.date(), value, e.stage(), e.tests(), e.positives(), e.note());
            case 2 -> new RawEntry(e.date(), e.group(), value, e.tests(), e.positives(), e.note());
            case 3 -> new RawEntry(e.date(), e.group(), e.stage(), value, e.positives(), e.note());
            case 4 -> new RawEntry(e.date(), e.group(), e.stage(), e.tests(), value, e.note());
            default -> new RawEntry(e.date(), e.group(), e.stage(), e.tests(), e.positives(), value);
        };
    }

    private static String format(long n, boolean grouped) {
        return grouped ? String.format(java.util.Locale.ROOT, "%,d", n) : Long.toString(n);
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends String>> weighted(int weight,
                                                                                   Arbitrary<? extends String> arbitrary) {
        return net.jqwik.api.Tuple.of(weight, arbitrary);
    }
}
