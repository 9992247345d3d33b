package dev.switchboard.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A rule that cannot fail proves nothing. Each rule is run against {@code violations}, a miniature code base
 * that breaks every rule once, and against a package that does not exist; both runs must fail.
 */
class ArchitectureRulesCanFailTest {

    private static final String VIOLATIONS = "dev.switchboard.bootstrap.architecture.violations";

    @TestFactory
    Stream<DynamicTest> everyRuleCatchesItsViolation() {
        JavaClasses broken = new ClassFileImporter().importPackages(VIOLATIONS);
        return ArchitectureRules.forRoot(VIOLATIONS).entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> assertThatThrownBy(() -> rule.getValue().check(broken))
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContaining(rule.getValue().getDescription().substring(0, 20))));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFailsWhenItsPackagesAreMissing() {
        String missing = "dev.switchboard.no.such.root";
        JavaClasses nothing = new ClassFileImporter().importPackages(missing);
        Map<String, ArchRule> rules = ArchitectureRules.forRoot(missing);
        return rules.entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> assertThatThrownBy(() -> rule.getValue().check(nothing))
                        .isInstanceOf(AssertionError.class)));
    }
}
