package dev.switchboard.adapter.rest.security;

import dev.switchboard.domain.shared.Text;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides a login against {@code switchboard.security.users}, in the order that keeps guessing cheap for us:
 *
 * <ol>
 *   <li>credentials that already passed a check ({@link VerifiedPasswordCache}) are accepted at once and never
 *       refused, so a guesser cannot lock a working integration out; so is the development password {@code admin}
 *       for a user whose hash is the shipped one ({@link DevelopmentPasswordWarning#SHIPPED_HASH}), whose answer is
 *       known without a PBKDF2 run (that password is public, and bootstrap's tests run the real check on it);</li>
 *   <li>a user name or client address that failed too often is refused with {@link LoginThrottledException}
 *       before any hashing ({@link LoginThrottle});</li>
 *   <li>the password check (PBKDF2, hundreds of milliseconds of CPU) waits for one of a few slots, so a flood of
 *       guesses cannot starve the requests being served; no slot in time is {@link LoginBusyException}.</li>
 * </ol>
 *
 * Unknown users are checked against a decoy hash, so that they take as long to reject as a wrong password.
 */
@Singleton
final class Logins {

    private static final Logger LOG = LoggerFactory.getLogger(Logins.class);

    /** Checked for unknown user names; written out, so that starting costs no PBKDF2 run (its password is unused). */
    private static final PasswordHash DECOY = PasswordHash.parse(
            "pbkdf2-sha256$600000$w4oYHxkRVL22h5yUemNnfQ==$0zGk8PlcjEG0O5MzOUeHLwofX+KDHaHqphVfnZ5zaPQ=");

    private final Map<String, Account> accounts = new HashMap<>();
    private final VerifiedPasswordCache verified = new VerifiedPasswordCache(VerifiedPasswordCache.DEFAULT_CAPACITY);
    private final LoginThrottle users;
    private final LoginThrottle addresses;
    private final Semaphore checks;
    private final Duration checkWait;
    private final PasswordVerifier verifier;

    @Inject
    Logins(List<ConfiguredUser> users, LoginThrottleSettings settings, PasswordVerifier verifier) {
        this(users, settings, verifier, Clock.systemUTC());
    }

    Logins(List<ConfiguredUser> users, LoginThrottleSettings settings, PasswordVerifier verifier, Clock clock) {
        for (ConfiguredUser user : users) {
            if (accounts.put(user.username(), new Account(user, user.hash())) != null) {
                throw new ConfigurationException("switchboard.security.users: user '" + user.username()
                        + "' is configured twice");
            }
        }
        this.users = new LoginThrottle(settings.maxFailuresPerUser(), settings, clock);
        this.addresses = new LoginThrottle(settings.maxFailuresPerAddress(), settings, clock);
        this.checks = new Semaphore(settings.concurrentChecks(), true);
        this.checkWait = settings.checkWait();
        this.verifier = verifier;
    }

    /**
     * @param clientAddress where the attempt comes from (see {@link RequestOrigin#clientAddress})
     * @return the user, or empty when the user name or password is wrong
     * @throws LoginThrottledException when the user name or the address must wait; nothing was checked
     * @throws LoginBusyException      when no password check came free in time; nothing was checked
     */
    Optional<ConfiguredUser> login(BasicCredentials credentials, String clientAddress) {
        Account account = accounts.get(credentials.username());
        if (account != null && (account.isDevelopmentPassword(credentials.password())
                || verified.contains(credentials.username(), credentials.password(), account.encoded()))) {
            return Optional.of(account.user());
        }
        String user = Fingerprint.of(credentials.username()); // any name a client sends, kept at a fixed size
        admit(user, clientAddress);
        boolean matches;
        try {
            matches = check(account == null ? DECOY : account.hash(), credentials.password());
        } catch (LoginBusyException busy) {
            users.takeBack(user);
            addresses.takeBack(clientAddress);
            throw busy;
        }
        if (!matches || account == null) {
            // Bounded by the throttle, so a guesser cannot flood the log; both values are the client's, so quoted.
            LOG.warn("Failed login for user {} from {}", Text.quoted(credentials.username()), Text.quoted(clientAddress));
            return Optional.empty(); // stays counted against the user name and the address
        }
        verified.remember(credentials.username(), credentials.password(), account.encoded());
        users.clear(user);
        addresses.takeBack(clientAddress);
        return Optional.of(account.user());
    }

    private void admit(String user, String clientAddress) {
        Duration userWait = users.admit(user);
        if (!userWait.isZero()) {
            throw new LoginThrottledException(userWait);
        }
        Duration addressWait = addresses.admit(clientAddress);
        if (!addressWait.isZero()) {
            users.takeBack(user);
            throw new LoginThrottledException(addressWait);
        }
    }

    private boolean check(PasswordHash hash, String password) {
        try {
            if (!checks.tryAcquire(checkWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new LoginBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginBusyException();
        }
        try {
            return verifier.matches(hash, password);
        } finally {
            checks.release();
        }
    }

    private record Account(ConfiguredUser user, PasswordHash hash) {

        String encoded() {
            return user.passwordHash();
        }

        /**
         * Whether this is the shipped development hash and the password is the one it was made from: the answer
         * PBKDF2 would give, without the run that would make the first request after a start ~0.5 s slower. Any other
         * password against that hash still gets the real check (and counts as a failure when it is wrong).
         */
        boolean isDevelopmentPassword(String password) {
            return encoded().equals(DevelopmentPasswordWarning.SHIPPED_HASH)
                    && password.equals(DevelopmentPasswordWarning.DEVELOPMENT_PASSWORD);
        }
    }
}
