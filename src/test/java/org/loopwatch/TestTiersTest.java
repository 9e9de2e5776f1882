package org.loopwatch;

import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tags;
import org.loopwatch.ui.UiTestDatabase;

/**
 * How the tests are tiered (docs/architecture.md, "Tests and their tiers"): view-model tests run without a robot and without the
 * JavaFX toolkit, on a synchronous task executor, so they need no waiting. Slow tests carry a tag
 * (gui, process, team; slow for large data), so {@code ./mvnw -Pfast test} leaves them out while
 * {@code ./mvnw verify} runs them all (decision 0016).
 */
@AnalyzeClasses(packages = "org.loopwatch", importOptions = ImportOption.OnlyIncludeTests.class)
class TestTiersTest {

    private static final Set<String> FX_THREAD_HELPERS = Set.of("onFx", "waitUntil", "awaitBackgroundWork");

    @ArchTest
    static final ArchRule viewModelTestsNeedNoToolkit = noClasses()
            .that().haveSimpleNameEndingWith("ViewModelTest")
            .should().dependOnClassesThat().resideInAnyPackage("org.testfx..", "javafx.application..",
                    "javafx.scene..", "javafx.stage..")
            .orShould().callMethodWhere(DescribedPredicate.describe("the fixture's FX-thread helpers",
                    (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(UiTestDatabase.class)
                            && FX_THREAD_HELPERS.contains(call.getName())));

    /** A test that drives a JavaFX scene with the TestFX robot. */
    @ArchTest
    static final ArchRule robotTestsAreTaggedGui = tagged("gui", "drive a JavaFX scene with TestFX",
            target -> target.getPackageName().startsWith("org.testfx"));

    /** A test that starts another JVM or program (crash, lock and desktop-process tests). */
    @ArchTest
    static final ArchRule childProcessTestsAreTaggedProcess = tagged("process", "start a child process",
            target -> Set.of("java.lang.ProcessBuilder", "org.loopwatch.store.ChildLoopWatch",
                    "org.loopwatch.app.DesktopProcess").contains(target.getName()));

    /** A test that starts its own PostgreSQL server, itself or through the shared second desk. */
    @ArchTest
    static final ArchRule postgresTestsAreTaggedTeam = tagged("team", "start a PostgreSQL server",
            target -> Set.of("org.loopwatch.store.PostgresTestServer", "org.loopwatch.app.AnotherTeamDesk")
                    .contains(target.getName()));

    /**
     * No settle heuristic: no test waits out rounds of {@code waitForFxEvents} (in a row, in a loop,
     * by number, or polled in a {@code waitFor} condition) where it could wait for its condition.
     */
    @Test
    void noTestSettlesByRoundsOfFxEvents() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                FxEventRounds.in(Files.readString(file)).forEach(one -> found.add(file + " " + one));
            }
        }
        assertThat(found).as("waitForFxEvents rounds; wait for the condition (WindowsAtRest, waitFor, "
                + "the synchronous TaskExecutor) instead").isEmpty();
    }

    @Test
    void theSettleCheckFindsEveryKindOfRounds() {
        String source = """
                class Sample {
                    void loop() {
                        for (int round = 0; round < 3; round++) {
                            WaitForAsyncUtils.waitForFxEvents();
                        }
                    }
                    void twice() {
                        WaitForAsyncUtils.waitForFxEvents();
                        // a comment between still counts as in a row
                        WaitForAsyncUtils.waitForFxEvents();
                    }
                    void counted() {
                        waitForFxEvents(3);
                    }
                    void polled() throws Exception {
                        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                            WaitForAsyncUtils.waitForFxEvents();
                            return done;
                        });
                    }
                    void once() {
                        robot.clickOn("#save"); // "waitForFxEvents(); waitForFxEvents();" in a string is no call
                        WaitForAsyncUtils.waitForFxEvents();
                        if (shown) {
                            assertThat(text).isEmpty();
                        }
                    }
                }
                """;

        assertThat(FxEventRounds.in(source)).containsExactly(
                "line 4: waitForFxEvents in a loop",
                "line 10: waitForFxEvents more than once in a row",
                "line 13: waitForFxEvents with a number of rounds",
                "line 17: waitForFxEvents inside a waitFor condition, each time it is polled");
    }

    private static ArchRule tagged(String tag, String what, Predicate<JavaClass> slowPart) {
        DescribedPredicate<JavaClass> using = DescribedPredicate.describe(what,
                type -> containsTests(type) && type.getDirectDependenciesFromSelf().stream()
                        .map(Dependency::getTargetClass).anyMatch(slowPart));
        DescribedPredicate<JavaClass> carrying = DescribedPredicate.describe(
                "tagged @Tag(\"" + tag + "\") on the class or on the test methods that " + what,
                type -> Stream.concat(Stream.of(type), type.getAllRawSuperclasses().stream())
                        .anyMatch(owner -> hasTag(owner, tag) || owner.getMethods().stream().anyMatch(m -> hasTag(m, tag))));
        return classes().that(using).should(be(carrying))
                .because("./mvnw -Pfast test leaves slow tests out by their tag; untagged, a slow test slows "
                        + "every developer's quick loop")
                .allowEmptyShould(true);
    }

    /** A class Surefire runs (its default includes) with at least one test method. */
    private static boolean containsTests(JavaClass type) {
        String name = type.getSimpleName();
        return (name.startsWith("Test") || name.endsWith("Test") || name.endsWith("Tests") || name.endsWith("TestCase"))
                && type.getMethods().stream()
                .anyMatch(method -> method.isMetaAnnotatedWith("org.junit.platform.commons.annotation.Testable"));
    }

    private static boolean hasTag(HasAnnotations<?> element, String tag) {
        return element.tryGetAnnotationOfType(Tag.class).map(one -> one.value().equals(tag)).orElse(false)
                || element.tryGetAnnotationOfType(Tags.class)
                        .map(many -> Arrays.stream(many.value()).anyMatch(one -> one.value().equals(tag))).orElse(false);
    }
}
