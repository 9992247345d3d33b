package dev.switchboard.adapter.rest.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.AsyncSingleResultPublisher;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.BasicAuthAuthenticationFetcher;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Reads HTTP Basic credentials (the scheme name in any case) and lets {@link Logins} decide, on the blocking
 * executor because a password check is CPU-heavy by design. Replaces Micronaut Security's fetcher, which accepts
 * only {@code Basic} spelled with a capital B and cannot answer a throttled login with anything but a 401: a
 * {@link LoginRefusedException} raised here reaches the error package's LoginRefusalHandler.
 */
@Singleton
@Replaces(BasicAuthAuthenticationFetcher.class)
final class BasicAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final Logins logins;
    private final RequestOrigin origin;
    private final ExecutorService blocking;

    BasicAuthenticationFetcher(Logins logins, RequestOrigin origin,
                               @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.logins = logins;
        this.origin = origin;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (isChannelClient(request.getPath())) {
            return Publishers.empty(); // a channel's own client id and secret, not a user's: its controller checks them
        }
        Optional<BasicCredentials> credentials = request.getHeaders().getAuthorization().flatMap(BasicCredentials::parse);
        if (credentials.isEmpty()) {
            return Publishers.empty();
        }
        String clientAddress = origin.clientAddress(request);
        return new AsyncSingleResultPublisher<>(blocking, () -> logins.login(credentials.get(), clientAddress)
                .map(user -> Authentication.build(user.username(), user.roles()))
                .orElse(null)); // no authentication: the security rules answer 401
    }

    /**
     * The endpoints where HTTP Basic carries a voice assistant channel's generated client id and secret (the Amazon
     * Connect token endpoint, the 3CLogic WebSocket): checking them as a user's login would refuse them, and count
     * them against the caller's address as failed logins.
     */
    static boolean isChannelClient(String path) {
        return path.startsWith("/api/switchboard/v1/voice-assistants/") && !path.contains("..")
                && (path.endsWith("/channels/amazon-connect/oauth2/token") || path.endsWith("/channels/3clogic/media"));
    }
}
