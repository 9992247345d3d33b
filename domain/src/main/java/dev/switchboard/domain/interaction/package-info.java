/**
 * The Interaction aggregate: one call from a caller, its state machine
 * ({@code new → work_in_progress → closed_complete}) and the value objects describing the caller.
 */
package dev.switchboard.domain.interaction;
