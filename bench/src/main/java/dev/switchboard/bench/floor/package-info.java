/**
 * The cost floors: the service's message rows or documents written directly into the store, one batch and one
 * commit per request, with nothing else the service does around them.
 */
package dev.switchboard.bench.floor;
