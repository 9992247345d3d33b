package dev.switchboard.application.port.out;

import java.time.Instant;

/** The current time, as a port so that tests can fix it. */
public interface Clock {

    /**
     * Never null, in whole milliseconds (the precision every store keeps, so an instant reads back as it was
     * stored), never earlier than an instant this clock returned before, and later once a millisecond has passed.
     */
    Instant now();
}
