/**
 * The storage ports on MongoDB ({@code switchboard.storage=mongo}), with the sync driver and hand-written mapping
 * ({@code *Documents}). Without multi-document transactions, every unit of work ends in one compare-and-set on one
 * interaction document ({@link dev.switchboard.adapter.mongo.BatchCommit}). The documents, indexes and guarantees
 * are explained in docs/storage.md, section "MongoDB".
 */
package dev.switchboard.adapter.mongo;
