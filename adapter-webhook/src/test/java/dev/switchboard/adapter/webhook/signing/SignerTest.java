package dev.switchboard.adapter.webhook.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignerTest {

    /** The test vector the Standard Webhooks specification publishes: any of its libraries verifies us. */
    @Test
    void signsTheSpecificationsTestVector() {
        Signer signer = Signer.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        assertThat(signer.signature("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    /** During a rotation's overlap: one signature per secret, space-separated, each the one its secret alone makes. */
    @Test
    void signsWithEverySecretDuringARotation() {
        String previous = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String next = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        String body = "{\"test\": 2432232314}";

        String both = Signer.of(java.util.List.of(next, previous)).signature(id, 1614265330, body);

        assertThat(both).isEqualTo(Signer.of(next).signature(id, 1614265330, body) + " "
                + "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThatThrownBy(() -> Signer.of(java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASecretWithoutThePrefix() {
        assertThatThrownBy(() -> Signer.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .hasMessage("must be whsec_ followed by the base64 key");
        assertThatThrownBy(() -> Signer.of((String) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAKeyThatIsNotBase64OrEmpty() {
        assertThatThrownBy(() -> Signer.of("whsec_%%%"))
                .hasMessageContaining("not base64").hasMessageNotContaining("%%%");
        assertThatThrownBy(() -> Signer.of("whsec_")).hasMessageContaining("empty");
    }

    @Test
    void neverShowsTheKey() {
        assertThat(Signer.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").toString()).doesNotContain("MfKQ");
    }
}
