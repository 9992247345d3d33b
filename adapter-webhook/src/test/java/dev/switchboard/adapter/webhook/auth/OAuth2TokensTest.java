package dev.switchboard.adapter.webhook.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.event.OutboundAuth;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OAuth2TokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final OutboundAuth.OAuth2ClientCredentials CLIENT = new OutboundAuth.OAuth2ClientCredentials(
            URI.create("https://idp.example/token"), "client", "secret", Optional.empty());

    private final List<String> issued = new ArrayList<>();
    private Instant now = NOW;
    private Optional<Duration> lifetime = Optional.of(Duration.ofMinutes(10));
    private final OAuth2Tokens tokens = new OAuth2Tokens(credentials -> {
        String token = "token-" + (issued.size() + 1);
        issued.add(token);
        return new TokenClient.Token(token, lifetime);
    }, new MovingClock());

    @Test
    void aTokenIsKeptUntilShortlyBeforeItExpires() {
        assertThat(tokens.token(CLIENT)).isEqualTo("token-1");
        now = NOW.plus(Duration.ofMinutes(10)).minusSeconds(OAuth2Tokens.MARGIN_SECONDS + 1);
        assertThat(tokens.token(CLIENT)).isEqualTo("token-1");
        now = now.plusSeconds(1);
        assertThat(tokens.token(CLIENT)).isEqualTo("token-2");
    }

    @Test
    void withoutAnExpiryATokenIsKeptFiveMinutes() {
        lifetime = Optional.empty();
        tokens.token(CLIENT);
        now = NOW.plus(OAuth2Tokens.WITHOUT_EXPIRY).minusSeconds(1);
        assertThat(tokens.token(CLIENT)).isEqualTo("token-1");
        now = NOW.plus(OAuth2Tokens.WITHOUT_EXPIRY);
        assertThat(tokens.token(CLIENT)).isEqualTo("token-2");
    }

    @Test
    void a401ForgetsTheTokenAndOtherCredentialsHaveTheirOwn() {
        AuthHeaders headers = new AuthHeaders(tokens);
        assertThat(headers.of(CLIENT)).isEqualTo(Map.of("Authorization", "Bearer token-1"));
        headers.refused(CLIENT);
        assertThat(headers.of(CLIENT)).isEqualTo(Map.of("Authorization", "Bearer token-2"));

        OutboundAuth.OAuth2ClientCredentials edited = new OutboundAuth.OAuth2ClientCredentials(CLIENT.tokenUrl(),
                "client", "rotated-secret", Optional.empty());
        assertThat(headers.of(edited)).isEqualTo(Map.of("Authorization", "Bearer token-3"));
    }

    @Test
    void theOtherKindsMakeTheirHeaders() {
        AuthHeaders headers = new AuthHeaders(tokens);
        assertThat(headers.of(OutboundAuth.NONE)).isEmpty();
        assertThat(headers.of(new OutboundAuth.Basic("Aladdin", "open sesame")))
                .isEqualTo(Map.of("Authorization", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="));
        assertThat(headers.of(new OutboundAuth.Bearer("abc"))).isEqualTo(Map.of("Authorization", "Bearer abc"));
        assertThat(headers.of(new OutboundAuth.Header("X-Api-Key", "k"))).isEqualTo(Map.of("X-Api-Key", "k"));
        assertThat(issued).isEmpty();
    }

    @Test
    void aFailedFetchIsATokenExceptionAndNothingIsKept() {
        OAuth2Tokens failing = new OAuth2Tokens(credentials -> {
            throw new TokenException("OAuth2 token URL https://idp.example/token answered 401: no");
        }, new MovingClock());
        assertThatThrownBy(() -> failing.token(CLIENT)).isInstanceOf(TokenException.class).hasMessageContaining("401");
    }

    private final class MovingClock extends Clock {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
