package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.domain.conversation.Conversation;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.interaction.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link dev.switchboard.application.port.out.UnitOfWork} must do. */
public abstract class UnitOfWorkContract extends StorageContract {

    @Test
    void aUnitReturnsWhatItsWorkReturns() {
        assertThat(storage().unitOfWork().<String>run(() -> "done")).isEqualTo("done");
    }

    @Test
    void aUnitThatFailsStoresNothing() {
        Interaction interaction = Interaction.open(newId(), caller("rolled-back"), T0);
        Conversation conversation = Conversation.begin(newId(), interaction.id(), T0);
        TranscriptMessage message = conversation.append(newId(), utterance(0, 1, "lost"), T0);

        assertThatThrownBy(() -> storage().unitOfWork().run(() -> {
            storage().interactions().add(interaction);
            storage().conversations().add(conversation);
            storage().messages().addAll(List.of(message));
            throw new IllegalStateException("the work failed half-way");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the work failed half-way");

        assertThat(storage().interactions().findById(interaction.id())).isEmpty();
        assertThat(storage().conversations().findByInteraction(interaction.id())).isEmpty();
        assertThat(storage().messages().findPage(conversation.id(), new PageRequest(0, 10))).isEmpty();
    }

    @Test
    void aRedoableUnitStoresAtomicallyLikeAnyOther() {
        Interaction interaction = Interaction.open(newId(), caller("redoable"), T0);
        storage().unitOfWork().runRedoable(() -> {
            storage().interactions().add(interaction);
            return null;
        });
        assertThat(storage().interactions().findById(interaction.id())).isPresent();

        Interaction lost = Interaction.open(newId(), caller("redoable-failed"), T0);
        assertThatThrownBy(() -> storage().unitOfWork().runRedoable(() -> {
            storage().interactions().add(lost);
            throw new IllegalStateException("the work fails after its write");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(storage().interactions().findById(lost.id())).isEmpty();
    }

    @Test
    void aFailedUpdateLeavesTheEarlierStateInPlace() {
        Conversation conversation = storedConversation();
        append(conversation, List.of(utterance(0, 1, "kept")));
        conversation.append(newId(), utterance(2, 3, "not kept"), T0);

        assertThatThrownBy(() -> storage().unitOfWork().run(() -> {
            storage().conversations().update(conversation);
            throw new IllegalStateException("abort");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storage().conversations().findByInteraction(conversation.interactionId()).orElseThrow().messageCount())
                .isEqualTo(1);
    }

    /**
     * Many units read-modify-write one conversation at once. Locking the interaction first must serialize
     * them: every append survives and the sequence numbers are unique.
     */
    @Test
    void unitsLockingTheSameInteractionRunOneAfterTheOther() throws Exception {
        Conversation conversation = storedConversation();
        int writers = 4;
        int unitsPerWriter = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                tasks.add(() -> {
                    for (int u = 0; u < unitsPerWriter; u++) {
                        int unit = u;
                        storage().unitOfWork().run(() -> {
                            storage().interactions().findByIdForUpdate(conversation.interactionId()).orElseThrow();
                            Conversation current = storage().conversations()
                                    .findByInteraction(conversation.interactionId()).orElseThrow();
                            TranscriptMessage message = current.append(newId(),
                                    utterance(unit, unit + 1, "writer " + writer + " unit " + unit), T0);
                            storage().messages().addAll(List.of(message));
                            storage().conversations().update(current);
                            return null;
                        });
                    }
                    return null;
                });
            }
            for (Future<Void> result : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        int total = writers * unitsPerWriter;
        assertThat(storage().conversations().findByInteraction(conversation.interactionId()).orElseThrow().messageCount())
                .isEqualTo(total);
        List<TranscriptMessage> stored = storage().messages().findPage(conversation.id(), new PageRequest(0, 1_000));
        assertThat(stored).hasSize(total);
        assertThat(stored).extracting(TranscriptMessage::sequence).doesNotHaveDuplicates();
    }
}
