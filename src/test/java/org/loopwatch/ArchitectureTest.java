package org.loopwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of STYLE.md: app → ui, cli → report, io → store → domain, and nothing
 * points back up. JavaFX stays out of domain, store and io; JDBC stays out of domain.
 */
@AnalyzeClasses(packages = "org.loopwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointDownOnly = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true) // io and report fill up in later issues
            .layer("app").definedBy("org.loopwatch.app..")
            .layer("ui").definedBy("org.loopwatch.ui..")
            .layer("cli").definedBy("org.loopwatch.cli..")
            .layer("report").definedBy("org.loopwatch.report..")
            .layer("io").definedBy("org.loopwatch.io..")
            .layer("store").definedBy("org.loopwatch.store..")
            .layer("domain").definedBy("org.loopwatch.domain..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("report").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("io").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "cli", "report", "io")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("app", "ui", "cli", "report", "io", "store");

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("org.loopwatch.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule storeAndIoHaveNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.loopwatch.store..", "org.loopwatch.io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule viewModelsHaveNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.loopwatch.(*)..").should().beFreeOfCycles();
}
