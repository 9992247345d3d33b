/**
 * The dependency rule, executable. {@link dev.switchboard.bootstrap.architecture.ArchitectureRules} states it
 * once for any root package; {@code ArchitectureTest} applies it to Switchboard and
 * {@code ArchitectureRulesCanFailTest} proves every rule fails on a deliberately broken code base in
 * {@code violations}, and on a package that does not exist.
 */
package dev.switchboard.bootstrap.architecture;
