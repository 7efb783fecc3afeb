package org.commitmenttracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries of docs/ARCHITECTURE.md, held by the build. Spring Modulith checks that modules form no cycle
 * and use one another only through their API (the base package, a {@code @NamedInterface}, or the open shared kernel);
 * the ArchUnit rules check what Modulith does not: no cycle between any two packages, and no HTTP types in domain code.
 * ArchUnit reads class files and cannot see SQL, so three rules read the sources: only the event store names the event
 * table, a read model's tables are written only by the module that owns them, and only item.query reads the item read
 * model.
 */
class ModuleStructureTest {

    static final String BASE = "org.commitmenttracker";

    /** Domain code: aggregates, commands, events, queries and projections. The HTTP side is in web sub-packages. */
    static final String[] DOMAIN = {
        BASE + ".register..",
        BASE + ".item..",
        BASE + ".reporting..",
        BASE + ".audit..",
        BASE + ".seeds..",
        BASE + ".watch..",
        BASE + ".webhook..",
        BASE + ".shared.."
    };

    static final String[] HTTP = {
        "org.springframework.web..",
        "org.springframework.http..",
        "jakarta.servlet..",
        "org.apache.catalina..",
        "org.apache.tomcat..",
        "org.springframework.ui..",
        BASE + ".web..",
        BASE + ".recording..",
        BASE + ".security.."
    };

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
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .and()
                .resideOutsideOfPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(HTTP)
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .and()
                .resideInAnyPackage(DOMAIN)
                .should()
                .resideInAPackage("..web..")
                .check(CLASSES);
    }

    static final Path MAIN = Path.of("src/main/java/org/commitmenttracker");

    @Test
    void onlyTheEventStoreNamesTheEventTable() {
        assertThat(sourcesMentioning(Pattern.compile("domain_event_entry")))
                .allMatch(file -> file.startsWith(MAIN.resolve("eventstore")));
    }

    /** Read-model tables by owning module; the event store's rebuild may empty them all. */
    static final Map<String, String> READ_MODELS = Map.of(
            "rm_item",
            "item",
            "rm_session",
            "register",
            "rm_party",
            "register",
            "rm_body",
            "register",
            "rm_register",
            "register",
            "rm_audit",
            "audit");

    static final Pattern WRITE = Pattern.compile("(?i)\\b(?:INSERT INTO|UPDATE|DELETE FROM|TRUNCATE)\\s+(rm_[a-z_]+)");

    @Test
    void readModelsAreWrittenOnlyByTheirModule() {
        for (Path file : sourcesMentioning(WRITE)) {
            Matcher write = WRITE.matcher(read(file));
            while (write.find()) {
                String table = write.group(1);
                String owner = READ_MODELS.entrySet().stream()
                        .filter(entry -> table.startsWith(entry.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElseThrow(() ->
                                new AssertionError(table + " in " + file + " has no owning module in READ_MODELS"));
                assertThat(file)
                        .as(table + " is written outside its module")
                        .matches(path ->
                                path.startsWith(MAIN.resolve(owner)) || path.startsWith(MAIN.resolve("eventstore")));
            }
        }
    }

    /** The item read model's tables and functions (R__item_functions_*.sql). */
    static final Pattern ITEM_READ_MODEL =
            Pattern.compile("\\b(rm_item\\w*|item_overview|item_listing|item_state|text_search_query)\\b");

    /**
     * Callers pass criteria ({@code item.query.ItemQuery}), not SQL: only item.query names the item read model. The
     * event store's rebuild and reconciliation, which touch every read model, are the exception.
     */
    @Test
    void onlyTheItemQueryPackageReadsTheItemReadModel() {
        assertThat(sourcesMentioning(ITEM_READ_MODEL))
                .isNotEmpty()
                .allMatch(file ->
                        file.startsWith(MAIN.resolve("item/query")) || file.startsWith(MAIN.resolve("eventstore")));
    }

    static List<Path> sourcesMentioning(Pattern pattern) {
        try (Stream<Path> files = Stream.concat(Files.walk(MAIN), Files.walk(Path.of("src/main/resources")))) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> pattern.matcher(read(file)).find())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
