/**
 * The storage ports on MongoDB ({@code switchboard.storage=mongo}), with the sync driver and hand-written mapping
 * ({@code *Documents}). Without multi-document transactions, a unit of work ends in one write per document it changed:
 * its bot session ({@link dev.switchboard.adapter.mongo.SessionCommit}), then one compare-and-set on its interaction
 * ({@link dev.switchboard.adapter.mongo.BatchCommit}); its webhook deliveries ride in the first of these and are
 * relayed to the outbox ({@link dev.switchboard.adapter.mongo.OutboxRelay}). The documents, indexes and guarantees
 * are explained in docs/storage.md, section "MongoDB".
 */
package dev.switchboard.adapter.mongo;
