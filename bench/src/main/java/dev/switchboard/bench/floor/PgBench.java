package dev.switchboard.bench.floor;

import dev.switchboard.bench.process.ChildProcess;
import dev.switchboard.bench.process.CpuProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own yardstick for the service: {@code pgbench} with {@value #CLIENTS} clients, each committing one
 * single-row INSERT per transaction into a scratch copy of transcript_message, on the same database in the same
 * run. The service at 1 message × 64 callers commits one row per request too, so its requests/s as a share of
 * pgbench's tps says how much of what PostgreSQL can commit this way the service turns into acknowledged requests.
 *
 * <p>The scratch table is {@code CREATE TABLE … (LIKE transcript_message INCLUDING ALL)}: the same columns, primary
 * key, unique indexes (deduplication key, sequence), read-order index and checks, without the foreign key. Its rows
 * look like the service's: an id shaped like the service's (the millisecond in 12 hex digits, then 20 hex digits of
 * an MD5 of a sequence value) and a deduplication key as long and as random (SHA-256 of the sequence value), so they
 * never collide; one conversation per client; the script's first line as content.
 */
public final class PgBench {

    public static final int CLIENTS = 64;
    private static final int THREADS = 2;
    private static final String TABLE = "pgbench_transcript_message";
    private static final String SEQUENCE = "pgbench_transcript_message_seq";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /**
     * What one pgbench run gave, or why there is none.
     *
     * @param tps            transactions (single-row commits) per second, without the initial connection time
     * @param latencyMillis  pgbench's average latency per transaction
     * @param storeCpuCores  CPU the database server's processes used while pgbench ran
     * @param problem        why no figure was measured, or null
     */
    public record Result(double tps, long transactions, long failed, double latencyMillis, double seconds,
                         double storeCpuCores, String problem) {

        public static Result notRun(String why) {
            return new Result(Double.NaN, 0, 0, Double.NaN, Double.NaN, Double.NaN, why);
        }
    }

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String host;
    private final int port;
    private final String database;

    /** @param jdbcUrl the bench database, for the scratch table; host, port and database are pgbench's */
    public PgBench(String jdbcUrl, String username, String password, String host, int port, String database) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.host = host;
        this.port = port;
        this.database = database;
    }

    /** The pgbench on the PATH, if there is one. */
    public static Optional<Path> executable() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "pgbench"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Creates the scratch table, runs pgbench for {@code duration}, drops the table; never throws. */
    public Result run(Duration duration, Path workDir, CpuProbe store) {
        Optional<Path> pgbench = executable();
        if (pgbench.isEmpty()) {
            return Result.notRun("pgbench is not on the PATH");
        }
        try {
            execute("DROP TABLE IF EXISTS " + TABLE, "DROP SEQUENCE IF EXISTS " + SEQUENCE,
                    "CREATE TABLE " + TABLE + " (LIKE transcript_message INCLUDING ALL)",
                    "CREATE SEQUENCE " + SEQUENCE);
            Path script = Files.writeString(workDir.toAbsolutePath().resolve("pgbench-insert.sql"), script());
            long seconds = Math.max(1, Math.round(duration.toMillis() / 1000.0));
            List<String> command = List.of(pgbench.get().toString(), "-n", "-c", Integer.toString(CLIENTS),
                    "-j", Integer.toString(THREADS), "-T", Long.toString(seconds), "-f", script.toString(),
                    "-h", host, "-p", Integer.toString(port), "-U", username, database);
            double cpuBefore = store.seconds();
            try (ChildProcess run = ChildProcess.start("pgbench", command, workDir, Map.of("PGPASSWORD", password))) {
                int exit = run.awaitExit(Duration.ofSeconds(seconds + 60));
                double storeCores = (store.seconds() - cpuBefore) / seconds;
                if (exit != 0) {
                    return Result.notRun("pgbench exited with " + exit + ": " + run.logTail(3).replace('\n', ' '));
                }
                return parse(Files.readString(run.log()), seconds, storeCores);
            }
        } catch (IOException | SQLException e) {
            return Result.notRun("pgbench failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.notRun("interrupted");
        } finally {
            try {
                execute("DROP TABLE IF EXISTS " + TABLE, "DROP SEQUENCE IF EXISTS " + SEQUENCE);
            } catch (SQLException e) {
                System.err.println("could not drop the pgbench scratch table: " + e.getMessage());
            }
        }
    }

    private static Result parse(String output, long seconds, double storeCores) {
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            return Result.notRun("no tps in pgbench's output");
        }
        return new Result(Double.parseDouble(tps.group(1)), number(PROCESSED, output), number(FAILED, output),
                decimal(LATENCY, output), seconds, storeCores, null);
    }

    private static long number(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static double decimal(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /** One transaction: one INSERT of one row, committed on its own (pgbench runs each script in autocommit). */
    private static String script() {
        return "-- One single-row INSERT per transaction into a copy of transcript_message (bench/, PgBench.java).\n"
                + "INSERT INTO " + TABLE + " (id, conversation_id, sequence_number, participant, content,"
                + " begin_offset_ms, end_offset_ms, sentiment, loudness_score, is_internal, is_event,"
                + " source_message_id, attributes_json, dedup_key, received_at_ms)\n"
                + "SELECT lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0')"
                + " || left(md5(n::text), 20), md5('conversation ' || :client_id), n, 'AGENT',"
                + " 'Thank you for calling, this is John. How can I help you today?', n * 5000, n * 5000 + 4500,"
                + " 'neutral', NULL, false, false, gen_random_uuid()::text, '[]',"
                + " encode(sha256(n::text::bytea), 'hex'), (extract(epoch FROM clock_timestamp()) * 1000)::bigint\n"
                + "FROM nextval('" + SEQUENCE + "') AS n;\n";
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
