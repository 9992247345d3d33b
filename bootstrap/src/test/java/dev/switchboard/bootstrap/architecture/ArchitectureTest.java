package dev.switchboard.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Switchboard's production code obeys the dependency rule. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // The application test-jar (contract suites, fakes) when it comes from the local repository.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.switchboard");
    }

    @Test
    void everyModuleIsOnTheClasspathBeingChecked() {
        for (String layer : new String[] {"domain", "application", "adapter.rest", "adapter.jdbc", "bootstrap"}) {
            assertThat(production.containPackage("dev.switchboard." + layer)).as(layer).isTrue();
        }
    }

    @TestFactory
    Stream<DynamicTest> theDependencyRuleHolds() {
        Map<String, ArchRule> rules = ArchitectureRules.forRoot("dev.switchboard");
        return rules.entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(production)));
    }
}
