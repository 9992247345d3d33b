package dev.switchboard.adapter.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void idsAreMsgAndTwentySixCrockfordCharactersAndDoNotRepeat() {
        MessageIds ids = new MessageIds(Clock.systemUTC());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ids.next();
            assertThat(id).matches("msg_[0-9A-HJKMNP-TV-Z]{26}");
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void laterIdsSortLater() {
        String earlier = new MessageIds(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC)).next();
        String later = new MessageIds(Clock.fixed(Instant.parse("2025-01-01T00:00:00.001Z"), ZoneOffset.UTC)).next();

        assertThat(later).isGreaterThan(earlier);
    }
}
