package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.ConversationOrigin;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.sentiment.SentimentTally;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link dev.switchboard.application.port.out.Conversations} must do. */
public abstract class ConversationsContract extends StorageContract {

    @Test
    void aConversationIsFoundByItsInteraction() {
        Conversation begun = storedConversation();

        Conversation read = storage().conversations().findByInteraction(begun.interactionId()).orElseThrow();

        assertThat(read.id()).isEqualTo(begun.id());
        assertThat(read.interactionId()).isEqualTo(begun.interactionId());
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(read.source()).isEmpty();
        assertThat(read.startedAt()).isEmpty();
        assertThat(read.messageCount()).isZero();
        assertThat(read.tally()).isEqualTo(SentimentTally.empty());
    }

    @Test
    void anInteractionWithoutConversationFindsNothing() {
        Interaction interaction = storedInteraction();

        assertThat(storage().conversations().findByInteraction(interaction.id())).isEmpty();
    }

    @Test
    void theConversationsOfSeveralInteractionsAreFoundInOneCall() {
        Conversation first = storedConversation();
        Conversation second = storedConversation();
        Interaction without = storedInteraction();

        Map<SysId, Conversation> found = storage().conversations().findByInteractions(
                List.of(first.interactionId(), without.id(), second.interactionId()));

        assertThat(found).containsOnlyKeys(first.interactionId(), second.interactionId());
        assertThat(found.get(first.interactionId()).id()).isEqualTo(first.id());
        assertThat(found.get(second.interactionId()).id()).isEqualTo(second.id());
        assertThat(storage().conversations().findByInteractions(List.of())).isEmpty();
    }

    @Test
    void addAllAndUpdateAllStoreTheirConversations() {
        Interaction interaction = storedInteraction();
        Conversation conversation = Conversation.begin(newId(), interaction.id(), T0);
        inOneUnit(() -> storage().conversations().addAll(List.of(conversation)));
        conversation.append(newId(), utterance(0, 1, "counted"), T0);

        inOneUnit(() -> {
            storage().conversations().updateAll(List.of(conversation));
            storage().conversations().updateAll(List.of());
            storage().conversations().addAll(List.of());
        });

        Conversation read = storage().conversations().findByInteraction(interaction.id()).orElseThrow();
        assertThat(read.id()).isEqualTo(conversation.id());
        assertThat(read.messageCount()).isEqualTo(1);
        assertThat(read.tally()).isEqualTo(new SentimentTally(0, 0, 1));
    }

    @Test
    void anUpdateStoresOriginCountAndTally() {
        Conversation conversation = storedConversation();
        conversation.describeOrigin(new ConversationOrigin("Amazon Connect", at(-3_600_000)));
        append(conversation, List.of(utterance(0, 10, "one"), utterance(20, 30, "two")));

        Conversation read = storage().conversations().findByInteraction(conversation.interactionId()).orElseThrow();

        assertThat(read.source()).contains("Amazon Connect");
        assertThat(read.startedAt()).contains(at(-3_600_000));
        assertThat(read.messageCount()).isEqualTo(2);
        assertThat(read.tally()).isEqualTo(new SentimentTally(0, 0, 2));
    }

    @Test
    void anInteractionHasAtMostOneConversation() {
        Conversation first = storedConversation();

        assertThatThrownBy(() -> inOneUnit(() -> storage().conversations()
                .add(Conversation.begin(newId(), first.interactionId(), T0))))
                .isInstanceOf(DuplicateRecordException.class);
        assertThat(storage().conversations().findByInteraction(first.interactionId()).orElseThrow().id())
                .isEqualTo(first.id());
    }

    @Test
    void aConversationIdBelongsToOneInteraction() {
        Conversation first = storedConversation();
        Interaction other = storedInteraction();

        assertThatThrownBy(() -> inOneUnit(() -> storage().conversations()
                .add(Conversation.begin(first.id(), other.id(), T0))))
                .isInstanceOf(DuplicateRecordException.class);
        assertThat(storage().conversations().findByInteraction(other.id())).isEmpty();
    }
}
