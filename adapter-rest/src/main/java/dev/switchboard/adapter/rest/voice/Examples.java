package dev.switchboard.adapter.rest.voice;

/** The vendor's documented request bodies, shown as examples in the OpenAPI description. */
final class Examples {

    static final String START = """
            {
              "userId": "+14089178877",
              "agentId": "beth.anglin",
              "callerPhoneNumber": "+14089178878",
              "clientSessionId": "f8453abb-a33d-45b7-bf01-52b7a821e99z"
            }""";

    static final String MESSAGES = """
            [
              {
                "isEvent": false,
                "isInternalMessage": false,
                "beginOffsetMillis": 10000,
                "content": "This is John. How can I help you?",
                "endOffsetMillis": 15000,
                "id": "954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8",
                "participantId": "AGENT",
                "sentiment": "NEUTRAL",
                "attributes": [{"key": "key1", "value": "value1"}]
              }
            ]""";

    static final String TRANSCRIPT = """
            {
              "interactionId": "e67a6c30c7233010967a34c91dc26068",
              "source": "Amazon Connect",
              "conversationStarted": "2021-08-06 15:07:51",
              "transcript": [
                {
                  "beginOffsetMillis": 100000,
                  "content": "This is John. How can I help you?",
                  "endOffsetMillis": 150000,
                  "id": "954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8",
                  "participantId": "AGENT",
                  "sentiment": "NEUTRAL"
                }
              ]
            }""";

    static final String CLOSE = """
            {
              "state": "closed_complete",
              "recordingURL": "https://zoom_instance/rec/QbF7XmPFHPlX1LG"
            }""";

    private Examples() {
    }
}
