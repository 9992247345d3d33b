package dev.switchboard.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Switchboard's production code obeys the dependency rule. */
class ArchitectureTest {

    private static final String ROOT = "dev.switchboard";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // The test-jars (contract suites, fakes) when they come from the local repository.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
    }

    /**
     * The rules see only what is on this module's classpath, so every module the build lists must be there, in the
     * package its name says ({@code adapter-mongo} is {@code dev.switchboard.adapter.mongo}).
     */
    @Test
    void everyModuleOfTheBuildIsAmongTheCheckedClasses() throws IOException {
        // Surefire runs in the module's directory; the parent pom is one level up.
        Path parentPom = Path.of("..", "pom.xml");
        List<String> modules = Pattern.compile("<module>([^<]+)</module>")
                .matcher(Files.readString(parentPom)).results()
                .map(module -> module.group(1))
                .toList();

        assertThat(modules).as("modules in %s", parentPom.toAbsolutePath()).contains("domain", "bootstrap");
        assertThat(modules).allSatisfy(module ->
                assertThat(production.containPackage(ROOT + "." + module.replace('-', '.'))).as(module).isTrue());
    }

    @TestFactory
    Stream<DynamicTest> theDependencyRuleHolds() {
        return ArchitectureRules.forRoot(ROOT, production).entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(production)));
    }
}
