package org.tablebook.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The store depends on the domain only: no JavaFX, no rules, exports, UI or app. */
class StoreLayerTest {
    @Test
    void theStoreDependsOnlyOnTheDomain() {
        JavaClasses store = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tablebook.store");
        noClasses().that().resideInAPackage("org.tablebook.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.tablebook.rules..",
                        "org.tablebook.export..", "org.tablebook.ui..", "org.tablebook.app..")
                .check(store);
    }
}
