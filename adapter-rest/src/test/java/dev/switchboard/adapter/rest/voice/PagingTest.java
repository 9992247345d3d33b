package dev.switchboard.adapter.rest.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.shared.InvalidValueException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PagingTest {

    private static final String ORIGIN = "https://switchboard.example";
    private static final URI LIST = URI.create("/api/now/cs/voice-interactions/abc/messages?sysparm_offset=20&sysparm_limit=10");

    @Test
    void defaults() {
        assertThat(Paging.pageRequest(null, null)).isEqualTo(new PageRequest(0, 1000));
        assertThat(Paging.pageRequest(" ", "")).isEqualTo(new PageRequest(0, 1000));
    }

    @Test
    void invalidValuesNameTheParameter() {
        assertThatThrownBy(() -> Paging.pageRequest("ten", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sysparm_limit"));
        assertThatThrownBy(() -> Paging.pageRequest("10001", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sysparm_limit"));
        assertThatThrownBy(() -> Paging.pageRequest(null, "-10"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("sysparm_offset"));
    }

    @Test
    void middlePageLinksToAllFour() {
        String header = Paging.linkHeader(ORIGIN, LIST, new PageRequest(20, 10), 45);

        String base = "<" + ORIGIN + "/api/now/cs/voice-interactions/abc/messages?sysparm_limit=10&sysparm_offset=";
        assertThat(header).isEqualTo(base + "0>;rel=\"first\"," + base + "10>;rel=\"prev\"," + base
                + "30>;rel=\"next\"," + base + "40>;rel=\"last\"");
    }

    @Test
    void offsetsNeedNotBeMultiplesOfTheLimit() {
        String header = Paging.linkHeader(ORIGIN, LIST, new PageRequest(5, 10), 30);

        assertThat(header).contains("sysparm_offset=0>;rel=\"prev\"").contains("sysparm_offset=15>;rel=\"next\"")
                .contains("sysparm_offset=20>;rel=\"last\"");
    }

    @Test
    void emptyListHasFirstAndLastOnly() {
        String header = Paging.linkHeader(ORIGIN, URI.create("/x"), new PageRequest(0, 10), 0);

        assertThat(header).isEqualTo("<" + ORIGIN + "/x?sysparm_limit=10&sysparm_offset=0>;rel=\"first\",<" + ORIGIN
                + "/x?sysparm_limit=10&sysparm_offset=0>;rel=\"last\"");
    }

    @Test
    void otherParametersAreKeptAsSent() {
        URI uri = URI.create("/x?sysparm_fields=content&sysparm_limit=1&q=a%20b");

        assertThat(Paging.linkHeader(ORIGIN, uri, new PageRequest(0, 1), 1))
                .startsWith("<" + ORIGIN + "/x?sysparm_fields=content&q=a%20b&sysparm_limit=1&sysparm_offset=0>");
    }

    @Test
    void offsetsNearTheLargestLongNeverOverflowIntoNegativeLinks() {
        for (long offset : new long[] {Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE - PageRequest.MAX_LIMIT}) {
            String header = Paging.linkHeader(ORIGIN, URI.create("/x"), new PageRequest(offset, PageRequest.MAX_LIMIT),
                    Long.MAX_VALUE);

            assertThat(header).as("offset " + offset).doesNotContain("sysparm_offset=-").doesNotContain("rel=\"next\"")
                    .contains("sysparm_offset=" + (offset - PageRequest.MAX_LIMIT) + ">;rel=\"prev\"");
        }
    }

    @Test
    void theLastFullPageBeforeTheLargestLongStillLinksToNext() {
        long offset = Long.MAX_VALUE - 2L * PageRequest.MAX_LIMIT;

        String header = Paging.linkHeader(ORIGIN, URI.create("/x"), new PageRequest(offset, PageRequest.MAX_LIMIT),
                Long.MAX_VALUE);

        assertThat(header).contains("sysparm_offset=" + (offset + PageRequest.MAX_LIMIT) + ">;rel=\"next\"");
    }

    @Test
    void prevFromBeyondTheEndIsTheLastPage() {
        String header = Paging.linkHeader(ORIGIN, URI.create("/x"), new PageRequest(1000, 10), 45);

        assertThat(header).contains("sysparm_offset=40>;rel=\"prev\"").doesNotContain("rel=\"next\"");
    }
}
