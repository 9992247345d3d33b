package dev.switchboard.adapter.rest.facade;

import static dev.switchboard.adapter.rest.VendorExamples.body;

/**
 * The requests printed in the vendor's VoiceTranscriptObject documentation (seed
 * voice-transcript-object-scriptable-api.txt), with their quirks. Where the seed builds a JavaScript object and
 * passes {@code JSON.stringify(request)}, the constant is the string JSON.stringify produces: compact, keys in
 * the order written. The two long transcripts are files under {@code src/test/resources/vendor-examples/facade/}.
 */
final class VendorExamples {

    private VendorExamples() {
    }

    /** startVoiceInteraction: the seed prints {@code ea01113cb7f71110b6e8bc15ae11a950} as the new interaction's id. */
    static final String START_VOICE_INTERACTION = "{\"userId\":\"+14089178877\",\"callerPhoneNumber\":\"+14089178878\","
            + "\"clientSessionId\":\"f8453abb-a33d-45b7-bf01-52b7a821e99z\"}";
    static final String START_INTERACTION_ID = "ea01113cb7f71110b6e8bc15ae11a950";

    /** createConversation on interaction e0fc03d7…; the seed prints conversation 28435dbc…. */
    static final String CREATE_CONVERSATION = "{\"userId\":\"+14089178877\"}";
    static final String CREATE_CONVERSATION_INTERACTION_ID = "e0fc03d7b7a21110b6e8bc15ae11a96c";
    static final String CREATE_CONVERSATION_CONVERSATION_ID = "28435dbcb7f71110b6e8bc15ae11a972";

    /**
     * addVoiceInteractionMessage on interaction 1f4ed6fd…; the seed prints conversation ea01113c…a94d. Quirks:
     * booleans as the strings "False", and a second message that ends (25000) before it begins (200000).
     */
    static final String ADD_MESSAGES = "[{\"isEvent\":\"False\",\"isInternalMessage\":\"False\","
            + "\"beginOffsetMillis\":100000,\"content\":\"This is John. How can I help you?\",\"endOffsetMillis\":150000,"
            + "\"id\":\"954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8\",\"participantId\":\"AGENT\",\"sentiment\":\"NEUTRAL\"},"
            + "{\"isEvent\":\"False\",\"isInternalMessage\":\"False\",\"beginOffsetMillis\":200000,"
            + "\"content\":\"Uh, yes, John. Um, I'm a little very frustrated right now.\",\"endOffsetMillis\":25000,"
            + "\"id\":\"18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f\",\"participantId\":\"CUSTOMER\",\"sentiment\":\"NEGATIVE\"}]";
    static final String ADD_MESSAGES_INTERACTION_ID = "1f4ed6fdb7471110b6e8bc15ae11a971";
    static final String ADD_MESSAGES_CONVERSATION_ID = "ea01113cb7f71110b6e8bc15ae11a94d";

    /** endVoiceInteraction on interaction 1f4ed6fd… (the same interaction as the messages example). */
    static final String END_VOICE_INTERACTION = "{\"recordingURL\":\"https://servicenow.zoom.us/rec/QbF7XmPFHPlX1LG\"}";
    static final String END_INTERACTION_ID = "1f4ed6fdb7471110b6e8bc15ae11a971";

    /**
     * The Amazon Connect conversation shown as the saveVoiceConversationTranscript parameter. Its interactionId
     * is not a sys_id but Amazon Connect's contact id, i.e. the interaction's clientSessionId. Quirks: a
     * capitalised "Sentiment" key, "loudnessScore":"null,null", booleans as "False"/"True". (The seed's lines
     * end in a space, dropped here; it is insignificant JSON whitespace.)
     */
    static final String AMAZON_CONNECT_CONVERSATION_CLIENT_SESSION_ID = "bgr09b5a-7308-47b2-jy97-737de9f45d19";
    static final String AMAZON_CONNECT_CONVERSATION = body("facade/amazon-connect-conversation.json");

    /** saveVoiceConversationTranscript on interaction e67a6c30…; the seed prints conversation 9c573169…. */
    static final String TRANSCRIPT_INTERACTION_ID = "e67a6c30c7233010967a34c91dc26068";
    static final String TRANSCRIPT_CONVERSATION_ID = "9c573169c611228700193229fff72400";

    /**
     * The saveVoiceConversationTranscript example, verbatim (the seed writes it as a string literal). Five
     * messages; the second and third share a source id and offsets, as do the fourth and fifth, and the fourth
     * sends "false" in lowercase.
     */
    static final String VOICE_CONVERSATION_JSON = body("facade/voice-conversation.json");
}
