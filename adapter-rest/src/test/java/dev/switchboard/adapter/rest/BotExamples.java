package dev.switchboard.adapter.rest;

/**
 * The thirteen request examples of seeds/va-bot-integration-api.txt, cut out of the document as printed into
 * {@code src/test/resources/vendor-examples/bot/} (the text between {@code --data "} and the closing quote), with
 * the response body the document shows for each: {@code //} comments, U+202F indentation, an unquoted emailId and
 * seconds for timestamps included.
 */
public enum BotExamples {
    START_CONVERSATION("start-conversation"),
    AGENT_UTTERANCE("agent-utterance"),
    AGENT_CHOICE("agent-choice"),
    END_VIRTUAL_AGENT("end-virtual-agent"),
    END_LIVE_AGENT("end-live-agent"),
    HOLA("hola"),
    CHOA("choa"),
    SWITCH("switch"),
    NLU_SCORE("nlu-score"),
    AGENT_QUEUE("agent-queue"),
    ATTACHMENT_PDF("attachment-pdf"),
    ATTACHMENT_VIDEO("attachment-video"),
    ATTACHMENT_JPEG("attachment-jpeg");

    private final String name;

    BotExamples(String name) {
        this.name = name;
    }

    public String request() {
        return VendorExamples.body("bot/" + name + ".request.json");
    }

    /** The response body the document prints, which is what the virtual agent sends to the response endpoint. */
    public String documentedResponse() {
        return VendorExamples.body("bot/" + name + ".response.json");
    }
}
