package dev.switchboard.domain.interaction;

import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One call from a caller. State changes only through the methods below, which enforce
 * {@code new → work_in_progress → closed_complete}; storage rebuilds an instance with {@link #restore}.
 */
public final class Interaction {

    private final SysId id;
    private final Instant openedAt;
    private CallerDetails caller;
    private InteractionState state;
    private RecordingUrl recordingUrl;
    private Sentiment sentiment;
    private Instant closedAt;
    private Instant transcriptSavedAt;

    private Interaction(SysId id, CallerDetails caller, InteractionState state, RecordingUrl recordingUrl,
                        Sentiment sentiment, Instant openedAt, Instant closedAt, Instant transcriptSavedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.state = Objects.requireNonNull(state, "state");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.recordingUrl = recordingUrl;
        this.sentiment = sentiment;
        this.closedAt = closedAt;
        this.transcriptSavedAt = transcriptSavedAt;
    }

    /** A new call: state {@code new}, no conversation yet. */
    public static Interaction open(SysId id, CallerDetails caller, Instant now) {
        return new Interaction(id, caller, InteractionState.NEW, null, null, now, null, null);
    }

    /** Rebuilds an interaction exactly as it was stored; used by storage adapters only. */
    public static Interaction restore(SysId id, CallerDetails caller, InteractionState state, RecordingUrl recordingUrl,
                                      Sentiment sentiment, Instant openedAt, Instant closedAt,
                                      Instant transcriptSavedAt) {
        return new Interaction(id, caller, state, recordingUrl, sentiment, openedAt, closedAt, transcriptSavedAt);
    }

    /** Live transcript messages arrive: refused once the call is closed, otherwise the call is in progress. */
    public void receiveLiveMessages() {
        refuseIfClosed("no further messages are accepted");
        recordActivity();
    }

    /**
     * The conversation is opened: refused once the call is closed. Caller fields that are still empty are
     * filled from {@code details}; what was recorded when the call started is never overwritten.
     */
    public void openConversation(CallerDetails details) {
        refuseIfClosed("a conversation can no longer be created");
        caller = caller.completedWith(details);
        recordActivity();
    }

    /**
     * The post-call transcript is saved. It may arrive after the call closed (that is when recordings are
     * transcribed), but only once per interaction.
     */
    public void saveTranscript(Instant now) {
        if (transcriptSavedAt != null) {
            throw new TranscriptAlreadyProcessedException();
        }
        transcriptSavedAt = now;
        recordActivity();
    }

    /**
     * Closes the interaction. Repeating the same close (same or no recording URL) changes nothing, so a client
     * may retry; a repeat that would change the recording URL is refused.
     *
     * @param url the recording's URL, or null when the call has none
     */
    public CloseOutcome close(RecordingUrl url, Instant now) {
        if (isClosed()) {
            if (url == null || url.equals(recordingUrl)) {
                return CloseOutcome.ALREADY_CLOSED;
            }
            throw new InteractionClosedException(id, "it cannot be closed again with a different recordingURL");
        }
        state = InteractionState.CLOSED_COMPLETE;
        recordingUrl = url;
        closedAt = now;
        return CloseOutcome.CLOSED;
    }

    /** Mirrors the aggregated sentiment of the interaction's conversation (empty while no message is scored). */
    public void reflectSentiment(Optional<Sentiment> overall) {
        sentiment = overall.orElse(null);
    }

    private void refuseIfClosed(String attempted) {
        if (isClosed()) {
            throw new InteractionClosedException(id, attempted);
        }
    }

    /** A {@code new} interaction that receives anything is in progress from then on. */
    private void recordActivity() {
        if (state == InteractionState.NEW) {
            state = InteractionState.WORK_IN_PROGRESS;
        }
    }

    public boolean isClosed() {
        return state == InteractionState.CLOSED_COMPLETE;
    }

    public SysId id() {
        return id;
    }

    public CallerDetails caller() {
        return caller;
    }

    public InteractionState state() {
        return state;
    }

    public Optional<RecordingUrl> recordingUrl() {
        return Optional.ofNullable(recordingUrl);
    }

    public Optional<Sentiment> sentiment() {
        return Optional.ofNullable(sentiment);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Instant> transcriptSavedAt() {
        return Optional.ofNullable(transcriptSavedAt);
    }
}
