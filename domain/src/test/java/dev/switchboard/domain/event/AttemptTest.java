package dev.switchboard.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptTest {

    @Test
    void anAnswerIsCutToTheExcerptBetweenCharactersAndMadeStorable() {
        String emojiAtTheCut = "x".repeat(Attempt.RESPONSE_EXCERPT - 1) + "\uD83D\uDE00";
        Attempt cut = new Attempt(1, Instant.EPOCH, 500, 3, emojiAtTheCut);
        assertThat(cut.response()).hasSize(Attempt.RESPONSE_EXCERPT - 1);

        Attempt cleaned = new Attempt(1, Instant.EPOCH, 500, 3, "a\u0000b\uD800c\tok");
        assertThat(cleaned.response()).isEqualTo("a\uFFFDb\uFFFDc\tok");
        assertThat(new Attempt(1, Instant.EPOCH, 0, 0, null).response()).isEmpty();
    }
}
