package dev.switchboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.out.DuplicateRecordException;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link dev.switchboard.application.port.out.Interactions} must do. */
public abstract class InteractionsContract extends StorageContract {

    @Test
    void aStoredInteractionIsReadBackWithEveryField() {
        Interaction opened = storedInteraction();

        Interaction read = storage().interactions().findById(opened.id()).orElseThrow();

        assertThat(read.id()).isEqualTo(opened.id());
        assertThat(read.caller()).isEqualTo(opened.caller());
        assertThat(read.state()).isEqualTo(InteractionState.NEW);
        assertThat(read.openedAt()).isEqualTo(T0);
        assertThat(read.recordingUrl()).isEmpty();
        assertThat(read.sentiment()).isEmpty();
        assertThat(read.closedAt()).isEmpty();
        assertThat(read.transcriptSavedAt()).isEmpty();
    }

    @Test
    void optionalCallerFieldsMayBeAbsent() {
        Interaction opened = storedInteraction(CallerDetails.of("+14089178877", null, null, null, null), T0);

        assertThat(storage().interactions().findById(opened.id()).orElseThrow().caller())
                .isEqualTo(new CallerDetails("+14089178877", null, null, null, null));
    }

    @Test
    void anUnknownIdFindsNothing() {
        assertThat(storage().interactions().findById(newId())).isEmpty();
        assertThat(storage().unitOfWork().run(() -> storage().interactions().findByIdForUpdate(newId()))).isEmpty();
    }

    @Test
    void severalInteractionsAreLockedAndReadInOneCallAndUnknownIdsAreLeftOut() {
        Interaction first = storedInteraction();
        Interaction second = storedInteraction();
        SysId unknown = newId();

        Map<SysId, Interaction> locked = storage().unitOfWork().run(() ->
                storage().interactions().findAllByIdForUpdate(List.of(second.id(), unknown, first.id(), second.id())));

        assertThat(locked).containsOnlyKeys(first.id(), second.id());
        assertThat(locked.get(first.id()).caller()).isEqualTo(first.caller());
        assertThat(locked.get(second.id()).caller()).isEqualTo(second.caller());
        assertThat(storage().unitOfWork().run(() -> storage().interactions().findAllByIdForUpdate(List.of())))
                .isEmpty();
    }

    @Test
    void updateAllStoresEveryChange() {
        Interaction interaction = storedInteraction();
        interaction.receiveLiveMessages();
        interaction.reflectSentiment(Optional.of(Sentiment.POSITIVE));

        inOneUnit(() -> {
            storage().interactions().findAllByIdForUpdate(List.of(interaction.id()));
            storage().interactions().updateAll(List.of(interaction));
            storage().interactions().updateAll(List.of());
        });

        Interaction read = storage().interactions().findById(interaction.id()).orElseThrow();
        assertThat(read.state()).isEqualTo(InteractionState.WORK_IN_PROGRESS);
        assertThat(read.sentiment()).contains(Sentiment.POSITIVE);
    }

    @Test
    void anUpdateStoresEveryChange() {
        Interaction interaction = storedInteraction(CallerDetails.of("+14089178877", null, null, "cs-1", null), T0);
        interaction.openConversation(CallerDetails.of("+1555", "agent.smith", "+14089178878", "cs-2", "in-9"));
        interaction.reflectSentiment(Optional.of(Sentiment.NEGATIVE));
        interaction.saveTranscript(at(1_000));
        interaction.close(new RecordingUrl("https://zoom_instance/rec/QbF7XmPFHPlX1LG"), at(2_000));

        inOneUnit(() -> {
            storage().interactions().findByIdForUpdate(interaction.id()).orElseThrow();
            storage().interactions().update(interaction);
        });

        Interaction read = storage().interactions().findById(interaction.id()).orElseThrow();
        assertThat(read.caller()).isEqualTo(CallerDetails.of("+14089178877", "agent.smith", "+14089178878", "cs-1", "in-9"));
        assertThat(read.state()).isEqualTo(InteractionState.CLOSED_COMPLETE);
        assertThat(read.sentiment()).contains(Sentiment.NEGATIVE);
        assertThat(read.transcriptSavedAt()).contains(at(1_000));
        assertThat(read.closedAt()).contains(at(2_000));
        assertThat(read.recordingUrl()).contains(new RecordingUrl("https://zoom_instance/rec/QbF7XmPFHPlX1LG"));
    }

    @Test
    void theClientSessionIdFindsTheMostRecentlyOpenedInteraction() {
        String external = "f8453abb-a33d-45b7-bf01-" + UUID.randomUUID();
        storedInteraction(caller(external), T0);
        Interaction newer = storedInteraction(caller(external), at(60_000));
        storedInteraction(caller(UUID.randomUUID().toString()), at(120_000));

        assertThat(storage().interactions().findIdByClientSessionId(external)).contains(newer.id());
        assertThat(storage().interactions().findIdByClientSessionId("no-such-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void theInteractionsOfAClientSessionIdArePagedNewestFirst() {
        String external = "page-" + UUID.randomUUID();
        String rest = newId().value().substring(1);
        Interaction oldest = storedInteraction(caller(external), T0);
        Interaction tieLow = storedInteraction(SysId.of("1" + rest), caller(external), at(60_000));
        Interaction tieHigh = storedInteraction(SysId.of("e" + rest), caller(external), at(60_000));
        Interaction newest = storedInteraction(caller(external), at(120_000));
        storedInteraction(caller("other-" + UUID.randomUUID()), at(180_000));

        Interactions interactions = storage().interactions();
        assertThat(interactions.findByClientSessionId(external, new PageRequest(0, 10))).extracting(Interaction::id)
                .containsExactly(newest.id(), tieHigh.id(), tieLow.id(), oldest.id());
        assertThat(interactions.findByClientSessionId(external, new PageRequest(1, 2))).extracting(Interaction::id)
                .containsExactly(tieHigh.id(), tieLow.id());
        assertThat(interactions.findByClientSessionId(external, new PageRequest(4, 2))).isEmpty();
        assertThat(interactions.countByClientSessionId(external)).isEqualTo(4);
        assertThat(interactions.findByClientSessionId(external, new PageRequest(0, 1)).get(0).caller()
                .clientSessionId()).isEqualTo(external);
        assertThat(interactions.countByClientSessionId("no-such-" + UUID.randomUUID())).isZero();
    }

    /**
     * Three interactions opened in one millisecond, stored in an order that neither "first stored" nor "last
     * stored" gets right, next to an older one whose id is greater still.
     */
    @Test
    void ofInteractionsOpenedInTheSameMillisecondTheGreatestIdIsFound() {
        String external = "tie-" + UUID.randomUUID();
        String rest = newId().value().substring(1);
        storedInteraction(SysId.of("f" + rest), caller(external), T0);
        storedInteraction(SysId.of("8" + rest), caller(external), at(60_000));
        Interaction greatest = storedInteraction(SysId.of("e" + rest), caller(external), at(60_000));
        storedInteraction(SysId.of("1" + rest), caller(external), at(60_000));

        assertThat(storage().interactions().findIdByClientSessionId(external)).contains(greatest.id());
    }

    @Test
    void addingTheSameIdTwiceFails() {
        Interaction interaction = storedInteraction();

        assertThatThrownBy(() -> inOneUnit(() -> storage().interactions()
                .add(Interaction.open(interaction.id(), caller("other"), T0))))
                .isInstanceOf(DuplicateRecordException.class);
        assertThat(storage().interactions().findById(interaction.id()).orElseThrow().caller())
                .isEqualTo(interaction.caller());
    }
}
