package org.tablebook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;
import org.tablebook.store.Changes;
import org.tablebook.store.StoreOpenException;

/** The layer rules of DESIGN.md, Architecture, as tests: a leak fails the build. */
class LayersTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tablebook");
    }

    @Test
    void lowerLayersNeverImportJavaFx() {
        noClasses().that().resideInAnyPackage("org.tablebook.domain..", "org.tablebook.rules..",
                        "org.tablebook.costing..", "org.tablebook.export..", "org.tablebook.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the domain, rules, costing, exports and store run without a window (command line, tests)")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models are tested without a screen")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.tablebook.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tablebook.rules..", "org.tablebook.export..",
                        "org.tablebook.costing..", "org.tablebook.store..", "org.tablebook.ui..",
                        "org.tablebook.app..")
                .check(classes);
    }

    @Test
    void costingDependsOnlyOnTheDomain() {
        noClasses().that().resideInAPackage("org.tablebook.costing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tablebook.rules..", "org.tablebook.export..",
                        "org.tablebook.store..", "org.tablebook.document..", "org.tablebook.ui..",
                        "org.tablebook.app..")
                .because("costing is arithmetic over a snapshot, free of SQL and of the window")
                .check(classes);
    }

    @Test
    void rulesAndStoreDependOnlyOnTheDomain() {
        noClasses().that().resideInAnyPackage("org.tablebook.rules..", "org.tablebook.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tablebook.export..", "org.tablebook.ui..",
                        "org.tablebook.app..")
                .check(classes);
        noClasses().that().resideInAPackage("org.tablebook.rules..")
                .should().dependOnClassesThat().resideInAPackage("org.tablebook.store..")
                .because("rules are pure functions over a snapshot, free of SQL")
                .check(classes);
        noClasses().that().resideInAPackage("org.tablebook.store..")
                .should().dependOnClassesThat().resideInAPackage("org.tablebook.rules..")
                .check(classes);
    }

    @Test
    void exportsDependOnlyOnDomainAndRules() {
        noClasses().that().resideInAPackage("org.tablebook.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tablebook.store..", "org.tablebook.ui..",
                        "org.tablebook.app..")
                .check(classes);
    }

    @Test
    void userInterfaceNeverReachesIntoTheApp() {
        noClasses().that().resideInAPackage("org.tablebook.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.tablebook.app..")
                .because("the app is the composition root on top; screens get what they need through constructors")
                .check(classes);
    }

    @Test
    void viewsHoldNoStoreAccess() {
        classes().that().resideInAPackage("org.tablebook.ui..").and().haveSimpleNameEndingWith("View")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.tablebook.store..")
                .because("views bind to view models; reading and writing the file is the view models' job")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void screensReachTheFileOnlyThroughTheDocument() {
        noClasses().that().resideInAPackage("org.tablebook.ui..")
                .should().dependOnClassesThat(resideInAPackage("org.tablebook.store..")
                        .and(not(nameStartingWith(StoreOpenException.class.getName())))
                        .and(not(nameStartingWith(Changes.class.getName()))))
                .because("NegotiationDocument is the one door to the open file: changes, undo and redo, the audit "
                        + "trail. A change is written with the Changes the document hands it, and the window that "
                        + "opens files shows why one would not open; nothing else of the store reaches a screen")
                .check(classes);
    }

    @Test
    void screensDoNotReachIntoEachOther() {
        SlicesRuleDefinition.slices().matching("org.tablebook.ui.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(resideInAPackage("org.tablebook.ui.shell.."), alwaysTrue())
                .ignoreDependency(alwaysTrue(), resideInAPackage("org.tablebook.ui.common.."))
                .because("what several screens share lives in ui.common; only the shell, which puts the screens "
                        + "together, knows them all")
                .check(classes);
    }
}
