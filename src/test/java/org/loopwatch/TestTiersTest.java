package org.loopwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.loopwatch.ui.UiTestDatabase;

/**
 * How the tests are tiered (STYLE.md): view-model tests run without a robot and without the
 * JavaFX toolkit, on a synchronous task executor, so they need no waiting.
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
}
