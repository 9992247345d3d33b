package dev.switchboard.bench.floor;

import dev.switchboard.bench.load.TranscriptScript;
import dev.switchboard.bench.load.Workload;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The grouped floor of a SQL store: the same rows as {@link JdbcFloor}, but made durable the way a store does best
 * when many requests arrive at once. Callers hand their request's rows to one writer thread with one connection,
 * which takes everything pending, inserts it as one JDBC batch, commits once, and only then acknowledges every
 * request of the group. A request is still acknowledged only once its rows are committed; what changes is that one
 * commit (one log flush) serves as many requests as were waiting. Beside the per-request floor it shows what the
 * naive way costs and what the store can do.
 *
 * <p>The writer runs while at least one session is open, so each window gets a fresh writer and connection.
 */
public final class GroupedJdbcFloor implements Workload {

    /** For the report. */
    public static final String DESCRIPTION = "the same rows, handed by each caller to one writer thread with one"
            + " connection that inserts every pending request's rows as one JDBC batch, commits once, then"
            + " acknowledges each request of the group";

    /** As long as the HTTP workload waits for an answer, so that a stuck writer fails a window instead of hanging. */
    private static final long ACKNOWLEDGE_TIMEOUT_SECONDS = 60;

    private final String url;
    private final String username;
    private final String password;
    private Writer writer;
    private int openSessions;

    public GroupedJdbcFloor(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @Override
    public Session open(int caller, int batchSize) throws SQLException {
        String conversationId;
        try (Connection connection = DriverManager.getConnection(url, username, password)) {
            connection.setAutoCommit(false);
            conversationId = JdbcFloor.createConversation(connection);
        }
        return new GroupedSession(attach(), conversationId, batchSize);
    }

    private synchronized Writer attach() throws SQLException {
        if (writer == null) {
            writer = new Writer(DriverManager.getConnection(url, username, password));
        }
        openSessions++;
        return writer;
    }

    private synchronized void detach() {
        if (--openSessions == 0) {
            writer.stop();
            writer = null;
        }
    }

    /** One request's rows, and the acknowledgement its caller waits for. */
    private record Pending(List<MessageRow> rows, CompletableFuture<Void> committed) {
    }

    private final class GroupedSession implements Session {
        private final Writer writer;
        private final String conversationId;
        private final int batchSize;
        private final TranscriptScript script = new TranscriptScript();
        private long sequence;
        private boolean closed;

        GroupedSession(Writer writer, String conversationId, int batchSize) {
            this.writer = writer;
            this.conversationId = conversationId;
            this.batchSize = batchSize;
        }

        @Override
        public void sendBatch() throws Exception {
            List<MessageRow> rows = MessageRow.next(script, batchSize, conversationId, sequence);
            sequence += rows.size();
            Pending pending = new Pending(rows, new CompletableFuture<>());
            writer.queue.add(pending);
            try {
                pending.committed().get(ACKNOWLEDGE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            } catch (TimeoutException e) {
                throw new SQLException("no commit within " + ACKNOWLEDGE_TIMEOUT_SECONDS + " s", e);
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                detach();
            }
        }
    }

    /** The one thread that writes: everything pending, one batch, one commit, then every acknowledgement. */
    private static final class Writer {
        private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
        private final Connection connection;
        private final DurableCommit durable;
        private final Thread thread;
        private volatile boolean running = true;

        Writer(Connection connection) throws SQLException {
            this.connection = connection;
            try {
                this.durable = new DurableCommit(connection);
                connection.setAutoCommit(false);
                PreparedStatement insert = connection.prepareStatement(MessageRow.INSERT);
                this.thread = new Thread(() -> loop(insert), "grouped-floor-writer");
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            thread.setDaemon(true);
            thread.start();
        }

        private void loop(PreparedStatement insert) {
            List<Pending> group = new ArrayList<>();
            while (running) {
                try {
                    Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    group.add(first);
                    queue.drainTo(group);
                    write(insert, group);
                } catch (InterruptedException e) {
                    break;
                } finally {
                    group.clear();
                }
            }
        }

        private void write(PreparedStatement insert, List<Pending> group) {
            try {
                for (Pending pending : group) {
                    for (MessageRow row : pending.rows()) {
                        row.addTo(insert);
                    }
                }
                insert.executeBatch();
                durable.commit();
                group.forEach(pending -> pending.committed().complete(null));
            } catch (SQLException e) {
                try {
                    insert.clearBatch();
                    connection.rollback();
                } catch (SQLException ignored) {
                    // the group fails with the first error either way
                }
                group.forEach(pending -> pending.committed().completeExceptionally(e));
            }
        }

        /** Ends the thread and fails whatever is still pending (nothing, unless a caller outlived its window). */
        void stop() {
            running = false;
            try {
                thread.join(TimeUnit.SECONDS.toMillis(ACKNOWLEDGE_TIMEOUT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            SQLException stopped = new SQLException("the grouped floor's writer has stopped");
            for (Pending pending; (pending = queue.poll()) != null; ) {
                pending.committed().completeExceptionally(stopped);
            }
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the window is over; a failing close changes no result
            }
        }
    }
}
