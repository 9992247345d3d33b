/**
 * The storage ports on a relational database through Micronaut Data JDBC, with the schema kept by Flyway. One
 * sub-package per port, each with its own row type and mapper; the unit of work sits here because every port joins
 * its transaction.
 *
 * <p>Migrations live in one folder per database, {@code db/migration/h2} for now. Neither Flyway nor
 * micronaut-flyway resolves a {@code {vendor}} placeholder in a location, so the configuration names the folder
 * ({@code flyway.datasources.default.locations}) next to the JDBC URL it belongs to.
 *
 * <p>Why the schema looks the way it does:
 *
 * <ul>
 *   <li><b>Timestamps</b> are epoch milliseconds (UTC) in BIGINT columns named {@code *_at_ms}. A TIMESTAMP column
 *       would be converted through the JVM's or the session's time zone on the way in and out (and MariaDB has no
 *       zoned type at all), so one instant could be read back as another during a daylight-saving change or from
 *       an instance running in another zone. A number cannot be misread, is exact to the millisecond the domain
 *       promises, sorts correctly, and is the same type on H2, PostgreSQL and MariaDB.</li>
 *   <li><b>Re-sent messages</b> are recognised by {@code Utterance.deduplicationKey()}, a SHA-256 in 64 hex
 *       characters, stored as {@code dedup_key} and UNIQUE per conversation. The services skip keys that
 *       {@code findExistingKeys} reports; the constraint is the guarantee when two batches race.</li>
 *   <li><b>Arrival order</b> is the conversation's own counter ({@code sequence_number}), UNIQUE per conversation;
 *       an index on (conversation_id, begin_offset_ms, end_offset_ms, sequence_number) serves the read order.</li>
 *   <li><b>Locking</b>: {@code Interactions.findByIdForUpdate} is {@code SELECT … FOR UPDATE} on the interaction
 *       row, held to the end of the unit of work. Every unit that changes an interaction's conversation or
 *       messages takes that lock first, so concurrent units on one interaction run one after the other and the
 *       read-modify-write of the conversation's counters never loses an update. Waiting is bounded by the
 *       database's lock timeout (H2: {@code LOCK_TIMEOUT} in the JDBC URL).</li>
 *   <li><b>Portability</b>: identifiers are unquoted lower-case, no sequences or generated keys (ids are sys_ids
 *       the application assigns), paging is {@code LIMIT … OFFSET …}, and the repositories are compiled for
 *       {@code Dialect.ANSI} so that the statements Micronaut Data generates name no database; the JDBC URL (and
 *       {@code datasources.default.dialect}, which Micronaut Data uses to bind nulls) chooses it at run time. Only
 *       the large-text type differs between databases, which is why migrations live in one folder per vendor.</li>
 * </ul>
 */
package dev.switchboard.adapter.jdbc;
