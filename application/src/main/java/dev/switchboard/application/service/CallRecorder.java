package dev.switchboard.application.service;

import dev.switchboard.application.port.out.CallRecordings;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.recording.AudioFormat;
import dev.switchboard.domain.recording.Recording;
import dev.switchboard.domain.recording.RecordingChunk;
import dev.switchboard.domain.shared.SysId;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.Optional;

/**
 * One call's audio on its way to {@link CallRecordings}: frames are buffered to about a second of sound and appended
 * as a chunk, so a call that ends abruptly keeps what was said until then without a write per 20 ms frame. Used by
 * every connection that streams audio (Twilio Media Streams, the Genesys Audio Connector), one at a time per call.
 */
final class CallRecorder {

    private final CallRecordings recordings;
    private final SysId interactionId;
    private final AudioFormat format;
    private final ByteArrayOutputStream buffered = new ByteArrayOutputStream();
    private long nextSequence;

    CallRecorder(CallRecordings recordings, SysId interactionId, AudioFormat format) {
        this.recordings = recordings;
        this.interactionId = interactionId;
        this.format = format;
    }

    void audio(byte[] encoded) {
        buffered.writeBytes(encoded);
        if (buffered.size() >= format.bytesPerSecond()) {
            flush();
        }
    }

    /**
     * The URL the recording is served at, below {@code publicUrl}; empty while nothing is stored. Asked after
     * {@link #flush} even when that failed: what was stored before is still served.
     */
    Optional<RecordingUrl> url(URI publicUrl) {
        return nextSequence == 0 ? Optional.empty()
                : Optional.of(new RecordingUrl(Recording.url(publicUrl, interactionId).toString()));
    }

    /** Stores what is buffered, at the end of the call. */
    void flush() {
        if (buffered.size() == 0) {
            return;
        }
        recordings.append(new RecordingChunk(interactionId, nextSequence, format, buffered.toByteArray()));
        nextSequence++;
        buffered.reset();
    }
}
