package dev.switchboard.adapter.rest.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.rest.BotExamples;
import dev.switchboard.adapter.rest.HttpCall;
import dev.switchboard.adapter.rest.HttpCall.Response;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** With {@code switchboard.bot.compatibility-mode: false} each quirk of the seed's examples is a 400 saying where. */
@MicronautTest
@Property(name = "switchboard.bot.compatibility-mode", value = "false")
class StrictBotModeTest {

    @Inject
    EmbeddedServer server;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "AGENT_QUEUE       | line 2",
        "NLU_SCORE         | line 2",
        "END_VIRTUAL_AGENT | line 14",
        "START_CONVERSATION| 'clientSessionId'",
        "ATTACHMENT_PDF    | clientSessionId absent, seconds absent: accepted",
    })
    void eachQuirkIsRefusedSayingWhere(String example, String where) {
        String body = BotExamples.valueOf(example.strip()).request();
        Response response = HttpCall.to(server.getURL()).post(BotIntegrationEndpointTest.PATH).header("token", "T1")
                .json(body).send();

        if (where.contains("accepted")) {
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            return;
        }
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorMessage()).contains(where.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"timestamp\":1588824102                                  | 'timestamp'",
        "\"message\":{\"attachment\":[{\"contentType\":\"text/plain\",\"url\":\"https://x\"}]} | 'message.attachment'",
    })
    void secondsAndAttachmentListsAreRefused(String field, String named) {
        String body = "{\"requestId\":\"r\",\"userId\":\"u\"," + field.strip()
                + (field.contains("message") ? "" : ",\"message\":{\"typed\":true}") + "}";
        Response response = HttpCall.to(server.getURL()).post(BotIntegrationEndpointTest.PATH).header("token", "T1")
                .json(body).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorMessage()).contains(named.strip());
    }
}
