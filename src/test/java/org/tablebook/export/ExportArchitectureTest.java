package org.tablebook.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The export package is pure library code: no screen, no database, no upper layer. */
class ExportArchitectureTest {
    private final JavaClasses export = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tablebook.export");

    @Test
    void exportUsesNoJavaFxNoSqlAndNoUpperLayer() {
        noClasses().that().resideInAPackage("org.tablebook.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "org.tablebook.store..", "org.tablebook.ui..", "org.tablebook.app..")
                .check(export);
    }

    @Test
    void exportTakesTimeFromAClock() {
        noClasses().that().resideInAPackage("org.tablebook.export..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(export);
    }
}
