package dev.switchboard.adapter.rest.ccaas.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.assistant.ChannelSecret;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    private static final ChannelSecret TOKEN = ChannelSecret.restore("0123456789abcdef0123456789abcdef");
    private static final String URL = "wss://switchboard.example/api/switchboard/v1/voice-assistants/abc/channels/twilio/media";
    /** {@code printf '%s' URL | openssl dgst -sha1 -hmac TOKEN -binary | base64} */
    private static final String SIGNED_BY_OPENSSL = "K+H6IAw/Z88+yUYCX9G+Fi0Wafc=";

    @Test
    void twilioDocumentedExampleWithSortedPostParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("To", "+18005551212");
        params.put("CallSid", "CA1234567890ABCDE");
        params.put("From", "+12349013030");
        params.put("Digits", "1234");
        params.put("Caller", "+12349013030");

        assertThat(TwilioSignature.sign(ChannelSecret.restore("12345"), "https://mycompany.com/myapp.php?foo=1&bar=2",
                params)).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    }

    @Test
    void aWebSocketUrlIsSignedAlone() {
        assertThat(TwilioSignature.sign(TOKEN, URL, Map.of())).isEqualTo(SIGNED_BY_OPENSSL);
        assertThat(TwilioSignature.verifies(TOKEN, URL, SIGNED_BY_OPENSSL)).isTrue();
    }

    @Test
    void theDefaultPortMayBeWrittenOutOrLeftOut() {
        String withPort = URL.replace("switchboard.example/", "switchboard.example:443/");

        assertThat(TwilioSignature.verifies(TOKEN, withPort, SIGNED_BY_OPENSSL)).isTrue();
        assertThat(TwilioSignature.verifies(TOKEN, URL, TwilioSignature.sign(TOKEN, withPort, Map.of()))).isTrue();
        assertThat(TwilioSignature.verifies(TOKEN, URL.replace("switchboard.example/", "switchboard.example:8443/"),
                SIGNED_BY_OPENSSL)).isFalse();
    }

    @Test
    void anotherUrlAnotherTokenOrNoSignatureIsRefused() {
        assertThat(TwilioSignature.verifies(TOKEN, URL + "x", SIGNED_BY_OPENSSL)).isFalse();
        assertThat(TwilioSignature.verifies(ChannelSecret.restore("fedcba9876543210fedcba9876543210"), URL,
                SIGNED_BY_OPENSSL)).isFalse();
        assertThat(TwilioSignature.verifies(TOKEN, URL, null)).isFalse();
        assertThat(TwilioSignature.verifies(TOKEN, URL, "")).isFalse();
        assertThat(TwilioSignature.verifies(TOKEN, URL, "not base64 at all")).isFalse();
    }
}
