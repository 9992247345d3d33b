package dev.switchboard.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Switchboard's dependency rule for a code base rooted at {@code root}: arrows point inward only
 * (adapters → application → domain), the core imports no framework, adapters never know each other, and only
 * bootstrap knows the adapters. Every rule fails when the classes it is about do not exist (ArchUnit's
 * {@code failOnEmptyShould}), so a renamed package cannot silently switch a rule off.
 */
final class ArchitectureRules {

    /** Types that must never appear in the core: frameworks, serialization and persistence APIs. */
    private static final String[] FRAMEWORKS = {
            "io.micronaut..", "jakarta..", "javax.inject..", "javax.annotation..", "com.fasterxml..",
            "java.sql..", "javax.sql..", "com.mongodb..", "org.bson..", "org.slf4j.."};

    private ArchitectureRules() {
    }

    static Map<String, ArchRule> forRoot(String root) {
        String domain = root + ".domain..";
        String application = root + ".application..";
        String adapters = root + ".adapter..";
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("domain depends only on itself and the JDK", classes()
                .that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(domain, "java..")
                .allowEmptyShould(false));
        rules.put("application depends only on itself, the domain and the JDK", classes()
                .that().resideInAPackage(application)
                .should().onlyDependOnClassesThat().resideInAnyPackage(application, domain, "java..")
                .allowEmptyShould(false));
        rules.put("domain and application use no framework types", noClasses()
                .that().resideInAnyPackage(domain, application)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .allowEmptyShould(false));
        rules.put("adapters do not depend on each other", slices()
                .matching(root + ".adapter.(*)..")
                .should().notDependOnEachOther()
                .allowEmptyShould(false));
        rules.put("adapters use the application through its ports, never its services", noClasses()
                .that().resideInAPackage(adapters)
                .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
                .allowEmptyShould(false));
        rules.put("only bootstrap depends on adapters", noClasses()
                .that().resideOutsideOfPackages(adapters, root + ".bootstrap..")
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage(adapters)
                .allowEmptyShould(false));
        return rules;
    }
}
