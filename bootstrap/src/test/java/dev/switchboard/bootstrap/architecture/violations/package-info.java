/**
 * A deliberately broken miniature of Switchboard's layout: each class whose Javadoc says "Breaks" breaks exactly one
 * architecture rule; the others are what they reach for, and {@code bootstrap.Wiring} shows what is allowed.
 */
package dev.switchboard.bootstrap.architecture.violations;
