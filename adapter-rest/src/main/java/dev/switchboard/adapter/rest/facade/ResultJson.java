package dev.switchboard.adapter.rest.facade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.shared.SysId;

/**
 * The two JSON results of the facade: {@code {"<idField>":"<id>","status":"SUCCESS"}} and
 * {@code {"error":"<message>","status":"FAILED"}}. Written by Jackson, not by concatenation, so that a message
 * holding quotes or backslashes still gives valid JSON; an {@link ObjectNode} keeps the documented field order.
 */
final class ResultJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ResultJson() {
    }

    static String success(String idField, SysId id) {
        return write(JSON.createObjectNode().put(idField, id.value()).put("status", "SUCCESS"));
    }

    static String failed(String error) {
        return write(JSON.createObjectNode().put("error", error).put("status", "FAILED"));
    }

    private static String write(ObjectNode result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an object of two strings always serializes", e);
        }
    }
}
