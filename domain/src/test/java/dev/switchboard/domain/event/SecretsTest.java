package dev.switchboard.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import java.net.URI;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signing secrets and outbound credentials: checked when given, never shown by toString, masked for display. */
class SecretsTest {

    /** The Standard Webhooks specification's example secret: 24 bytes. */
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void aSecretIsWhsecAndBase64Of24To64Bytes() {
        assertThat(SigningSecret.of(SPEC_SECRET, "secret").reveal()).isEqualTo(SPEC_SECRET);
        assertThatThrownBy(() -> SigningSecret.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "secret"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("whsec_");
        assertThatThrownBy(() -> SigningSecret.of("whsec_%%%", "secret")).hasMessageContaining("not base64");
        assertThatThrownBy(() -> SigningSecret.of("whsec_" + Base64.getEncoder().encodeToString(new byte[23]),
                "secret")).hasMessageContaining("24 to 64 bytes, was 23");
        assertThatThrownBy(() -> SigningSecret.of("whsec_" + Base64.getEncoder().encodeToString(new byte[65]),
                "secret")).hasMessageContaining("was 65");
    }

    @Test
    void aSecretIsMaskedAndNeverPrinted() {
        SigningSecret secret = SigningSecret.of(SPEC_SECRET, "secret");
        assertThat(secret.masked()).isEqualTo("whsec_...LaSw");
        assertThat(secret.toString()).doesNotContain("MfKQ9r8GKYqr");
        assertThat(SigningSecret.generate(new byte[32]).reveal()).startsWith("whsec_").hasSize(6 + 44);
    }

    @Test
    void credentialsAreNeverPrintedInFull() {
        OutboundAuth basic = new OutboundAuth.Basic("hooks", "p4ssw0rd-very-secret");
        OutboundAuth bearer = new OutboundAuth.Bearer("token-very-secret-1234");
        OutboundAuth header = new OutboundAuth.Header("X-Api-Key", "key-very-secret-5678");
        OutboundAuth oauth = new OutboundAuth.OAuth2ClientCredentials(URI.create("https://idp.example/token"),
                "client", "client-secret-very-secret", Optional.of("events"));

        assertThat(basic.toString() + bearer + header + oauth + basic.describe() + bearer.describe()
                + header.describe() + oauth.describe()).doesNotContain("very-secret");
    }

    @Test
    void credentialsThatWouldBreakAHeaderAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new OutboundAuth.Bearer("abc\r\nX-Injected: 1"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'auth.token'");
        assertThatThrownBy(() -> new OutboundAuth.Basic("a:b", "c")).hasMessageContaining("'auth.username'");
        assertThatThrownBy(() -> new OutboundAuth.Basic("a", "")).hasMessageContaining("'auth.password'");
        assertThatThrownBy(() -> new OutboundAuth.Header("Bad Name", "v")).hasMessageContaining("'auth.name'");
        assertThatThrownBy(() -> new OutboundAuth.Header("webhook-signature", "v"))
                .hasMessageContaining("set by the delivery");
        assertThatThrownBy(() -> new OutboundAuth.Header("X-Key", "x".repeat(4097)))
                .hasMessageContaining("4096");
    }
}
