package dev.switchboard.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The values a channel's settings are made of, and the URLs generated from the public URL. */
class ChannelValuesTest {

    @Test
    void aSipAddressIsUserAtDomainWithinTheLengths() {
        assertThat(SipAddress.of("agent+1@sip.genesys.example", "f").value()).isEqualTo("agent+1@sip.genesys.example");
        assertThat(SipAddress.of("u".repeat(16) + "@" + "d".repeat(252) + ".com", "f")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent", "agent@", "@sip.example", "a@b@c", "agent@sip.example;transport=tls",
            "sip:agent@sip.example", "seventeen-chars-x@sip.example", "agent@sip.example?x=1", "age nt@sip.example",
            "agent@-bad.example"})
    void everyOtherShapeIsRefusedNamingTheField(String value) {
        assertThatThrownBy(() -> SipAddress.of(value, "channels.genesys-sip.transferAddress"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'channels.genesys-sip.transferAddress'");
    }

    @Test
    void aLongDomainIsRefused() {
        assertThatThrownBy(() -> SipAddress.of("a@" + "d".repeat(253) + ".com", "f")).hasMessageContaining("256");
    }

    @Test
    void anOriginIsSchemeHostAndPortInLowerCase() {
        assertThat(WebOrigin.of("HTTPS://App.Example:8443", "f").value()).isEqualTo("https://app.example:8443");
        assertThat(WebOrigin.of("http://localhost/", "f").value()).isEqualTo("http://localhost");
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.example", "ftp://app.example", "https://app.example/launcher",
            "https://app.example?x", "https://user@app.example", "https://app.example#top", "https://"})
    void anythingButAnOriginIsRefusedNamingTheField(String value) {
        assertThatThrownBy(() -> WebOrigin.of(value, "channels.webrtc.allowedOrigins[0]"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'channels.webrtc.allowedOrigins[0]'");
    }

    @Test
    void generatedUrlsFollowThePublicUrlAndKeepItsPath() {
        SysId id = SysId.of("0123456789abcdef0123456789abcdef");
        ChannelAddresses secure = new ChannelAddresses(URI.create("https://switchboard.example/"));
        assertThat(secure.twilioMedia(id)).hasToString("wss://switchboard.example/api/switchboard/v1/voice-assistants/"
                + id + "/channels/twilio/media");
        assertThat(secure.amazonCallContext(id)).hasToString("https://switchboard.example/api/switchboard/v1/"
                + "voice-assistants/" + id + "/channels/amazon-connect/call-context");
        ChannelAddresses prefixed = new ChannelAddresses(URI.create("http://example.com:8080/switchboard"));
        assertThat(prefixed.genesysBaseConnection(id)).hasToString("ws://example.com:8080/switchboard/api/switchboard/"
                + "v1/voice-assistants/" + id + "/channels/genesys-audio-connector");
        assertThat(prefixed.connectionUrl(id, ChannelKind.WEBRTC)).isEmpty();
    }

    @Test
    void aGivenSecretIsCheckedWithoutEchoingIt() {
        assertThatThrownBy(() -> ChannelSecret.given("short-secret", "channels.twilio.authToken"))
                .hasMessageContaining("'channels.twilio.authToken'").hasMessageNotContaining("short-secret");
    }

    @Test
    void aConfiguredTrunkMustBeAnFqdn() {
        assertThatThrownBy(() -> new SipTrunks(java.util.Map.of("us-east", "not a host")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
