package dev.switchboard.adapter.rest.security;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks HTTP Basic credentials against {@code switchboard.security.users}. Runs on the blocking executor
 * (the default of executor providers) because PBKDF2 is CPU-heavy by design.
 */
@Singleton
final class ConfiguredUsersAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    /** Checked against for unknown users, so that they take as long to reject as a wrong password. */
    private static final PasswordHash DECOY = PasswordHash.create("decoy", PasswordHash.DEFAULT_ITERATIONS);

    private final Map<String, Account> accounts = new HashMap<>();
    private final VerifiedPasswordCache cache = new VerifiedPasswordCache(VerifiedPasswordCache.DEFAULT_CAPACITY);

    ConfiguredUsersAuthenticationProvider(List<ConfiguredUser> users) {
        for (ConfiguredUser user : users) {
            if (accounts.put(user.username(), new Account(user, user.hash())) != null) {
                throw new ConfigurationException("switchboard.security.users: user '" + user.username()
                        + "' is configured twice");
            }
        }
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request,
                                               AuthenticationRequest<String, String> authenticationRequest) {
        String username = authenticationRequest.getIdentity();
        String password = authenticationRequest.getSecret();
        Account account = username == null ? null : accounts.get(username);
        if (account == null || password == null) {
            DECOY.matches(password == null ? "" : password);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        ConfiguredUser user = account.user();
        if (!cache.verify(user.username(), password, user.passwordHash(), account.hash())) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        return AuthenticationResponse.success(user.username(), user.roles());
    }

    private record Account(ConfiguredUser user, PasswordHash hash) {
    }
}
