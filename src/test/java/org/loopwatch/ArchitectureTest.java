package org.loopwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.loopwatch.store.DurableFiles;
import org.loopwatch.ui.FxTaskExecutor;

/**
 * The dependency rules of docs/architecture.md ("The layers"): app → ui, cli → report, io → store → domain, and nothing
 * points back up. JavaFX stays out of domain, store and io; JDBC stays out of domain.
 */
@AnalyzeClasses(packages = "org.loopwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> VIEW_MODEL_SIDE = DescribedPredicate.describe(
            "are view models or other classes of the screens that draw nothing (except FxTaskExecutor)",
            type -> type.getPackageName().startsWith("org.loopwatch.ui")
                    && !type.getName().startsWith(FxTaskExecutor.class.getName())
                    && (type.getSimpleName().endsWith("ViewModel") || drawsNothing(type)));

    private static boolean drawsNothing(JavaClass type) {
        return type.getDirectDependenciesFromSelf().stream().map(dependency -> dependency.getTargetClass().getPackageName())
                .noneMatch(target -> target.startsWith("javafx.scene") || target.startsWith("javafx.stage"));
    }

    @ArchTest
    static final ArchRule layersPointDownOnly = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
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

    /*
     * Files are renamed in one place, DurableFiles (store, the lowest layer that touches files): it
     * forces the content before the rename and the folder after it, and keeps a database's side
     * files with it. A Files.move elsewhere would skip that: an export, the preferences or the
     * recent list could be empty or gone after a power cut.
     */
    @ArchTest
    static final ArchRule onlyDurableFilesRenamesFiles = noClasses()
            .that().doNotHaveFullyQualifiedName(DurableFiles.class.getName())
            .should().callMethod(Files.class, "move", Path.class, Path.class, CopyOption[].class)
            .orShould().accessField(StandardCopyOption.class, "ATOMIC_MOVE")
            .because("DurableFiles.writeWhole, move and replace force content and folder (decision 0003)");

    /*
     * picocli's annotations make the JDK build a proxy class per kind of annotation at every start,
     * ≈ 50 ms of each command (decision 0081): the commands' model is written in code (cli.CommandSpecs).
     */
    @ArchTest
    static final ArchRule noCommandIsDeclaredByAnnotations = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("picocli.CommandLine$Command")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("picocli.CommandLine$Option")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("picocli.CommandLine$Parameters")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("picocli.CommandLine$Mixin")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("picocli.CommandLine$ParentCommand")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("picocli.CommandLine$ArgGroup")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("picocli.CommandLine$Spec")
            .because("reading annotations costs every command's start a proxy class per kind (decision 0081)");

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("org.loopwatch.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.sqlite..");

    /*
     * SQL lives in the store's repositories, one place per repository for what differs between
     * SQLite and PostgreSQL (decision 0011): a screen, an export or a command that spoke JDBC
     * itself would be a second place to change when an engine is added.
     */
    @ArchTest
    static final ArchRule onlyTheStoreSpeaksJdbc = noClasses().that().resideOutsideOfPackage("org.loopwatch.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                    "org.postgresql..");

    @ArchTest
    static final ArchRule storeAndIoHaveNoJavaFx = noClasses()
            .that().resideInAnyPackage("org.loopwatch.store..", "org.loopwatch.io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule viewModelsHaveNoNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    /*
     * A view model, and every other class of the screens that draws nothing, leaves threads to the
     * TaskExecutor: then view-model tests run it synchronously, with no toolkit and no waiting.
     */
    @ArchTest
    static final ArchRule viewModelsLeaveThreadsToTheTaskExecutor = noClasses()
            .that(VIEW_MODEL_SIDE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx.application..", "javafx.concurrent..");

    /*
     * The chart model (geometry, ticks, scales, series, legend, style values) is drawn by two
     * renderers, report.chart.fx for the screen and PNG and report.chart.pdf for the briefing;
     * it knows neither toolkit, so both draw the same chart from the same numbers.
     */
    @ArchTest
    static final ArchRule chartModelKnowsNoToolkit = noClasses()
            .that().resideInAPackage("org.loopwatch.report.chart")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.pdfbox..", "org.apache.fontbox..",
                    "java.awt..", "org.loopwatch.report.chart.fx..", "org.loopwatch.report.chart.pdf..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.loopwatch.(*)..").should().beFreeOfCycles();

    /* Inside a layer too: one screen's package never reaches into another's and back. */
    @ArchTest
    static final ArchRule noCyclesBetweenSubPackages = slices().matching("org.loopwatch.(**)").should().beFreeOfCycles();
}
