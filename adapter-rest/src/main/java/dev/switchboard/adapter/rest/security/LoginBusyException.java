package dev.switchboard.adapter.rest.security;

import java.time.Duration;

/** Every password check is in use and none came free in time (503); clients already logged in are not affected. */
public final class LoginBusyException extends LoginRefusedException {

    LoginBusyException() {
        super("Too many logins at once", Duration.ofSeconds(1));
    }
}
