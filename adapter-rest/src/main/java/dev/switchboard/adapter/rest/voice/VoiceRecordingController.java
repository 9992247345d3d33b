package dev.switchboard.adapter.rest.voice;

import dev.switchboard.adapter.rest.error.ErrorEnvelope;
import dev.switchboard.adapter.rest.openapi.CommonErrorResponses;
import dev.switchboard.adapter.rest.request.InteractionIds;
import dev.switchboard.adapter.rest.security.Roles;
import dev.switchboard.application.port.in.GetCallRecordingUseCase;
import dev.switchboard.domain.recording.Recording;
import dev.switchboard.domain.recording.RecordingNotFoundException;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A call's recording as a WAV file (16-bit PCM at the call's rate, 8 kHz mono for Twilio): the address an
 * interaction's recordingURL points to when the call was streamed to Switchboard ({@link Recording#PATH}). What was
 * received so far is served while the call still runs.
 */
@Controller
@Secured({Roles.VOICE_READER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Voice Interaction (read extension)",
        description = "Switchboard's own read endpoints (roles voice_reader or admin)")
@SecurityRequirement(name = "basicAuth")
@CommonErrorResponses
public class VoiceRecordingController {

    static final String AUDIO_WAV = "audio/wav";

    private final GetCallRecordingUseCase recordings;

    public VoiceRecordingController(GetCallRecordingUseCase recordings) {
        this.recordings = recordings;
    }

    @Get(uris = {Uris.VERSIONED + "/{interactionId}/recording", Uris.DEFAULT + "/{interactionId}/recording"},
            produces = AUDIO_WAV)
    @Operation(summary = "Download an interaction's recording",
            description = "The audio streamed by the telephony provider (Twilio Media Streams), as a WAV file.")
    @ApiResponse(responseCode = "200", description = "The recording",
            content = @Content(mediaType = AUDIO_WAV, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "Unknown interaction, or one without a recording",
            content = @Content(schema = @Schema(implementation = ErrorEnvelope.class)))
    public HttpResponse<byte[]> getRecording(@PathVariable("api_version") @Nullable String apiVersion,
                                             @PathVariable String interactionId) {
        ApiVersion.check(apiVersion);
        SysId id = InteractionIds.parse(interactionId);
        Recording recording = recordings.recording(id).orElseThrow(() -> new RecordingNotFoundException(id));
        return HttpResponse.ok(recording.toWav()).contentType(AUDIO_WAV)
                .header("Content-Disposition", "inline; filename=\"" + id.value() + ".wav\"");
    }
}
