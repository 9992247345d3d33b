package dev.switchboard.adapter.rest.voice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * {@code {"result":[…interactions…]}}; in XML {@code <response><result><interaction>…</interaction>…</result></response>},
 * one {@code <interaction>} element per list entry.
 */
@JacksonXmlRootElement(localName = "response")
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "VoiceInteractionsResponse")
public record InteractionListResult(
        @JacksonXmlElementWrapper(localName = "result") @JacksonXmlProperty(localName = "interaction")
        List<InteractionView> result) {
}
