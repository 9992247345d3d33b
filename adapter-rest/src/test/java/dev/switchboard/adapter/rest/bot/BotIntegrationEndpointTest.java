package dev.switchboard.adapter.rest.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.BotExamples;
import dev.switchboard.adapter.rest.HttpCall;
import dev.switchboard.adapter.rest.HttpCall.Response;
import dev.switchboard.adapter.rest.HttpCall.User;
import dev.switchboard.application.port.in.SendBotMessageUseCase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The endpoint's door: media types, methods, credentials and channels, and every seed example read as printed. */
@MicronautTest
class BotIntegrationEndpointTest {

    static final String PATH = "/api/sn_va_as_service/bot/integration";
    static final String CLEAN = "{\"requestId\":\"r-1\",\"userId\":\"beth\",\"message\":{\"text\":\"hi\",\"typed\":true}}";
    static final User BOT = new User("bot", "integration-secret");
    static final User LIVE_AGENT = new User("beth.anglin", "integration-secret");

    @Inject
    EmbeddedServer server;

    private HttpCall post() {
        return HttpCall.to(server.getURL()).post(PATH);
    }

    private SendBotMessageUseCase.Command lastCommand() {
        return RecordingBotIntegration.SENT.get(RecordingBotIntegration.SENT.size() - 1);
    }

