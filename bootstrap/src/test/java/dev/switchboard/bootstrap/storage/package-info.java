/**
 * Storage selection by configuration alone: what {@code switchboard.storage} switches on, and what it keeps off.
 */
package dev.switchboard.bootstrap.storage;
