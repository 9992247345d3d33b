/**
 * A deliberately broken miniature of Switchboard's layout: each class breaks one architecture rule, so the
 * rules can be shown to fail. Never referenced by production code.
 */
package dev.switchboard.bootstrap.architecture.violations;
