package dev.switchboard.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.OnionArchitecture;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Switchboard's dependency rule for a code base rooted at {@code root}: ArchUnit's onion architecture plus the
 * rules it does not know. Every rule fails when the classes it is about do not exist, so a renamed package cannot
 * silently switch a rule off.
 */
final class ArchitectureRules {

    static final String ONION = "arrows point inward, adapters stay apart, only bootstrap knows adapters";
    static final String DOMAIN_ON_JDK_ONLY = "domain depends only on itself and the JDK";
    static final String APPLICATION_ON_DOMAIN_ONLY = "application depends only on itself, the domain and the JDK";
    static final String CORE_WITHOUT_FRAMEWORKS = "domain and application use no framework types";
    static final String NO_PACKAGE_CYCLES = "no two packages depend on each other, directly or round about";
    static final String ADAPTERS_USE_PORTS = "adapters use the application through its ports, never its services";

    /** Types that must never appear in the core: frameworks, serialization and persistence APIs. */
    private static final String[] FRAMEWORKS = {
            "io.micronaut..", "jakarta..", "javax.inject..", "javax.annotation..", "com.fasterxml..",
            "java.sql..", "javax.sql..", "com.mongodb..", "org.bson..", "org.slf4j.."};

    private ArchitectureRules() {
    }

    /** The rules by name, with one onion adapter per package {@code root.adapter.<name>} found in {@code classes}. */
    static Map<String, ArchRule> forRoot(String root, JavaClasses classes) {
        String domain = root + ".domain..";
        String application = root + ".application..";
        String adapters = root + ".adapter..";
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put(ONION, onion(root, adapterNames(root, classes)));
        // The onion only says who may depend on a ring; these say what the core may depend on at all.
        rules.put(DOMAIN_ON_JDK_ONLY, classes()
                .that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(domain, "java..")
                .allowEmptyShould(false));
        rules.put(APPLICATION_ON_DOMAIN_ONLY, classes()
                .that().resideInAPackage(application)
                .should().onlyDependOnClassesThat().resideInAnyPackage(application, domain, "java..")
                .allowEmptyShould(false));
        // java.sql is part of the JDK, so the two rules above let it through; this one does not.
        rules.put(CORE_WITHOUT_FRAMEWORKS, noClasses()
                .that().resideInAnyPackage(domain, application)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .allowEmptyShould(false));
        rules.put(ADAPTERS_USE_PORTS, noClasses()
                .that().resideInAPackage(adapters)
                .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
                .allowEmptyShould(false));
        // Inside a ring or an adapter too: a cycle means neither package can be read, or changed, alone.
        rules.put(NO_PACKAGE_CYCLES, slices()
                .matching(root + ".(**)")
                .should().beFreeOfCycles()
                .allowEmptyShould(false));
        return rules;
    }

    private static ArchRule onion(String root, Set<String> adapterNames) {
        OnionArchitecture onion = onionArchitecture()
                .domainModels(root + ".domain..")
                // ArchUnit calls an undefined ring empty (TNG/ArchUnit#1573); our domain services live with the models.
                .domainServices(root + ".domain..")
                .applicationServices(root + ".application..")
                // Bootstrap wires everything together, so it is in no ring and may depend on all of them.
                .ignoreDependency(resideInAPackage(root + ".bootstrap.."), alwaysTrue());
        for (String name : adapterNames) {
            onion = onion.adapter(name, root + ".adapter." + name + "..");
        }
        // Not optional: an empty ring (or no adapter at all) is a violation, not a pass.
        return onion.withOptionalLayers(false);
    }

    // Read from the code, not listed: the next adapter (webhook) is checked the day it appears, with no list to forget.
    static Set<String> adapterNames(String root, JavaClasses classes) {
        String adapters = root + ".adapter";
        if (!classes.containPackage(adapters)) {
            return Set.of();
        }
        return classes.getPackage(adapters).getSubpackages().stream()
                .map(JavaPackage::getRelativeName)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
