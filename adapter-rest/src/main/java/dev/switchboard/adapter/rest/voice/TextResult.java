package dev.switchboard.adapter.rest.voice;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {"result":"…"}}: the vendor answers most operations with one string. */
@JacksonXmlRootElement(localName = "response")
@Schema(name = "TextResponse")
public record TextResult(@Schema(example = "Success") String result) {

    /** The PATCH /state answer. */
    static final TextResult SUCCESS = new TextResult("Success");

    /** The /messages and /transcript answer, worded exactly like the vendor's. */
    static TextResult transcriptSaved(String conversationId) {
        return new TextResult("Voice conversation transcript has been successfully saved. Conversation id: "
                + conversationId);
    }
}
