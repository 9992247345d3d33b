package dev.switchboard.application.service;

import static dev.switchboard.application.service.VoiceInteractionTestBed.vendorMessagesExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.CreateConversationUseCase;
import dev.switchboard.application.port.in.ListVoiceInteractionMessagesUseCase.MessagePage;
import dev.switchboard.domain.interaction.InteractionNotFoundException;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListVoiceInteractionMessagesServiceTest {

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();

    private MessagePage page(SysId interactionId, long offset, int limit) {
        return bed.services.listMessages().listMessages(interactionId, new PageRequest(offset, limit));
    }

    private static List<String> contents(MessagePage page) {
        return page.messages().stream().map(message -> message.utterance().content()).toList();
    }

    @Test
    void pagesWalkThroughTheMessagesInReadOrder() {
        SysId interactionId = bed.startInteraction();
        bed.addMessages(interactionId, vendorMessagesExample());

        MessagePage first = page(interactionId, 0, 2);
        MessagePage second = page(interactionId, 2, 2);
        MessagePage last = page(interactionId, 4, 2);

        assertThat(contents(first)).containsExactly("This is John. How can I help you?",
                "Uh, yes, John. Um, I'm a little very frustrated right now.");
        assertThat(contents(second)).containsExactly("I am sorry to hear that",
                "Can you help me with my insurance? My ssn is 123-12-1234");
        assertThat(contents(last)).containsExactly("Of course, let me check your account");
    }

    @Test
    void everyPageKnowsTheTotalAndTheRequestItAnswers() {
        SysId interactionId = bed.startInteraction();
        bed.addMessages(interactionId, vendorMessagesExample());

        MessagePage middle = page(interactionId, 3, 2);

        assertThat(page(interactionId, 0, 2).total()).isEqualTo(5);
        assertThat(middle.total()).isEqualTo(5);
        assertThat(middle.request()).isEqualTo(new PageRequest(3, 2));
    }

    @Test
    void aPageBeyondTheEndIsEmpty() {
        SysId interactionId = bed.startInteraction();
        bed.addMessages(interactionId, vendorMessagesExample());

        MessagePage beyond = page(interactionId, 10, 5);

        assertThat(beyond.messages()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    void anInteractionWithoutConversationHasAnEmptyPage() {
        SysId interactionId = bed.startInteraction();

        MessagePage empty = page(interactionId, 0, 10);

        assertThat(empty.messages()).isEmpty();
        assertThat(empty.total()).isZero();
    }

    @Test
    void aConversationWithoutMessagesHasAnEmptyPage() {
        SysId interactionId = bed.startInteraction();
        bed.services.createConversation().createConversation(
                new CreateConversationUseCase.Command(interactionId, VoiceInteractionTestBed.VENDOR_CALLER));

        assertThat(page(interactionId, 0, 10).messages()).isEmpty();
        assertThat(page(interactionId, 0, 10).total()).isZero();
    }

    @Test
    void anUnknownInteractionIsNotFound() {
        assertThatThrownBy(() -> page(SysId.of("86837a386f0331003b3c498f5d3ee4ca"), 0, 10))
                .isInstanceOf(InteractionNotFoundException.class);
    }

    @Test
    void aPageRequestNamesTheTableApiParameterItBreaks() {
        assertThatThrownBy(() -> new PageRequest(-1, 10))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("sysparm_offset"));
        assertThatThrownBy(() -> new PageRequest(0, 0))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("sysparm_limit"));
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_LIMIT + 1))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("sysparm_limit"));
    }
}
