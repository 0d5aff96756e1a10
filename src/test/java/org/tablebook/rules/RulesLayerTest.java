package org.tablebook.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules are pure functions over the domain: no JavaFX, no SQL, no other layer. */
class RulesLayerTest {
    private final JavaClasses rules = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tablebook.rules");

    @Test
    void rulesDependOnlyOnTheDomainAndTheJdkBasics() {
        classes().that().resideInAPackage("org.tablebook.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.tablebook.rules..",
                        "org.tablebook.domain..", "java.lang..", "java.util..", "java.time..", "java.nio.charset..",
                        "java.security..", "java.text..")
                .check(rules);
    }
}
