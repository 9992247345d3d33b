package dev.switchboard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.contract.IdGeneratorContract;
import dev.switchboard.application.port.out.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimeOrderedIdGeneratorTest extends IdGeneratorContract {

    private final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator();

    @Override
    protected IdGenerator ids() {
        return ids;
    }

    @Test
    void theFirstTwelveCharactersAreTheMillisecondInHexadecimal() {
        long millis = 1_796_083_200_123L; // 2026-12-01T00:00:00.123Z

        String id = new TimeOrderedIdGenerator(() -> millis).next().value();

        assertThat(id).startsWith("01a22ee6b07b");
        assertThat(Long.parseLong(id.substring(0, 12), 16)).isEqualTo(millis);
    }

    @Test
    void anIdIssuedInALaterMillisecondSortsAfterEveryEarlierOne() {
        AtomicLong clock = new AtomicLong(1_796_083_200_000L);
        TimeOrderedIdGenerator generator = new TimeOrderedIdGenerator(clock::get);

        String previous = generator.next().value();
        for (int i = 0; i < 1_000; i++) {
            clock.incrementAndGet();
            String next = generator.next().value();
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }

    @Test
    void idsOfOneMillisecondDifferInTheirRandomPart() {
        TimeOrderedIdGenerator generator = new TimeOrderedIdGenerator(() -> 1_796_083_200_000L);

        String first = generator.next().value();
        String second = generator.next().value();

        assertThat(first.substring(0, 12)).isEqualTo(second.substring(0, 12));
        assertThat(first.substring(12)).isNotEqualTo(second.substring(12));
    }

    @Test
    void aClockBeforeTheEpochIsRefused() {
        assertThatThrownBy(() -> new TimeOrderedIdGenerator(() -> -1L).next())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("-1 ms");
    }
}
