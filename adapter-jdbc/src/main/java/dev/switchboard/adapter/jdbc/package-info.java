/**
 * The storage ports on a relational database through Micronaut Data JDBC, with the schema kept by Flyway. One
 * sub-package per port, each with its own row type and mapper; the unit of work sits here because every port joins
 * its transaction, and so does what this adapter derives from the JDBC URL.
 *
 * <h2>The URL decides the database</h2>
 *
 * <p>A user sets {@code datasources.default.url}, {@code .username} and {@code .password} (or
 * {@code DATASOURCES_DEFAULT_URL}, {@code _USERNAME}, {@code _PASSWORD}) and nothing else. {@link SupportedDatabase}
 * reads the URL's prefix and three bean listeners apply what follows from it, overriding any setting of their own
 * that the configuration may still carry from another database:
 *
 * <table>
 *   <caption>What each URL prefix chooses</caption>
 *   <tr><th>URL prefix</th><th>driver</th><th>Micronaut Data dialect</th><th>migrations</th></tr>
 *   <tr><td>{@code jdbc:h2:}</td><td>org.h2.Driver</td><td>H2</td><td>{@code db/migration/h2}</td></tr>
 *   <tr><td>{@code jdbc:postgresql:}</td><td>org.postgresql.Driver</td><td>POSTGRES</td>
 *       <td>{@code db/migration/postgresql}</td></tr>
 *   <tr><td>{@code jdbc:mariadb:}, {@code jdbc:mysql:}</td><td>org.mariadb.jdbc.Driver</td><td>MYSQL</td>
 *       <td>{@code db/migration/mariadb}</td></tr>
 * </table>
 *
 * <ul>
 *   <li>{@link DataSourceFromUrl} sets the driver on the data source's configuration before micronaut-jdbc's own
 *       guess (which would name MySQL Connector/J for jdbc:mysql:, a driver Switchboard does not ship); a
 *       jdbc:mysql: URL gets the {@code permitMysqlScheme} option without which the MariaDB driver refuses it.</li>
 *   <li>{@link DialectFromUrl} sets {@code DataJdbcConfiguration}'s dialect, {@link MigrationsFromUrl} Flyway's
 *       location: neither Flyway nor micronaut-flyway resolves a {@code {vendor}} placeholder in a location, so each
 *       database has its folder and the URL picks it.</li>
 *   <li>Any other prefix stops the start: "Unsupported database URL …: Switchboard runs on URLs that start with
 *       jdbc:h2:, jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:".</li>
 * </ul>
 *
 * <p>Listeners on the configuration beans rather than properties computed from the URL, because they set typed
 * values on the very objects micronaut-jdbc, Micronaut Data and micronaut-flyway read, and a test can check them.
 *
 * <h2>Starting and the pool</h2>
 *
 * <p>Before the pool is built, {@link ConnectionCheck} opens and closes one connection. A database that cannot be
 * reached, or refuses the credentials, stops the start with one sentence that names the URL and masks any password:
 * "Cannot connect to the database at jdbc:postgresql://127.0.0.1:5999/switchboard: Connection refused"
 * ({@link DatabaseStartupException}).
 *
 * <p>The pool is HikariCP. Its size, {@code datasources.default.maximum-pool-size}
 * ({@code DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE}), is 5 in the shipped configuration: HikariCP's rule of thumb of
 * twice the database's cores plus one, for the 2-core machines Switchboard is sized for. A request holds a connection
 * only for its one short transaction, and a database does not get faster with more connections than it has cores
 * to run them; more requests wait a few milliseconds for a connection instead (up to Hikari's
 * {@code connection-timeout}, 30 s). Raise it with the database's cores, not with the number of callers. Every
 * Hikari setting ({@code datasources.default.*}) stays available.
 *
 * <p>Transactions read committed data on every database ({@code transaction-isolation}, unless configured).
 * That is already the default of H2 and PostgreSQL; MariaDB's REPEATABLE READ would let a unit that reads before
 * taking the interaction's row lock go on reading its earlier snapshot after the lock, older than what the lock
 * protects.
 *
 * <h2>The schema</h2>
 *
 * <p>Three tables, the same columns and constraints on every database: {@code interaction}, {@code conversation}
 * (UNIQUE per interaction) and {@code transcript_message}. The scripts differ only where the SQL must:
 *
 * <ul>
 *   <li><b>Large text</b> ({@code content}, {@code attributes_json}): H2 {@code VARCHAR} without a length,
 *       PostgreSQL {@code TEXT}, MariaDB {@code LONGTEXT} (a MariaDB {@code TEXT} holds only 65,535 bytes).</li>
 *   <li><b>MariaDB tables</b> are InnoDB in {@code utf8mb4} (every Unicode character, emoji included; MariaDB's
 *       "utf8" stops at three bytes) with the binary collation {@code utf8mb4_bin}, so that lookups and UNIQUE
 *       constraints compare strings exactly, as on H2 and PostgreSQL, instead of ignoring case.</li>
 * </ul>
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
 *       an index on (conversation_id, begin_offset_ms, end_offset_ms, sequence_number) serves the read order, and
 *       one on (client_session_id, opened_at_ms) finds an interaction by the external system's id.</li>
 *   <li><b>Locking</b>: {@code Interactions.findByIdForUpdate} is {@code SELECT … FOR UPDATE} on the interaction
 *       row, held to the end of the unit of work. Every unit that changes an interaction's conversation or
 *       messages takes that lock first, so concurrent units on one interaction run one after the other and the
 *       read-modify-write of the conversation's counters never loses an update. Waiting is bounded by the
 *       database's lock timeout: H2's {@code LOCK_TIMEOUT} in the JDBC URL, MariaDB's
 *       {@code innodb_lock_wait_timeout} (50 s by default); PostgreSQL waits until the lock is released unless its
 *       {@code lock_timeout} is set.</li>
 *   <li><b>Portability</b>: identifiers are unquoted lower-case, no sequences or generated keys (ids are sys_ids
 *       the application assigns), paging is {@code LIMIT … OFFSET …}, and the repositories are compiled for
 *       {@code Dialect.ANSI} so that the statements Micronaut Data generates name no database and run unchanged on
 *       all three; the dialect derived from the URL only decides how Micronaut Data binds nulls.</li>
 * </ul>
 */
package dev.switchboard.adapter.jdbc;
