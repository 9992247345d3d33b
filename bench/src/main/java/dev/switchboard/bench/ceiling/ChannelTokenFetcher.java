package dev.switchboard.bench.ceiling;

import dev.switchboard.bench.load.BotWorkload;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * The bot channels' {@code token} header, as Switchboard's fetcher reads it, checked by plain comparison with the
 * harness's one channel: a request with the token is the channel's, one without is left to HTTP Basic.
 */
@Singleton
class ChannelTokenFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return request.getHeaders().get(BotWorkload.TOKEN_HEADER, String.class)
                .filter(BotWorkload.TOKEN::equals)
                .map(token -> Publishers.just(Authentication.build("channel:" + BotWorkload.CHANNEL,
                        List.of("bot_channel"), Map.of("channel", BotWorkload.CHANNEL))))
                .orElseGet(Publishers::empty);
    }
}
