package org.commitmenttracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries of docs/ARCHITECTURE.md, held by the build. Spring Modulith checks that
 * modules form no cycle and use one another only through their API (the base package, a
 * {@code @NamedInterface}, or the open shared kernel); the ArchUnit rules check what Modulith does
 * not: no cycle between any two packages, and no HTTP types in domain code.
 */
class ModuleStructureTest {

    static final String BASE = "org.commitmenttracker";

    /** Domain code: aggregates, commands, events, queries and projections. The HTTP side is in web sub-packages. */
    static final String[] DOMAIN = {BASE + ".register..", BASE + ".item..", BASE + ".reporting..",
            BASE + ".audit..", BASE + ".seeds..", BASE + ".shared.."};

    static final String[] HTTP = {"org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
            "org.apache.catalina..", "org.apache.tomcat..", "org.springframework.ui..",
            BASE + ".web..", BASE + ".recording..", BASE + ".security.."};

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(CommitmentTrackerApplication.class).verify();
    }

    @Test
    void noPackageCycles() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void domainCodeImportsNoHttp() {
        noClasses().that().resideInAnyPackage(DOMAIN).and().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage(HTTP)
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .and().resideInAnyPackage(DOMAIN)
                .should().resideInAPackage("..web..")
                .check(CLASSES);
    }
}
