/**
 * The dependency rule, executable: {@code ArchitectureRules} states it for any root package, {@code ArchitectureTest}
 * applies it to Switchboard, and {@code ArchitectureRulesCanFailTest} shows each rule naming the classes that break
 * it in {@code violations}. The rule in prose: docs/architecture.md.
 */
package dev.switchboard.bootstrap.architecture;
