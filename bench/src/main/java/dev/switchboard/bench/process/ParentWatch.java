package dev.switchboard.bench.process;

import java.io.IOException;

/**
 * Makes a child JVM of the harness (the HTTP ceiling, the MongoDB test server) exit by itself once the harness is
 * gone, even if the harness was killed and its shutdown hook never ran: the child's standard input is a pipe from
 * the harness, and reading it returns end-of-file when the harness dies. A time limit is the second guard.
 */
public final class ParentWatch {

    private ParentWatch() {
    }

    public static void exitWhenParentGoes(long maxLifetimeMillis) {
        Thread stdin = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the harness never writes; any byte is ignored
                }
            } catch (IOException ignored) {
                // a broken pipe means the same: the harness is gone
            }
            Runtime.getRuntime().halt(0);
        }, "parent-watch");
        stdin.setDaemon(true);
        stdin.start();
        Thread limit = new Thread(() -> {
            try {
                Thread.sleep(maxLifetimeMillis);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(0);
        }, "lifetime-limit");
        limit.setDaemon(true);
        limit.start();
    }
}
