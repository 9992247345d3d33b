package dev.switchboard.adapter.rest.voice;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {"result":{"interactionId":"…"}}}, the answer to starting an interaction. */
@JacksonXmlRootElement(localName = "response")
@Schema(name = "StartVoiceInteractionResponse")
public record StartResult(Created result) {

    static StartResult of(String interactionId) {
        return new StartResult(new Created(interactionId));
    }

    @Schema(name = "CreatedInteraction")
    public record Created(@Schema(description = "sys_id of the new interaction",
            example = "4462cb4753751110b6e8ddeeff7b12ca") String interactionId) {
    }
}
