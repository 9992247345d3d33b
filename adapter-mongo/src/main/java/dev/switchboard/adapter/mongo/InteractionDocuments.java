package dev.switchboard.adapter.mongo;

import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.E164Number;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.InteractionState;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Converts an interaction to its document in {@code interactions} and back (fields in docs/storage.md). Absent
 * values are stored as null, so that a {@code $set} of every field also clears what became absent.
 */
final class InteractionDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String CLIENT_SESSION_ID = "clientSessionId";
    static final String OPENED_AT = "openedAt";
    /** The ids of the committed message batches: the only messages readers may see. */
    static final String BATCHES = "batches";
    /** The deduplication keys of the committed messages, which the duplicate check reads. */
    static final String DEDUP_KEYS = "dedupKeys";

    private InteractionDocuments() {
    }

    /** The interaction's own fields, without version, conversation, batches and keys. */
    static Document toDocument(Interaction interaction) {
        CallerDetails caller = interaction.caller();
        return new Document(ID, interaction.id().value())
                .append("userId", caller.userId())
                .append("agentId", caller.agentId())
                .append("callerPhoneNumber", caller.callerPhoneNumber() == null ? null : caller.callerPhoneNumber().value())
                .append(CLIENT_SESSION_ID, caller.clientSessionId())
                .append("inboundId", caller.inboundId())
                .append("state", interaction.state().value())
                .append("recordingUrl", interaction.recordingUrl().map(RecordingUrl::value).orElse(null))
                .append("sentiment", interaction.sentiment().map(Sentiment::value).orElse(null))
                .append(OPENED_AT, Date.from(interaction.openedAt()))
                .append("closedAt", interaction.closedAt().map(Date::from).orElse(null))
                .append("transcriptSavedAt", interaction.transcriptSavedAt().map(Date::from).orElse(null));
    }

    static Interaction toInteraction(Document document) {
        String phone = document.getString("callerPhoneNumber");
        CallerDetails caller = new CallerDetails(document.getString("userId"), document.getString("agentId"),
                phone == null ? null : new E164Number(phone), document.getString(CLIENT_SESSION_ID),
                document.getString("inboundId"));
        String recordingUrl = document.getString("recordingUrl");
        String sentiment = document.getString("sentiment");
        return Interaction.restore(
                SysId.of(document.getString(ID)),
                caller,
                InteractionState.fromValue(document.getString("state")),
                recordingUrl == null ? null : new RecordingUrl(recordingUrl),
                sentiment == null ? null : Sentiment.fromValue(sentiment),
                document.getDate(OPENED_AT).toInstant(),
                instantOrNull(document.getDate("closedAt")),
                instantOrNull(document.getDate("transcriptSavedAt")));
    }

    static long version(Document interaction) {
        return interaction.getLong(VERSION);
    }

    static List<String> batches(Document interaction) {
        return interaction.getList(BATCHES, String.class, List.of());
    }

    static List<String> dedupKeys(Document interaction) {
        return interaction.getList(DEDUP_KEYS, String.class, List.of());
    }

    static Instant instantOrNull(Date date) {
        return date == null ? null : date.toInstant();
    }
}
