package dev.switchboard.adapter.rest.voice;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {"result":{…interaction…}}}. */
@JacksonXmlRootElement(localName = "response")
@Schema(name = "VoiceInteractionResponse")
public record InteractionResult(InteractionView result) {
}
