package dev.switchboard.adapter.rest.facade;

/**
 * The requests printed in the vendor's VoiceTranscriptObject documentation (seed
 * voice-transcript-object-scriptable-api.txt), with their quirks. Where the seed builds a JavaScript object and
 * passes {@code JSON.stringify(request)}, the constant is the string JSON.stringify produces: compact, keys in
 * the order written.
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
     * end in a space, which a text block drops; it is insignificant JSON whitespace.)
     */
    static final String AMAZON_CONNECT_CONVERSATION_CLIENT_SESSION_ID = "bgr09b5a-7308-47b2-jy97-737de9f45d19";
    static final String AMAZON_CONNECT_CONVERSATION = """
            {
              "interactionId":"bgr09b5a-7308-47b2-jy97-737de9f45d19",
              "source":"AmazonConnect",
              "conversationStarted":"2021-08-06 15:07:51",
              "transcript":[
                {
                  "isEvent":"False",
                  "isInternalMessage":"False",
                  "beginOffsetMillis":2650,
                  "content":"This is John. How can I help you? Yeah,",
                  "endOffsetMillis":9380,
                  "id":"954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8",
                  "participantId":"AGENT",
                  "Sentiment":"NEUTRAL",
                  "loudnessScore":"null,null",
                  "attributes": [{
                    "key":"key1",
                    "value":"value1"
                  },{
                    "key":"key2",
                    "value":"value2"
                  }]
                },
                {
                  "isEvent":"False",
                  "isInternalMessage":"False",
                  "beginOffsetMillis":9120,
                  "content":"Uh, yes, John. I'm a little very frustrated right now.",
                  "endOffsetMillis":22900,
                  "id":"18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f",
                  "participantId":"CUSTOMER",
                  "sentiment":"NEGATIVE",
                  "loudnessScore":"null,null",
                  "attributes": [{
                    "key":"key1",
                    "value":"value1"
                  },{
                    "key":"key2",
                    "value":"value2"
                  } ]
                },
                {
                  "isEvent":"True",
                  "isInternalMessage":"True",
                  "beginOffsetMillis":23590,
                  "content":"Agent asked for help in chat",
                  "endOffsetMillis":30610,
                  "id":"ab09b3b6-23fd-4e41-be05-6b2b53c19059",
                  "participantId":"CUSTOMER",
                  "sentiment":"NEUTRAL",
                  "loudnessScore":"null,null,null,null",
                  "attributes": []
                }
              ]
            }
            """;

    /** saveVoiceConversationTranscript on interaction e67a6c30…; the seed prints conversation 9c573169…. */
    static final String TRANSCRIPT_INTERACTION_ID = "e67a6c30c7233010967a34c91dc26068";
    static final String TRANSCRIPT_CONVERSATION_ID = "9c573169c611228700193229fff72400";

    /**
     * The saveVoiceConversationTranscript example, verbatim: JavaScript and Java share this string syntax. Five
     * messages; the second and third share a source id and offsets, as do the fourth and fifth, and the fourth
     * sends "false" in lowercase.
     */
    static final String VOICE_CONVERSATION_JSON = "{\n" +
            "   \"interactionId\":\"e67a6c30c7233010967a34c91dc26068\",\n" +
            "   \"source\":\"AmazonConnect\",\n" +
            "   \"conversationStarted\":\"2021-08-06 15:07:51\",\n" +
            "   \"transcript\":[\n" +
            "      {\n" +
            "         \"isEvent\":\"False\",\n" +
            "         \"isInternalMessage\":\"False\",\n" +
            "         \"beginOffsetMillis\":2650,\n" +
            "         \"content\":\"This is John. How can I help you? Yeah,\",\n" +
            "         \"endOffsetMillis\":9380,\n" +
            "         \"id\":\"954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8\",\n" +
            "         \"participantId\":\"AGENT\",\n" +
            "         \"sentiment\":\"NEUTRAL\",\n" +
            "         \"loudnessScore\":\"null,null\",\n" +
            "         \"attributes\": [{\n" +
            "           \"key\":\"key1\",\n" +
            "           \"value\":\"value1\"\n" +
            "         },{\n" +
            "           \"key\":\"key2\",\n" +
            "           \"value\":\"value2\"\n" +
            "         }\n" +
            " ]\n" +
            "      },\n" +
            "      {\n" +
            "         \"isEvent\":\"False\",\n" +
            "         \"isInternalMessage\":\"False\",\n" +
            "         \"beginOffsetMillis\":9120,\n" +
            "         \"content\":\"Uh, yes, John. I'm a little frustrated right now.\",\n" +
            "         \"endOffsetMillis\":22900,\n" +
            "         \"id\":\"18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f\",\n" +
            "         \"participantId\":\"CUSTOMER\",\n" +
            "         \"sentiment\":\"NEGATIVE\",\n" +
            "         \"loudnessScore\":\"null,null\",\n" +
            "         \"attributes\": [{\n" +
            "           \"key\":\"key1\",\n" +
            "           \"value\":\"value1\"\n" +
            "         },{\n" +
            "           \"key\":\"key2\",\n" +
            "           \"value\":\"value2\"\n" +
            "         }\n" +
            " ]\n" +
            "      },\n" +
            "      {\n" +
            "         \"isEvent\":\"False\",\n" +
            "         \"isInternalMessage\":\"False\",\n" +
            "         \"beginOffsetMillis\":9120,\n" +
            "         \"content\":\"I am sorry to hear that\",\n" +
            "         \"endOffsetMillis\":22900,\n" +
            "         \"id\":\"18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f\",\n" +
            "         \"participantId\":\"AGENT\",\n" +
            "         \"sentiment\":\"NEGATIVE\",\n" +
            "         \"loudnessScore\":\"null,null\",\n" +
            "         \"attributes\": [{\n" +
            "           \"key\":\"key1\",\n" +
            "           \"value\":\"value1\"\n" +
            "         },{\n" +
            "           \"key\":\"key2\",\n" +
            "           \"value\":\"value2\"\n" +
            "         }\n" +
            " ]\n" +
            "      },\n" +
            "      {\n" +
            "         \"isEvent\":\"false\",\n" +
            "         \"isInternalMessage\":\"false\",\n" +
            "         \"beginOffsetMillis\":23590,\n" +
            "         \"content\":\"I am having problems with my computer\",\n" +
            "         \"endOffsetMillis\":30610,\n" +
            "         \"id\":\"ab09b3b6-23fd-4e41-be05-6b2b53c19059\",\n" +
            "         \"participantId\":\"CUSTOMER\",\n" +
            "         \"sentiment\":\"NEUTRAL\",\n" +
            "  \"loudnessScore\":\"null,null,null,null\",\n" +
            "         \"attributes\": [\n" +
            "  ]\n" +
            "      },\n" +
            "      {\n" +
            "         \"isEvent\":\"True\",\n" +
            "         \"isInternalMessage\":\"True\",\n" +
            "         \"beginOffsetMillis\":23590,\n" +
            "         \"content\":\"Agent asked for help in chat\",\n" +
            "         \"endOffsetMillis\":30610,\n" +
            "         \"id\":\"ab09b3b6-23fd-4e41-be05-6b2b53c19059\",\n" +
            "         \"participantId\":\"CUSTOMER\",\n" +
            "         \"sentiment\":\"NEUTRAL\",\n" +
            "  \"loudnessScore\":\"null,null,null,null\",\n" +
            "         \"attributes\": [\n" +
            "  ]\n" +
            "      }\n" +
            "   ]\n" +
            "}\n";
}
