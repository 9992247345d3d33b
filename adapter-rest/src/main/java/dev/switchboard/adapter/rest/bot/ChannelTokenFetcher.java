package dev.switchboard.adapter.rest.bot;

import dev.switchboard.adapter.rest.security.Roles;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Authenticates a request by its {@code token} header, the vendor's token authentication: a known token makes the
 * request its channel's, with the {@value Roles#BOT_CHANNEL} role and the channel's name as an attribute. An unknown
 * token authenticates nothing, so the request is answered 401 unless it also carries valid Basic credentials.
 */
@Singleton
final class ChannelTokenFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String TOKEN_HEADER = "token";
    static final String CHANNEL_ATTRIBUTE = "channel";

    private final BotChannelDirectory channels;

    ChannelTokenFetcher(BotChannelDirectory channels) {
        this.channels = channels;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return request.getHeaders().get(TOKEN_HEADER, String.class)
                .flatMap(channels::channelWithToken)
                .map(channel -> Publishers.just(Authentication.build("channel:" + channel, List.of(Roles.BOT_CHANNEL),
                        Map.of(CHANNEL_ATTRIBUTE, channel))))
                .orElseGet(Publishers::empty);
    }
}
