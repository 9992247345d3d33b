package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One unit of work that changes several interactions: what a store whose {@code CommitGroups} groups the batches of
 * many calls must support. Run by the stores that group (the fakes and every JDBC database); a store whose unit of
 * work is one interaction's compare-and-set (MongoDB) runs every group as a group of one and never gets such a unit.
 */
public abstract class GroupedUnitContract extends StorageContract {

    @Test
    void oneUnitStoresConversationsMessagesAndChangesOfSeveralInteractions() {
        List<Interaction> interactions = List.of(storedInteraction(), storedInteraction(), storedInteraction());
        List<Conversation> conversations = new ArrayList<>();
        List<TranscriptMessage> messages = new ArrayList<>();
        for (Interaction interaction : interactions) {
            interaction.receiveLiveMessages();
            Conversation conversation = Conversation.begin(newId(), interaction.id(), T0);
            messages.add(conversation.append(newId(), utterance(0, 1, "to " + interaction.id()), T0));
            conversations.add(conversation);
        }

        inOneUnit(() -> {
            storage().interactions().findAllByIdForUpdate(interactions.stream().map(Interaction::id).toList());
            storage().conversations().addAll(conversations);
            storage().messages().addAll(messages);
            storage().interactions().updateAll(interactions);
        });

        for (Interaction interaction : interactions) {
            assertThat(storage().interactions().findById(interaction.id()).orElseThrow().state())
                    .isEqualTo(InteractionState.WORK_IN_PROGRESS);
            Conversation stored = storage().conversations().findByInteraction(interaction.id()).orElseThrow();
            assertThat(storage().messages().findPage(stored.id(), new PageRequest(0, 10)))
                    .extracting(message -> message.utterance().content())
                    .containsExactly("to " + interaction.id());
        }
    }

    @Test
    void aFailedUnitOverSeveralInteractionsStoresNothingOfAny() {
        Conversation first = storedConversation();
        Conversation second = storedConversation();
        first.append(newId(), utterance(0, 1, "lost"), T0);
        second.append(newId(), utterance(0, 1, "lost too"), T0);

        assertThatThrownBy(() -> inOneUnit(() -> {
            storage().conversations().updateAll(List.of(first, second));
            throw new IllegalStateException("the group failed");
        })).hasMessage("the group failed");

        assertThat(storage().conversations().findByInteraction(first.interactionId()).orElseThrow().messageCount())
                .isZero();
        assertThat(storage().conversations().findByInteraction(second.interactionId()).orElseThrow().messageCount())
                .isZero();
    }
}
