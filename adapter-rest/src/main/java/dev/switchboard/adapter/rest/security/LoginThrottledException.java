package dev.switchboard.adapter.rest.security;

import java.time.Duration;

/** Too many failed logins for this user name or from this address: it must wait (429). */
public final class LoginThrottledException extends LoginRefusedException {

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins", retryAfter);
    }
}
