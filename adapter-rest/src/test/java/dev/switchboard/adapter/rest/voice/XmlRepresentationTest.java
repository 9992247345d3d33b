package dev.switchboard.adapter.rest.voice;

import static dev.switchboard.adapter.rest.HttpCall.INTEGRATION;
import static dev.switchboard.adapter.rest.HttpCall.READER;
import static dev.switchboard.adapter.rest.VoiceApi.V1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.VoiceApi;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * XML in and out, for every endpoint: requests with Content-Type application/xml, answers as
 * {@code <response><result>…</result></response>} when Accept asks for XML.
 */
@MicronautTest
class XmlRepresentationTest {

    private static final String XML = "application/xml";

    private static final String MESSAGES = """
            <messages>
              <message>
                <participantId>AGENT</participantId>
                <content>This is John. How can I help you?</content>
                <beginOffsetMillis>10000</beginOffsetMillis>
                <endOffsetMillis>15000</endOffsetMillis>
                <isInternalMessage>false</isInternalMessage>
                <id>954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8</id>
                <sentiment>NEUTRAL</sentiment>
                <loudnessScore>0.5</loudnessScore>
                <attributes>
                  <attribute><key>key1</key><value>value1</value></attribute>
                  <attribute><key>key2</key><value>value2</value></attribute>
                </attributes>
              </message>
              <message>
                <participantId>CUSTOMER</participantId>
                <content>Uh, yes, John.</content>
                <beginOffsetMillis>20000</beginOffsetMillis>
                <endOffsetMillis>25000</endOffsetMillis>
                <sentiment>NEGATIVE</sentiment>
              </message>
            </messages>""";

    @Inject
    EmbeddedServer server;

    @Inject
    ScriptedIdGenerator ids;

    VoiceApi api;

    @BeforeEach
    void setUp() {
        api = new VoiceApi(server);
    }

    @Test
    void startsAnInteraction() {
        ids.thenReturn("4462cb4753751110b6e8ddeeff7b12ca");

        Response response = api.call().post(V1).as(INTEGRATION).accept(XML).xml("""
                <request>
                  <userId>+14089178877</userId>
                  <agentId>beth.anglin</agentId>
                  <callerPhoneNumber>+14089178878</callerPhoneNumber>
                  <clientSessionId>f8453abb-a33d-45b7-bf01-52b7a821e99z</clientSessionId>
                </request>""").send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(XML);
        assertThat(response.body()).isEqualTo(
                "<response><result><interactionId>4462cb4753751110b6e8ddeeff7b12ca</interactionId></result></response>");
        assertThat(api.interaction("4462cb4753751110b6e8ddeeff7b12ca").get("agentId").asText()).isEqualTo("beth.anglin");
    }

    @Test
    void createsAConversation() {
        String id = api.start();

        Response response = api.call().post(V1 + "/" + id + "/conversation").as(INTEGRATION).accept(XML)
                .xml("<request><userId>+14089178877</userId><inboundId>connect-app</inboundId></request>").send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).matches("<response><result>[0-9a-f]{32}</result></response>");
    }

    @Test
    void addsMessagesAndListsThemBack() {
        String id = api.start();

        Response response = api.call().post(V1 + "/" + id + "/messages").as(INTEGRATION).accept(XML)
                .xml(MESSAGES).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).matches("<response><result>Voice conversation transcript has been successfully "
                + "saved\\. Conversation id: [0-9a-f]{32}</result></response>");

        Response listed = api.call().get(V1 + "/" + id + "/messages").as(READER).accept(XML).send();
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.contentType()).startsWith(XML);
        assertThat(listed.body()).startsWith("<response><result><message><sys_id>")
                .contains("<attributes><attribute><key>key1</key><value>value1</value></attribute>"
                        + "<attribute><key>key2</key><value>value2</value></attribute></attributes>")
                .contains("<loudnessScore>0.5</loudnessScore>")
                .endsWith("</message></result></response>");
        JsonNode messages = listed.xml().get("result").get("message");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(1).get("content").asText()).isEqualTo("Uh, yes, John.");
        assertThat(messages.get(1).get("sentiment").asText()).isEqualTo("negative");

        JsonNode asJson = api.messages(id);
        assertThat(asJson.get(0).get("attributes").toString())
                .isEqualTo("[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"}]");
    }

    @Test
    void savesATranscript() {
        String id = api.start();

        Response response = api.call().post(V1 + "/transcript").as(INTEGRATION).accept(XML).xml("""
                <request>
                  <interactionId>%s</interactionId>
                  <source>Amazon Connect</source>
                  <conversationStarted>2021-08-06 15:07:51</conversationStarted>
                  <transcript>
                    <message>
                      <participantId>AGENT</participantId>
                      <content>This is John. How can I help you?</content>
                      <beginOffsetMillis>100000</beginOffsetMillis>
                      <endOffsetMillis>150000</endOffsetMillis>
                      <isEvent>false</isEvent>
                    </message>
                  </transcript>
                </request>""".formatted(id)).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).contains("Conversation id: ");
        assertThat(api.messages(id)).hasSize(1);
    }

    @Test
    void endsAnInteraction() {
        String id = api.start();

        Response response = api.call().patch(V1 + "/" + id + "/state").as(INTEGRATION).accept(XML)
                .xml("<request><state>closed_complete</state><recordingURL>https://zoom_instance/rec/1</recordingURL></request>")
                .send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("<response><result>Success</result></response>");
    }

    @Test
    void readsAnInteraction() {
        String id = api.start();

        Response response = api.call().get(V1 + "/" + id).as(READER).accept("text/xml").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/xml");
        assertThat(response.body()).startsWith("<response><result><interactionId>" + id + "</interactionId><state>new</state>")
                .contains("<agentId/>");
    }

    @Test
    void textXmlIsAcceptedForRequestsToo() {
        Response response = api.call().post(V1).as(INTEGRATION).contentType("text/xml")
                .body("<request><userId>+14089178877</userId></request>").send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).as("JSON unless XML is asked for").startsWith("application/json");
    }

    @Test
    void jsonRequestWithXmlPreferredByQuality() {
        Response response = api.call().post(V1).as(INTEGRATION)
                .accept("application/json;q=0.5, application/xml").json(VoiceApi.startBody("q")).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(XML);
    }

    @Test
    void errorsAreXmlWhenXmlIsAccepted() {
        Response response = api.call().post(V1).as(INTEGRATION).accept(XML).xml("<request><agentId>a</agentId></request>")
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(XML);
        assertThat(response.body()).isEqualTo("<response><error><message>Invalid value for 'userId': is required"
                + "</message><detail>Check the field 'userId' (POST " + V1 + ")</detail></error>"
                + "<status>failure</status></response>");
    }

    @Test
    void xmlErrorNamesTheFieldInsideTheList() {
        String id = api.start();

        Response response = api.call().post(V1 + "/" + id + "/messages").as(INTEGRATION).accept(XML)
                .xml(MESSAGES.replace("<participantId>CUSTOMER</participantId>", "<participantId>BOT</participantId>"))
                .send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.xml().get("error").get("message").asText())
                .startsWith("Invalid value for 'messages[1].participantId'");
        assertThat(api.messages(id)).isEmpty();
    }
}
