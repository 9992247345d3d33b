package dev.switchboard.bench.ceiling;

import dev.switchboard.bench.process.ParentWatch;
import io.micronaut.runtime.Micronaut;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP ceiling: a bare Micronaut service on the same server stack as Switchboard (Netty, Jackson,
 * micronaut-security HTTP Basic, the blocking executor) that answers {@code POST …/messages} with the same envelope
 * and stores nothing. Started by the harness with {@code -micronaut.server.port=N}.
 */
public final class CeilingApplication {

    private CeilingApplication() {
    }

    public static void main(String[] args) {
        ParentWatch.exitWhenParentGoes(TimeUnit.HOURS.toMillis(1));
        Micronaut.build(args).mainClass(CeilingApplication.class).banner(false).start();
    }
}
