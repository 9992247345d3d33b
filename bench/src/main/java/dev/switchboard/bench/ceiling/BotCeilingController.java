package dev.switchboard.bench.ceiling;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * {@code POST /api/sn_va_as_service/bot/integration} answered with a virtual agent's greeting of the service's shape
 * and size, without parsing the request, running an agent or storing a session: the request's id is cut out of the
 * text and echoed, as the service echoes it. Like the service's controller it takes the body as text and runs on
 * the blocking executor; the caller is authenticated by its {@code token} header ({@link ChannelTokenFetcher}).
 */
@Controller("/api/sn_va_as_service/bot/integration")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BotCeilingController {

    private static final String REQUEST_ID = "\"requestId\":\"";
    /** The service's reply to "hi" on a synchronous channel, with its per-request values cut out. */
    private static final String[] REPLY = {
        "{\"requestId\":\"",
        "\",\"nowSessionId\":\"83e83da41bb5227ceab015631b885aab\","
            + "\"message\":{\"text\":\"hi\",\"typed\":true},\"userId\":\"",
        "\",\"body\":[{\"uiType\":\"OutputText\",\"group\":\"DefaultText\",\"value\":\"Hi, I'm your Virtual Agent. "
            + "Let me know how I can help you today.\",\"maskType\":\"NONE\"},{\"uiType\":\"TopicPickerControl\",\"gr"
            + "oup\":\"DefaultPicker\",\"nluTextEnabled\":false,\"promptMsg\":\"Hi guest, please enter your request"
            + " or make a selection of what I can help with. You can type help any time when you need help."
            + "\",\"label\":\"Show me everything\",\"options\":[{\"label\":\"Live Agent Support.\",\"value\":\"ce2ee85053"
            + "130010cf8cddeeff7b12bf\",\"enabled\":true},{\"label\":\"Virtual Agent Capabilities.\",\"value\":\"0c2b"
            + "4e5f53130010cf8cddeeff7b12c0\",\"enabled\":true},{\"label\":\"Saloon Vehicle\",\"value\":\"a9d3c1e2db8"
            + "12010d3d6d9595e9619a1\",\"enabled\":true},{\"label\":\"Vehicle Model\",\"value\":\"8373e55cdb812010824"
            + "9f7541d96196d\",\"enabled\":true},{\"label\":\"Test File upload\",\"value\":\"76c1f4b2db7520108249f754"
            + "1d9619a7\",\"enabled\":true}]}],\"score\":1}",
    };

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    String integrate(@Body String body) {
        return REPLY[0] + field(body, REQUEST_ID) + REPLY[1] + field(body, "\"userId\":\"") + REPLY[2];
    }

    /** The text of a string field as the harness writes it (no spaces, no escapes), or "" when absent. */
    private static String field(String body, String prefix) {
        int start = body.indexOf(prefix);
        if (start < 0) {
            return "";
        }
        start += prefix.length();
        int end = body.indexOf('"', start);
        return end < 0 ? "" : body.substring(start, end);
    }
}
