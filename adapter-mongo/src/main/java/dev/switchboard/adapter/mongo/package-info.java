/**
 * The storage ports on MongoDB with the sync driver and hand-written document mapping ({@code *Documents}), selected by
 * {@code switchboard.storage=mongo}. It gives the guarantees of the SQL stores without multi-document transactions,
 * which a single MongoDB server (and the test server, mongo-java-server) does not have. The one thing MongoDB does
 * atomically is a write to one document, so the design makes every unit of work end in exactly one such write.
 *
 * <h2>Documents</h2>
 * <ul>
 *   <li>{@code interactions}: one document per interaction that also embeds its conversation (at most one per
 *       interaction is then the shape of the data), a {@code version} counter, and {@code batches}, the ids of the
 *       message batches that are committed. See {@link dev.switchboard.adapter.mongo.InteractionDocuments}.</li>
 *   <li>{@code transcript_messages}: one document per message, tagged with the id of its batch (the messages one
 *       unit appended). A message is visible only while its interaction lists its batch id.</li>
 *   <li>{@code pending_batches}: a note per batch written but not yet known to be committed, for the sweep below.</li>
 * </ul>
 *
 * <h2>A unit of work</h2>
 * {@link dev.switchboard.adapter.mongo.MongoUnitOfWork} binds a change set ({@link
 * dev.switchboard.adapter.mongo.UnitOfChanges}) to the thread. The ports write nothing while the work runs: they record
 * the new interaction and conversation state and the appended messages, and reads by id see them. At the end:
 * <ol>
 *   <li>the unit's messages are inserted under a new batch id (after its note), invisible to every reader;</li>
 *   <li>the interaction document is inserted (new interaction) or updated with a compare-and-set: the filter is its
 *       id and the {@code version} this unit read, the update sets the interaction and conversation fields, increments
 *       the version and pushes the batch id onto {@code batches}. This single-document write is the commit: the
 *       messages, the conversation's count and sentiment and the interaction's state become visible together;</li>
 *   <li>the note is removed. If the compare-and-set matched nothing, another unit changed the interaction first: the
 *       batch is deleted and the whole work runs again on fresh reads (it only talks to the ports, so it can), at
 *       most {@value dev.switchboard.adapter.mongo.MongoUnitOfWork#MAX_ATTEMPTS} times, with exponential backoff and
 *       jitter.</li>
 * </ol>
 * A unit may therefore change one interaction (with its conversation and messages); every use case needs no more,
 * and a unit that changes two fails before writing anything.
 *
 * <h2>The guarantees, and what provides each</h2>
 * <ul>
 *   <li><b>A failed unit stores nothing</b>: nothing is written before the work has returned.</li>
 *   <li><b>A batch is all-or-nothing</b>: its messages become visible only through the one write of step 2. A unit
 *       that dies after step 1 leaves messages no reader looks for.</li>
 *   <li><b>Concurrent units on one interaction run one after the other</b>: {@code findByIdForUpdate} takes an
 *       in-process lock ({@link dev.switchboard.adapter.mongo.InteractionLocks}) held to the end of the unit, so
 *       units of one instance wait instead of racing; units of other instances are caught by the compare-and-set and
 *       run again. Either way the read-modify-write of the conversation's counters never loses an update.</li>
 *   <li><b>An identical re-sent message is stored once</b>: the commit's compare-and-set also pushes the batch's
 *       deduplication keys onto the interaction document ({@code dedupKeys}), so {@code findExistingKeys}, and
 *       {@code addAll} refusing a key already held, answer from the document the unit already read (plus the
 *       unit's own appends), with no query on the message collection. Because units on one interaction are
 *       serialized, a key found absent is still absent when the unit commits. There is no unique index on the key:
 *       a copy in an uncommitted or orphaned batch must not block the client's retry. (The keys used to be looked up
 *       in {@code transcript_messages}; on mongo-java-server, which builds no secondary index, that scanned every
 *       stored message per request, the first bottleneck the ingest benchmark found.)</li>
 *   <li><b>Reads are ordered</b> by (beginOffsetMillis, endOffsetMillis, sequence), served by an index on
 *       (conversationId, beginOffsetMillis, endOffsetMillis, sequence); the sequence is the conversation's counter,
 *       unique among committed messages because counter updates are serialized.</li>
 * </ul>
 *
 * <h2>Orphans</h2>
 * A batch whose unit died between steps 1 and 2 is invisible, so it is only wasted space. When the adapter starts,
 * {@link dev.switchboard.adapter.mongo.OrphanSweeper} looks at notes older than ten minutes: a batch its interaction
 * lists is committed (only the note is dropped); any other batch is deleted, after the interaction's version is moved
 * on so that a unit stalled between its two writes can no longer commit it. The instance that replaces a crashed one
 * thus cleans up after it.
 *
 * <h2>Why one document per message, not one per batch</h2>
 * A batch document embedding its messages would also work ({@code $unwind} and {@code $sort} in an aggregation, which
 * mongo-java-server supports), but it could outgrow MongoDB's 16 MB document limit (2,000 messages of 32 KiB), and
 * every page would unwind and sort the whole conversation in memory. One document per message gives index-ordered
 * pages; the batch survives as the id that the commit publishes.
 *
 * <h2>Limits worth knowing</h2>
 * {@code batches} grows by one id (about 30 bytes) per committed batch, far below the document limit for any real
 * call; queries that are not by id (by client session id, pages of messages) read committed state also inside a
 * unit; writes are journaled unless the URI sets another write concern (on a replica set, {@code w=majority}).
 */
package dev.switchboard.adapter.mongo;
