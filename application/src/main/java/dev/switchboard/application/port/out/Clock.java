package dev.switchboard.application.port.out;

import java.time.Instant;

/** The current time, as a port so that tests can fix it. */
public interface Clock {

    Instant now();
}
