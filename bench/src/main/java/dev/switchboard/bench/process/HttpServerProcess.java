package dev.switchboard.bench.process;

import dev.switchboard.bench.load.HttpConnection;
import dev.switchboard.bench.load.HttpWorkload;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Waits for a freshly started HTTP server (the service or the ceiling) and times its cold start. */
public final class HttpServerProcess {

    private static final long POLL_MILLIS = 10;
    private static final long STARTUP_LIMIT_MILLIS = TimeUnit.MINUTES.toMillis(3);

    private HttpServerProcess() {
    }

    /**
     * Polls {@code /health} until it answers 200, then sends the first authenticated request. Fails with the
     * child's log when it dies or takes longer than three minutes.
     */
    public static ColdStart awaitReady(ChildProcess child, HttpWorkload workload, int port) throws IOException {
        try (HttpConnection anonymous = new HttpConnection(port, null)) {
            while (true) {
                failIfGone(child);
                try {
                    if (anonymous.get("/health").status() == 200) {
                        break;
                    }
                } catch (IOException notYetListening) {
                    anonymous.close();
                }
                pause();
            }
        }
        double httpUp = child.millisSinceLaunch();
        try (HttpConnection connection = workload.connect()) {
            while (true) {
                failIfGone(child);
                try {
                    HttpWorkload.startInteraction(connection);
                    return new ColdStart(httpUp, child.millisSinceLaunch());
                } catch (IOException notReadyYet) {
                    connection.close();
                }
                pause();
            }
        }
    }

    private static void failIfGone(ChildProcess child) throws IOException {
        if (!child.isAlive()) {
            throw new IOException(child.name() + " exited during startup; its log ends with:\n" + child.logTail(30));
        }
        if (child.millisSinceLaunch() > STARTUP_LIMIT_MILLIS) {
            throw new IOException(child.name() + " did not answer within 3 minutes; its log ends with:\n"
                    + child.logTail(30));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
