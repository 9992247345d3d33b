package dev.switchboard.adapter.jdbc.interaction;

import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.E164Number;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;

/** Converts interactions to rows and back; state and sentiment are stored as their lowercase API values. */
final class InteractionMapper {

    private InteractionMapper() {
    }

    static InteractionRow toRow(Interaction interaction) {
        CallerDetails caller = interaction.caller();
        return new InteractionRow(
                interaction.id().value(),
                caller.userId(),
                caller.agentId(),
                caller.callerPhoneNumber() == null ? null : caller.callerPhoneNumber().value(),
                caller.clientSessionId(),
                caller.inboundId(),
                interaction.state().value(),
                interaction.recordingUrl().map(RecordingUrl::value).orElse(null),
                interaction.sentiment().map(Sentiment::value).orElse(null),
                interaction.openedAt().toEpochMilli(),
                interaction.closedAt().map(Instant::toEpochMilli).orElse(null),
                interaction.transcriptSavedAt().map(Instant::toEpochMilli).orElse(null));
    }

    static Interaction toDomain(InteractionRow row) {
        CallerDetails caller = new CallerDetails(row.userId(), row.agentId(),
                row.callerPhoneNumber() == null ? null : new E164Number(row.callerPhoneNumber()),
                row.clientSessionId(), row.inboundId());
        return Interaction.restore(
                SysId.of(row.id()),
                caller,
                InteractionState.fromValue(row.state()),
                row.recordingUrl() == null ? null : new RecordingUrl(row.recordingUrl()),
                row.sentiment() == null ? null : Sentiment.fromValue(row.sentiment()),
                Instant.ofEpochMilli(row.openedAtMs()),
                instantOrNull(row.closedAtMs()),
                instantOrNull(row.transcriptSavedAtMs()));
    }

    private static Instant instantOrNull(Long epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(epochMillis);
    }
}
