package org.loopwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DailyResultValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 2, 10);
    private static final Group ATHLETES = new Group(1, "Athletes", 1, "#0072B2", true);
    private static final Group STAFF = new Group(3, "Operating staff", 3, "#009E73", true);
    private static final Group RETIRED = new Group(9, "Caterers", 9, "#000000", false);
    private static final ValidationContext CONTEXT = new ValidationContext(TODAY,
            Optional.of(LocalDate.of(2022, 1, 4)), List.of(ATHLETES, STAFF, RETIRED), RecentTests.NONE);

    private static ValidationResult validate(String date, String group, String stage, String tests,
                                             String positives, String note) {
        return DailyResultValidator.validate(new RawEntry(date, group, stage, tests, positives, note), CONTEXT);
    }

    private static ValidationResult withTests(String tests, String positives) {
        return validate("2022-02-04", "Athletes", "arrival", tests, positives, "");
    }

    private static ValidationProblem onlyProblem(ValidationResult result) {
        assertThat(result.problems()).hasSize(1);
        return result.problems().getFirst();
    }

    @Test
    void aGoodEntryBecomesADailyResult() {
        ValidationResult result = validate(" 2022-02-04 ", "operating STAFF", "in_loop", "2,415", "39", "  late  ");

        assertThat(result.problems()).isEmpty();
        assertThat(result.isValid()).isTrue();
        assertThat(result.result()).contains(
                new DailyResult(LocalDate.of(2022, 2, 4), STAFF.id(), Stage.IN_LOOP, 2415, 39, "late"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ValidationResult result = validate("", "Nobody", "airport", "abc", "", "x".repeat(501));

        assertThat(result.isValid()).isFalse();
        assertThat(result.result()).isEmpty();
        assertThat(result.problems()).extracting(ValidationProblem::field)
                .containsExactly("date", "group", "stage", "tests", "positives", "note");
        assertThat(result.problems()).allMatch(ValidationProblem::isError);
    }

    @Test
    void aMissingDateIsAnError() {
        ValidationProblem problem = onlyProblem(validate(" ", "Athletes", "arrival", "1", "0", null));

        assertThat(problem.field()).isEqualTo("date");
        assertThat(problem.message()).isEqualTo("Enter a date as yyyy-MM-dd, for example 2022-02-04.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"04/02/2022", "2022-2-4", "2022-02-04T10:00", "yesterday"})
    void aDateInAnotherFormIsAnError(String text) {
        ValidationProblem problem = onlyProblem(validate(text, "Athletes", "arrival", "1", "0", ""));

        assertThat(problem.field()).isEqualTo("date");
        assertThat(problem.isError()).isTrue();
        assertThat(problem.message()).contains("yyyy-MM-dd");
    }

    @Test
    void aDateThatDoesNotExistIsAnError() {
        ValidationProblem problem = onlyProblem(validate("2022-02-30", "Athletes", "arrival", "1", "0", ""));

        assertThat(problem.field()).isEqualTo("date");
        assertThat(problem.message()).isEqualTo("2022-02-30 is not a real date. Check the day and the month.");
    }

    @Test
    void aFutureDateIsAnErrorButTodayIsFine() {
        ValidationProblem problem = onlyProblem(validate("2022-02-11", "Athletes", "arrival", "1", "0", ""));

        assertThat(problem.field()).isEqualTo("date");
        assertThat(problem.isError()).isTrue();
        assertThat(problem.message()).contains("in the future");
        assertThat(validate("2022-02-10", "Athletes", "arrival", "1", "0", "").problems()).isEmpty();
    }

    @Test
    void aDateBeforeTheLoopStartOnlyWarns() {
        ValidationResult result = validate("2021-12-31", "Athletes", "arrival", "1", "0", "");

        ValidationProblem problem = onlyProblem(result);
        assertThat(problem.field()).isEqualTo("date");
        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        assertThat(problem.message()).contains("before the loop started on 2022-01-04");
        assertThat(result.isValid()).isTrue();
        assertThat(result.hasWarnings()).isTrue();
    }

    @Test
    void anUnknownGroupIsAnErrorThatListsTheKnownOnes() {
        ValidationProblem problem = onlyProblem(validate("2022-02-04", "Volunteers", "arrival", "1", "0", ""));

        assertThat(problem.field()).isEqualTo("group");
        assertThat(problem.message())
                .isEqualTo("There is no group called \"Volunteers\". Choose one of: Athletes, Operating staff, Caterers.");
    }

    @Test
    void inChineseTheGroupsAreListedWithTheEnumerationComma() {
        org.loopwatch.domain.text.Texts.useLanguage(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            ValidationProblem problem = onlyProblem(validate("2022-02-04", "Volunteers", "arrival", "1", "0", ""));

            assertThat(problem.message()).contains("Athletes、Operating staff、Caterers").doesNotContain("Athletes, ");
        } finally {
            org.loopwatch.domain.text.Texts.useLanguage(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void aMisspeltGroupIsAnErrorThatNamesTheGroupItWasMeantToBe() {
        ValidationProblem problem = onlyProblem(validate("2022-02-04", "Atheletes", "arrival", "1", "0", ""));

        assertThat(problem.field()).isEqualTo("group");
        assertThat(problem.message()).isEqualTo("There is no group called \"Atheletes\". Did you mean \"Athletes\"? "
                + "Choose one of: Athletes, Operating staff, Caterers.");
    }

    @Test
    void anInactiveGroupOnlyWarns() {
        ValidationResult result = validate("2022-02-04", "caterers", "arrival", "1", "0", "");

        assertThat(onlyProblem(result).severity()).isEqualTo(Severity.WARNING);
        assertThat(onlyProblem(result).field()).isEqualTo("group");
        assertThat(result.result().orElseThrow().groupId()).isEqualTo(RETIRED.id());
    }

    @Test
    void theStageMustBeArrivalOrInLoop() {
        ValidationProblem problem = onlyProblem(validate("2022-02-04", "Athletes", "airport", "1", "0", ""));

        assertThat(problem.field()).isEqualTo("stage");
        assertThat(problem.message()).isEqualTo("The stage must be arrival or in_loop, not \"airport\".");
        assertThat(validate("2022-02-04", "Athletes", "In-Loop", "1", "0", "").result().orElseThrow().stage())
                .isEqualTo(Stage.IN_LOOP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "1e3", "abc", "24,15", "+5", "1 000"})
    void testsMustBeAWholeNumber(String text) {
        ValidationProblem problem = onlyProblem(withTests(text, "0"));

        assertThat(problem.field()).isEqualTo("tests");
        assertThat(problem.message()).isEqualTo("Tests must be a whole number such as 2415 or 2,415, not \"" + text + "\".");
    }

    @Test
    void emptyTestsOrPositivesAreErrorsNotZero() {
        assertThat(onlyProblem(withTests("", "0")).field()).isEqualTo("tests");
        assertThat(onlyProblem(withTests("10", " ")).field()).isEqualTo("positives");
        assertThat(onlyProblem(withTests("10", null)).message())
                .isEqualTo("Enter the number of positives as a whole number (0 or more).");
    }

    @Test
    void countsCannotBeNegative() {
        ValidationProblem tests = onlyProblem(withTests("-3", "0"));
        ValidationProblem positives = onlyProblem(withTests("10", "-1"));

        assertThat(tests.field()).isEqualTo("tests");
        assertThat(tests.message()).isEqualTo("Tests cannot be negative (-3). Enter 0 or more.");
        assertThat(positives.field()).isEqualTo("positives");
    }

    @Test
    void countsBeyondTheSaneMaximumAreErrors() {
        ValidationProblem tests = onlyProblem(withTests("20,000,000", "0"));
        ValidationProblem huge = onlyProblem(withTests("99999999999999999999999", "0"));

        assertThat(tests.field()).isEqualTo("tests");
        assertThat(tests.message()).isEqualTo("Tests (20,000,000) is beyond the range one entry can hold"
                + " (at most 10,000,000). Check for an extra digit.");
        assertThat(huge.message()).contains("beyond the range");
        assertThat(withTests("10,000,000", "0").isValid()).isTrue();
    }

    @Test
    void positivesCannotExceedTests() {
        ValidationProblem problem = onlyProblem(withTests("10", "12"));

        assertThat(problem.field()).isEqualTo("positives");
        assertThat(problem.message()).isEqualTo("Positives (12) cannot be more than tests (10). Check both numbers.");
    }

    @Test
    void positivesWithoutTestsAreAnError() {
        ValidationProblem problem = onlyProblem(withTests("0", "3"));

        assertThat(problem.field()).isEqualTo("positives");
        assertThat(problem.message()).contains("without tests");
        assertThat(withTests("0", "0").isValid()).isTrue();
    }

    @Test
    void farMoreTestsThanUsualAskForConfirmation() {
        RecentTests usual = (groupId, stage, date) -> OptionalDouble.of(1200);
        ValidationContext context = new ValidationContext(TODAY, Optional.empty(), List.of(ATHLETES), usual);

        ValidationResult tooMany = DailyResultValidator.validate(
                new RawEntry("2022-02-04", "Athletes", "arrival", "25000", "3", ""), context);
        ValidationResult fine = DailyResultValidator.validate(
                new RawEntry("2022-02-04", "Athletes", "arrival", "12000", "3", ""), context);

        ValidationProblem problem = onlyProblem(tooMany);
        assertThat(problem.field()).isEqualTo("tests");
        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        assertThat(problem.message()).isEqualTo("Tests (25,000) is more than 10 times the usual 1,200 a day"
                + " of the last 14 days. Check for an extra digit, and confirm if it is right.");
        assertThat(tooMany.isValid()).isTrue();
        assertThat(fine.problems()).isEmpty();
    }

    @Test
    void theRecentMedianComesFromTheFourteenReportedDaysBefore() {
        ResultIndex index = ResultIndex.of(List.of(
                new DailyResult(LocalDate.of(2022, 2, 1), 1, Stage.ARRIVAL, 100, 0, ""),
                new DailyResult(LocalDate.of(2022, 2, 2), 1, Stage.ARRIVAL, 300, 0, ""),
                new DailyResult(LocalDate.of(2022, 2, 3), 1, Stage.ARRIVAL, 200, 0, ""),
                new DailyResult(LocalDate.of(2022, 2, 4), 1, Stage.ARRIVAL, 9000, 0, ""),
                new DailyResult(LocalDate.of(2022, 1, 1), 1, Stage.ARRIVAL, 5, 0, "")));

        assertThat(RecentTests.from(index).medianTests(1, Stage.ARRIVAL, LocalDate.of(2022, 2, 4))).hasValue(200.0);
        assertThat(RecentTests.from(index).medianTests(1, Stage.IN_LOOP, LocalDate.of(2022, 2, 4))).isEmpty();
    }

    @Test
    void aNoteLongerThanFiveHundredCharactersIsAnError() {
        ValidationProblem problem = onlyProblem(validate("2022-02-04", "Athletes", "arrival", "1", "0", "x".repeat(501)));

        assertThat(problem.field()).isEqualTo("note");
        assertThat(problem.message()).isEqualTo("The note is 501 characters long. Shorten it to 500 characters or fewer.");
        assertThat(validate("2022-02-04", "Athletes", "arrival", "1", "0", "x".repeat(500)).isValid()).isTrue();
    }

    @Test
    void problemsCanBeLookedUpByField() {
        ValidationResult result = validate("2022-02-30", "Athletes", "arrival", "10", "12", "");

        assertThat(result.problemsFor("date")).hasSize(1);
        assertThat(result.problemsFor("positives")).hasSize(1);
        assertThat(result.problemsFor("tests")).isEmpty();
        assertThat(result.errors()).hasSize(2);
        assertThat(result.warnings()).isEmpty();
    }
}
