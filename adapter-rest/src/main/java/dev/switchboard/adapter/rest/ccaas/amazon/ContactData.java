package dev.switchboard.adapter.rest.ccaas.amazon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase.CallContext;
import dev.switchboard.domain.shared.InvalidValueException;

/**
 * The call context as Amazon Connect describes a contact: the event its "Invoke AWS Lambda function" block sends,
 * {@code {"Details": {"ContactData": {"ContactId": …, "CustomerEndpoint": {"Address": …, "Type":
 * "TELEPHONE_NUMBER"}, …}, "Parameters": {…}}, "Name": "ContactFlowEvent"}}, passed on as it is, or its
 * {@code ContactData} alone: {@code {"ContactId": …, "CustomerEndpoint": {"Address": …}}}. Every other field
 * (attributes, queue, system endpoint …) is accepted and not kept.
 */
final class ContactData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContactData() {
    }

    /** @throws InvalidValueException naming the body, or the field, that is not what Connect sends */
    static CallContext read(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidValueException("body", "is not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidValueException("body", "must be a JSON object: Amazon Connect's contact data");
        }
        JsonNode details = root.path("Details");
        boolean envelope = details.isObject();
        JsonNode contact = envelope ? details.path("ContactData") : root;
        String prefix = envelope ? "Details.ContactData." : "";
        if (!contact.isObject()) {
            throw new InvalidValueException("Details.ContactData", "must be an object");
        }
        JsonNode endpoint = contact.path("CustomerEndpoint");
        if (!endpoint.isMissingNode() && !endpoint.isNull() && !endpoint.isObject()) {
            throw new InvalidValueException(prefix + "CustomerEndpoint", "must be an object");
        }
        return new CallContext(text(contact.path("ContactId"), prefix + "ContactId"),
                text(endpoint.path("Address"), prefix + "CustomerEndpoint.Address"));
    }

    private static String text(JsonNode node, String field) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidValueException(field, "must be a string");
        }
        return node.asText();
    }
}