    @Test
    void aSynchronousChannelGetsTheReplyAsTheResponse() {
        Response response = post().header("token", "T1").json(CLEAN).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().get("requestId").asText()).isEqualTo("r-1");
        assertThat(response.json().get("body").get(0).get("value").asText()).isEqualTo("channel sync-test");
        assertThat(lastCommand().request().key().channel()).isEqualTo("sync-test");
    }

    @Test
    void anAsynchronousChannelGetsSuccessAtOnce() {
        Response response = post().header("token", "T2").json(CLEAN).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"success\"}");
        assertThat(lastCommand().request().key().channel()).isEqualTo("async-test");
    }

    @Test
    void basicUsersWithTheBotRoleOrAdminAreServedByTheBasicAuthChannel() {
        assertThat(post().as(BOT).json(CLEAN).send().status()).isEqualTo(200);
        assertThat(lastCommand().request().key().channel()).isEqualTo("sync-test");
        assertThat(post().as(HttpCall.ADMIN).json(CLEAN).send().status()).isEqualTo(200);
    }

    @Test
    void noCredentialsOrAWrongTokenIs401AndAnotherRoleIs403() {
        Response anonymous = post().json(CLEAN).send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("status").asText()).isEqualTo("failure");
        assertThat(post().header("token", "T3").json(CLEAN).send().status()).isEqualTo(401);
        assertThat(post().as(HttpCall.INTEGRATION).json(CLEAN).send().status()).isEqualTo(403);
        assertThat(post().as(LIVE_AGENT).json(CLEAN).send().status()).isEqualTo(403);
    }

    @Test
    void onlyJsonIsAcceptedAndProduced() {
        Response xml = post().header("token", "T1").contentType("application/xml").body("<a/>").send();
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.json().get("error").get("message").asText()).isNotBlank();

        Response acceptXml = post().header("token", "T1").accept("application/xml").json(CLEAN).send();
        assertThat(acceptXml.status()).isEqualTo(406);
        // The envelope comes in the type the client accepts, as every error of the service does.
        assertThat(acceptXml.body()).contains("<status>failure</status>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE"})
    void otherMethodsAre405InTheEnvelope(String method) {
        Response response = HttpCall.to(server.getURL()).method(method, PATH).header("token", "T1").send();

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().get("status").asText()).isEqualTo("failure");
    }

    @ParameterizedTest
    @EnumSource(BotExamples.class)
    void everySeedExampleIsReadAsPrinted(BotExamples example) {
        Response response = post().header("token", "T1").json(example.request()).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(lastCommand().request().requestId()).isEqualTo(response.json().get("requestId").asText());
    }

    @Test
    void theQuirksOfTheSeedAreRepaired() {
        post().header("token", "T1").json(BotExamples.END_VIRTUAL_AGENT.request()).send();
        assertThat(lastCommand().request().key().conversation()).isEqualTo("user:beth.anglin");

        post().header("token", "T1").json(BotExamples.AGENT_QUEUE.request()).send();
        assertThat(lastCommand().request().contextVariables()).containsEntry("b2b_category", "humanresource");

        post().header("token", "T1").json(BotExamples.NLU_SCORE.request()).send();
        assertThat(lastCommand().request().message().text()).isEqualTo("most popular choice");

        post().header("token", "T1").json(BotExamples.ATTACHMENT_VIDEO.request()).send();
        assertThat(lastCommand().request().key().conversation()).isEqualTo("session:U94CSJLEN");
        assertThat(lastCommand().request().message().attachments()).singleElement()
                .satisfies(attachment -> assertThat(attachment.contentType()).isEqualTo("video/mpeg"));
    }

    @Test
    void anEqualBodyHasAnEqualFingerprintAndAnotherBodyAnother() {
        post().header("token", "T1").json(CLEAN).send();
        String first = lastCommand().fingerprint();
        post().header("token", "T1").json(CLEAN).send();
        String again = lastCommand().fingerprint();
        post().header("token", "T1").json(CLEAN.replace("hi", "hola")).send();

        assertThat(again).isEqualTo(first);
        assertThat(lastCommand().fingerprint()).isNotEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{\"userId\":\"u\",\"message\":{\"text\":\"hi\",\"typed\":true}}|requestId",
        "{\"requestId\":\"r\",\"message\":{\"text\":\"hi\",\"typed\":true}}|userId",
        "{\"requestId\":\"r\",\"userId\":\"u\"}|message",
        "{\"requestId\":\"r\",\"userId\":\"u\",\"message\":{\"text\":\"hi\"}}|message.typed",
        "{\"requestId\":\"r\",\"userId\":\"u\",\"message\":{\"typed\":\"yes\"}}|message.typed",
        "{\"requestId\":\"r\",\"userId\":\"u\",\"action\":\"SWITCH\",\"message\":{\"typed\":true}}|intent.id",
        "{\"requestId\":\"r\",\"userId\":\"u\",\"action\":\"FAULT_CONVERSATION\",\"message\":{\"typed\":true}}|cause",
        "{\"requestId\":\"r\",\"userId\":\"u\",\"action\":\"DANCE\",\"message\":{\"typed\":true}}|action",
        "{\"requestId\":\"r\",\"userId\":\"u\",\"message\":{\"attachment\":{\"contentType\":\"image/gif\",\"url\":\"https://x/y.gif\"}}}|message.attachment.contentType",
        "{\"requestId\":\"r\",\"userId\":\"u\",\"message\":{\"attachment\":{\"contentType\":\"image/png\",\"url\":\"file:///etc/passwd\"}}}|message.attachment.url",
        "{\"requestId\":\"r\",\"userId\":\"u\",\"message\":{\"attachment\":[{\"contentType\":\"image/png\",\"url\":\"https://x\"},{\"contentType\":\"a/b\",\"url\":\"https://x\"}]}}|message.attachment[1].contentType",
        "{\"requestId\":\"r\",\"userId\":\"u\",\"message\":{\"typed\":true},\"contextVariables\":{\"q\":{}}}|contextVariables.q",
        "{\"requestId\":7,\"userId\":\"u\",\"message\":{\"typed\":true}}|requestId",
        "{\"requestId\":\"r\",\"userId\":\"u\",\"message\":{\"typed\":true},\"clientVariables\":{\"a\":[\"ok\",\"nul\\u0000\"]}}|clientVariables.a[1]",
        "{\"requestId\":\"r\",\"userId\":\"u\",\"message\":{\"typed\":true},\"contextVariables\":{\"q\":\"\\ud800\"}}|contextVariables.q",
        "{\"requestId\":\"r\",\"userId\":\"u\",\"message\":{\"typed\":true,\"extra\":\"\\u0007\"}}|message.extra",
    })
    void invalidRequestsAre400NamingTheField(String testCase) {
        String[] parts = testCase.split("\\|");
        int before = RecordingBotIntegration.SENT.size();

        Response response = post().header("token", "T1").json(parts[0]).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("'" + parts[1] + "'");
        assertThat(RecordingBotIntegration.SENT).hasSize(before);
    }

    @Test
    void aBodyOverTheEndpointsLimitIs413AndReachesNoUseCase() {
        int before = RecordingBotIntegration.SENT.size();
        String large = CLEAN.replace("\"hi\"", "\"" + "x".repeat(70_000) + "\"");

        Response response = post().header("token", "T1").json(large).send();

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.errorMessage()).contains("at most 65536");
        assertThat(RecordingBotIntegration.SENT).hasSize(before);
    }

    @Test
    void aLiveAgentsMessageIsCheckedBeforeItReachesTheUseCase() {
        String path = "/api/switchboard/v1/live-agent/conversations/0123456789abcdef0123456789abcdef/messages";
        Response tooLong = HttpCall.to(server.getURL()).post(path).as(LIVE_AGENT)
                .json("{\"text\":\"" + "x".repeat(LiveAgentController.MAX_TEXT + 1) + "\"}").send();
        Response control = HttpCall.to(server.getURL()).post(path).as(LIVE_AGENT).json("{\"text\":\"a\\u0000\"}").send();
        Response unknown = HttpCall.to(server.getURL()).post(path).as(LIVE_AGENT).json("{\"text\":\"hello\"}").send();
        Response badId = HttpCall.to(server.getURL()).post("/api/switchboard/v1/live-agent/conversations/nope/messages")
                .as(LIVE_AGENT).json("{\"text\":\"hello\"}").send();

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorMessage()).contains("'text'");
        assertThat(control.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(HttpCall.to(server.getURL()).post(path).as(BOT).json("{\"text\":\"hi\"}").send().status())
                .isEqualTo(403);
    }

    @Test
    void malformedJsonIs400SayingWhere() {
        Response response = post().header("token", "T1").json("{\"requestId\": \"r\",\n \"userId\": }").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("line 2");
    }
}
