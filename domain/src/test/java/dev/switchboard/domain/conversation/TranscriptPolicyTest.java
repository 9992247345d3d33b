package dev.switchboard.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.sentiment.SentimentMapping;
import dev.switchboard.domain.shared.Leniency;
import org.junit.jupiter.api.Test;

class TranscriptPolicyTest {

    @Test
    void theDefaultPolicyAcceptsTheVendorsQuirksWithTheDefaultMapping() {
        TranscriptPolicy policy = TranscriptPolicy.defaults();

        assertThat(policy.leniency()).isEqualTo(Leniency.VENDOR_COMPATIBLE);
        assertThat(policy.leniency().acceptsVendorQuirks()).isTrue();
        assertThat(policy.sentimentMapping()).isEqualTo(SentimentMapping.defaults());
    }

    @Test
    void strictModeAcceptsNoQuirks() {
        assertThat(Leniency.STRICT.acceptsVendorQuirks()).isFalse();
    }
}
