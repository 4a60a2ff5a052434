package org.crosswalk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/architecture.md (and ../shared/DESIGN.md), checked on the main
 * classes. A new top-level package must be given a place in {@link #LAYERS} before it builds.
 */
@AnalyzeClasses(packages = "org.crosswalk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * app → ui → tables → export → plans → search → settings → store → model: a layer may use the
     * layers to its right, never to its left.
     */
    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("app").definedBy("org.crosswalk.app..")
            .layer("ui").definedBy("org.crosswalk.ui..")
            .layer("tables").definedBy("org.crosswalk.tables..")
            .layer("export").definedBy("org.crosswalk.export..")
            .layer("plans").definedBy("org.crosswalk.plans..")
            .layer("search").definedBy("org.crosswalk.search..")
            .layer("settings").definedBy("org.crosswalk.settings..")
            .layer("store").definedBy("org.crosswalk.store..")
            .layer("model").definedBy("org.crosswalk.model..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("tables").mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("export").mayOnlyBeAccessedByLayers("app", "ui", "tables")
            .whereLayer("plans").mayOnlyBeAccessedByLayers("app", "ui", "tables", "export")
            .whereLayer("search").mayOnlyBeAccessedByLayers("app", "ui", "tables", "export", "plans")
            .whereLayer("settings").mayOnlyBeAccessedByLayers("app", "ui", "tables", "export", "plans", "search")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "tables", "export", "plans", "search",
                    "settings")
            .whereLayer("model").mayOnlyBeAccessedByLayers("app", "ui", "tables", "export", "plans", "search",
                    "settings", "store")
            .ensureAllClassesAreContainedInArchitecture()
            .because("dependencies point one way, so each part can be tested and replaced on its own");

    @ArchTest
    static final ArchRule MODEL_USES_ONLY_THE_JDK = classes().that().resideInAPackage("org.crosswalk.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.crosswalk.model..", "java..")
            .because("the domain records are plain Java that every layer (and any future tool) can use");

    @ArchTest
    static final ArchRule MODEL_HAS_NO_JAVAFX_OR_JDBC = noClasses().that().resideInAPackage("org.crosswalk.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..")
            .because("the model is immutable data, neither UI nor storage");

    @ArchTest
    static final ArchRule JAVAFX_ONLY_IN_UI = noClasses().that().resideOutsideOfPackage("org.crosswalk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
            .because("only ui may touch JavaFX: everything else runs headless (command line, tests, server)");

    /** No JDBC in ui, not even SQLException: ui handles store failures as plain exceptions. */
    @ArchTest
    static final ArchRule UI_HAS_NO_JDBC = noClasses().that().resideInAPackage("org.crosswalk.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("the UI reads and edits workspaces through store, off the FX thread, never by SQL");

    @ArchTest
    static final ArchRule ONLY_THE_ENTRY_POINT_STARTS_THE_UI = noClasses()
            .that().resideInAPackage("org.crosswalk.app..").and().doNotHaveFullyQualifiedName("org.crosswalk.app.Main")
            .should().dependOnClassesThat().resideInAPackage("org.crosswalk.ui..")
            .because("the command line must run without JavaFX; only Main hands over to ui.DesktopLauncher");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.crosswalk.(*)..").should().beFreeOfCycles();
}
