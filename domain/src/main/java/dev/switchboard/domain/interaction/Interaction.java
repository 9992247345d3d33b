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

    /** Live messages are accepted until the interaction is closed. */
    public void ensureAcceptsMessages() {
        if (isClosed()) {
            throw new InteractionClosedException(id, "no further messages are accepted");
        }
    }

    /** Messages or a conversation arrived: a {@code new} interaction is now in progress. */
    public void recordActivity() {
        if (state == InteractionState.NEW) {
            state = InteractionState.WORK_IN_PROGRESS;
        }
    }

    /**
     * Closes the interaction. Repeating the same close (same or no recording URL) changes nothing,
     * so a client may retry; a repeat that would change the recording URL is refused.
     *
     * @return true if this call changed the interaction
     */
    public boolean close(RecordingUrl url, Instant now) {
        if (isClosed()) {
            if (url == null || url.equals(recordingUrl)) {
                return false;
            }
            throw new InteractionClosedException(id, "it cannot be closed again with a different recordingURL");
        }
        state = InteractionState.CLOSED_COMPLETE;
        recordingUrl = url;
        closedAt = now;
        return true;
    }

    /**
     * Records that the post-call transcript was saved. A transcript may arrive after the call closed,
     * but only once per interaction.
     */
    public void acceptTranscript(Instant now) {
        if (transcriptSavedAt != null) {
            throw new TranscriptAlreadyProcessedException();
        }
        transcriptSavedAt = now;
        recordActivity();
    }

    /** Fills caller fields that are still empty; what was recorded when the call started is never overwritten. */
    public void completeCallerDetails(CallerDetails details) {
        caller = caller.completedWith(details);
    }

    /** Mirrors the aggregated sentiment of the interaction's conversation. */
    public void reflectSentiment(Sentiment overall) {
        sentiment = overall;
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
