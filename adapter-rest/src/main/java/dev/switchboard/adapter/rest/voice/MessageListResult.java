package dev.switchboard.adapter.rest.voice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code {"result":[…messages…]}}; in XML {@code <response><result><message>…</message>…</result></response>},
 * one {@code <message>} element per list entry.
 */
@JacksonXmlRootElement(localName = "response")
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "VoiceMessagesResponse")
public record MessageListResult(
        @JacksonXmlElementWrapper(localName = "result") @JacksonXmlProperty(localName = "message")
        List<MessageView> result) {
}
