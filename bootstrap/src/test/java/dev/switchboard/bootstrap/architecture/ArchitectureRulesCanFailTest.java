package dev.switchboard.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.Convertible;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A rule that cannot fail proves nothing. Each rule is run against {@code violations}, a miniature code base that
 * breaks every rule on purpose, and must report exactly the dependencies planted there for it; and against a package
 * that does not exist, where it must fail too.
 */
class ArchitectureRulesCanFailTest {

    private static final String VIOLATIONS = "dev.switchboard.bootstrap.architecture.violations";

    /** Per rule, every violation it must report, as "origin -> target" relative to {@link #VIOLATIONS}. */
    private static final Map<String, Set<String>> EXPECTED = Map.of(
            ArchitectureRules.ONION, Set.of(
                    "domain.LeakyEntity -> application.port.in.SomeUseCase",      // domain -> application
                    "application.port.out.LeakyPort -> adapter.jdbc.JdbcThing",   // application -> adapter
                    "adapter.webhook.WebhookThing -> adapter.mongo.MongoThing",   // adapter -> adapter
                    "elsewhere.Outsider -> adapter.rest.RestThing"),              // not bootstrap -> adapter
            ArchitectureRules.DOMAIN_ON_JDK_ONLY, Set.of(
                    "domain.LeakyEntity -> application.port.in.SomeUseCase",
                    "domain.JsonEntity -> com.fasterxml.jackson.annotation.JsonIgnore"),
            ArchitectureRules.APPLICATION_ON_DOMAIN_ONLY, Set.of(
                    "application.port.out.LeakyPort -> adapter.jdbc.JdbcThing"),
            ArchitectureRules.CORE_WITHOUT_FRAMEWORKS, Set.of(
                    "domain.JsonEntity -> com.fasterxml.jackson.annotation.JsonIgnore"),
            ArchitectureRules.NO_PACKAGE_CYCLES, Set.of(
                    "adapter.rest.one.Ping -> adapter.rest.two.Pong",
                    "adapter.rest.two.Pong -> adapter.rest.one.Ping"),
            ArchitectureRules.ADAPTERS_USE_PORTS, Set.of(
                    "adapter.rest.RestThing -> application.service.SomeService"));

    private static final JavaClasses BROKEN = new ClassFileImporter().importPackages(VIOLATIONS);

    @Test
    void everyRuleHasItsViolationsListed() {
        assertThat(EXPECTED.keySet()).isEqualTo(ArchitectureRules.forRoot(VIOLATIONS, BROKEN).keySet());
    }

    @Test
    void everyAdapterOfTheMiniatureIsFoundByItsPackage() {
        assertThat(ArchitectureRules.adapterNames(VIOLATIONS, BROKEN))
                .containsExactly("jdbc", "mongo", "rest", "webhook");
    }

    @TestFactory
    Stream<DynamicTest> everyRuleReportsExactlyTheClassesThatBreakIt() {
        return ArchitectureRules.forRoot(VIOLATIONS, BROKEN).entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> assertThat(violationsOf(rule.getValue()))
                        .containsExactlyInAnyOrderElementsOf(EXPECTED.get(rule.getKey()))));
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFailsWhenItsPackagesAreMissing() {
        String missing = "dev.switchboard.no.such.root";
        JavaClasses nothing = new ClassFileImporter().importPackages(missing);
        // Nothing to name here: a plain rule says it checked no classes, the onion that its rings are empty.
        return ArchitectureRules.forRoot(missing, nothing).entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> assertThatThrownBy(
                                () -> rule.getValue().check(nothing))
                        .isInstanceOf(AssertionError.class)
                        .hasMessageMatching("(?s).*(failed to check any classes|Layer '[^']+' is empty).*")));
    }

    /**
     * Every violation the rule reports, named by origin and target class where it is made of dependencies (a single
     * dependency, or a package cycle's), else by its message.
     */
    private static Set<String> violationsOf(ArchRule rule) {
        Set<String> found = new TreeSet<>();
        rule.evaluate(BROKEN).handleViolations((Collection<Object> violating, String message) -> violating.forEach(
                object -> {
                    Set<Dependency> dependencies = object instanceof Convertible convertible
                            ? convertible.convertTo(Dependency.class) : Set.of();
                    if (dependencies.isEmpty()) {
                        found.add(message);
                    }
                    dependencies.forEach(dependency -> found.add(
                            relative(dependency.getOriginClass()) + " -> " + relative(dependency.getTargetClass())));
                }));
        return found;
    }

    private static String relative(JavaClass type) {
        String name = type.getName();
        return name.startsWith(VIOLATIONS + ".") ? name.substring(VIOLATIONS.length() + 1) : name;
    }
}
