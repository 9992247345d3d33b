/**
 * A call's audio as it is kept: chunks appended while the call goes ({@link RecordingChunk}), in a format a provider
 * sends ({@link AudioFormat}), assembled into a {@link Recording} that reads back as a WAV file. The μ-law decoder
 * ({@link MuLaw}) is written here from ITU-T G.711 rather than taken from {@code javax.sound}, whose conversions are
 * not part of every runtime image and whose rounding is not specified.
 */
package dev.switchboard.domain.recording;
