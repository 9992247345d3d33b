package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.vendorMessagesExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.FindVoiceInteractionsUseCase;
import dev.switchboard.application.port.in.FindVoiceInteractionsUseCase.InteractionPage;
import dev.switchboard.application.port.in.GetVoiceInteractionUseCase.InteractionSummary;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FindVoiceInteractionsServiceTest {

    private static final String CALL_SID = "CA5f1d9c2e7b3a4f6d8e0c1b2a3f4e5d6c";

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();
    private final FindVoiceInteractionsUseCase find = VoiceInteractionServices.find(bed.storage.interactions(),
            bed.storage.conversations(), bed.storage.unitOfWork());

    @Test
    void theInteractionsOfAClientSessionIdComeNewestFirstWithTheirConversationsAndCount() {
        SysId first = start(CALL_SID);
        SysId conversation = bed.addMessages(first, vendorMessagesExample());
        bed.clock.advance(Duration.ofSeconds(5));
        start("another call");
        bed.clock.advance(Duration.ofSeconds(5));
        SysId second = start(CALL_SID);

        InteractionPage page = find.findByClientSessionId(CALL_SID, new PageRequest(0, 10));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.interactions()).extracting(summary -> summary.interaction().id()).containsExactly(second, first);
        assertThat(page.interactions()).extracting(InteractionSummary::conversationId)
                .containsExactly(java.util.Optional.empty(), java.util.Optional.of(conversation));
    }

    @Test
    void aPageIsASliceAndTheTotalCountsThemAll() {
        SysId older = start(CALL_SID);
        bed.clock.advance(Duration.ofSeconds(1));
        start(CALL_SID);

        InteractionPage page = find.findByClientSessionId(CALL_SID, new PageRequest(1, 1));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.interactions()).extracting(summary -> summary.interaction().id()).containsExactly(older);
    }

    @Test
    void anUnknownClientSessionIdFindsNothing() {
        start(CALL_SID);

        InteractionPage page = find.findByClientSessionId("CA-unknown", new PageRequest(0, 10));

        assertThat(page.total()).isZero();
        assertThat(page.interactions()).isEmpty();
    }

    @Test
    void aBlankClientSessionIdIsRefusedByName() {
        for (String blank : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> find.findByClientSessionId(blank, new PageRequest(0, 10)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("'clientSessionId'");
        }
    }

    private SysId start(String clientSessionId) {
        return bed.startInteraction(CallerDetails.of("+14089178877", null, null, clientSessionId, null));
    }
}
