package org.loopwatch.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain stays usable from the CLI, store and tests without a screen or a database. */
class DomainPurityTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.loopwatch.domain");

    @Test
    void theDomainUsesNeitherJavaFxNorJdbc() {
        noClasses().that().resideInAPackage("org.loopwatch.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..")
                .check(DOMAIN);
    }

    @Test
    void theDomainDependsOnNoOtherLoopWatchLayer() {
        noClasses().that().resideInAPackage("org.loopwatch.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.loopwatch.store..", "org.loopwatch.io..", "org.loopwatch.report..",
                        "org.loopwatch.ui..", "org.loopwatch.cli..", "org.loopwatch.app..")
                .check(DOMAIN);
    }
}
