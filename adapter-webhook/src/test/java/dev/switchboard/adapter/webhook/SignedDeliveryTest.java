package dev.switchboard.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.bot.BodyElement;
import dev.switchboard.domain.bot.BotReply;
import dev.switchboard.domain.shared.Fields;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reply reaches the receiver as a Standard Webhooks message: signed, timestamped, its fields as JSON. */
class SignedDeliveryTest {

    @Test
    void aReplyArrivesSignedWithTheStandardWebhooksHeaders() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (Receiver receiver = Receiver.ok();
             WebhookBotReplies replies = Replies.to(receiver, listener)) {
            replies.deliver(Replies.session("s-1"), Replies.reply("r-1", "s-1"));

            Receiver.Arrival arrival = receiver.next();
            assertThat(arrival.signedCorrectly()).isTrue();
            assertThat(arrival.webhookId()).matches("msg_[0-9A-HJKMNP-TV-Z]{26}");
            assertThat(arrival.secondsOld()).isBetween(-5L, 5L);
            assertThat(arrival.signature()).startsWith("v1,");
            assertThat(arrival.contentType()).isEqualTo("application/json");
            assertThat(arrival.userAgent()).contains("Switchboard");
            assertThat(listener.nextSettled().attempts()).isEqualTo(1);
        }
    }

    @Test
    void theBodyIsTheRepliesFieldsInOrderWithWholeNumbersNullsAndNesting() throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("queue", "billing");
        variables.put("nothing", null);
        variables.put("numbers", List.of(1, 2.5, "three"));
        variables.put("nested", Map.of("deep", true));
        BotReply reply = new BotReply("r-2", "s-2", "now-1", Fields.of(Map.of("text", "hi")), "user-1",
                List.of(BodyElement.of(Map.of("uiType", "OutputText", "value", "Hello"))),
                false, true, false, 0.75, Fields.of(variables));

        try (Receiver receiver = Receiver.ok();
             WebhookBotReplies replies = Replies.to(receiver, new RecordingListener())) {
            replies.deliver(Replies.session("s-2"), reply);

            assertThat(receiver.next().body()).isEqualTo("{\"requestId\":\"r-2\",\"clientSessionId\":\"s-2\","
                    + "\"nowSessionId\":\"now-1\",\"message\":{\"text\":\"hi\"},\"userId\":\"user-1\","
                    + "\"body\":[{\"uiType\":\"OutputText\",\"group\":\"DefaultText\",\"value\":\"Hello\"}],"
                    + "\"completed\":true,\"score\":0.75,\"clientVariables\":{\"queue\":\"billing\",\"nothing\":null,"
                    + "\"numbers\":[1,2.5,\"three\"],\"nested\":{\"deep\":true}}}");
        }
    }

    @Test
    void aWholeScoreIsWrittenAsAnInteger() throws Exception {
        try (Receiver receiver = Receiver.ok();
             WebhookBotReplies replies = Replies.to(receiver, new RecordingListener())) {
            replies.deliver(Replies.session("s-3"), Replies.reply("r-3", "s-3"));

            assertThat(receiver.next().body()).containsPattern("\"score\":1[,}]").doesNotContain("1.0");
        }
    }

    @Test
    void aNumberJsonCannotHoldIsRefusedOnTheCallersThread() throws Exception {
        BotReply reply = new BotReply("r-4", "s-4", null, Fields.empty(), "user-1", List.of(), false, false, false, 0,
                Fields.of(Map.of("ratio", Double.NaN)));
        try (Receiver receiver = Receiver.ok();
             WebhookBotReplies replies = Replies.to(receiver, new RecordingListener())) {
            assertThatThrownBy(() -> replies.deliver(Replies.session("s-4"), reply))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        }
    }

    @Test
    void everyMessageHasItsOwnId() throws Exception {
        try (Receiver receiver = Receiver.ok();
             WebhookBotReplies replies = Replies.to(receiver, new RecordingListener())) {
            for (int i = 0; i < 5; i++) {
                replies.deliver(Replies.session("s-" + i), Replies.reply("r-" + i, "s-" + i));
            }

            String[] ids = new String[5];
            for (int i = 0; i < 5; i++) {
                ids[i] = receiver.next().webhookId();
            }
            assertThat(Arrays.stream(ids).distinct()).hasSize(5);
        }
    }
}
