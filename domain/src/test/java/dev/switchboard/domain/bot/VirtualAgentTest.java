package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.Fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VirtualAgentTest {

    private static final SysId NOW_SESSION = SysId.of("00000000000000000000000000000001");
    private static final SysId NEXT_NOW_SESSION = SysId.of("00000000000000000000000000000002");

    private final VirtualAgent agent = new VirtualAgent(SampleScript.create());
    private final BotSession session = BotSession.begin(SysId.of("0000000000000000000000000000000a"),
            new SessionKey("web", "user:beth"), "beth", NOW_SESSION, Instant.EPOCH);

    @Test
    void startConversationGreetsAndOffersTheListedTopics() {
        BotReply reply = say(action(BotAction.START_CONVERSATION, ""));

        assertThat(texts(reply)).containsExactly("Hi!");
        BodyElement picker = reply.body().get(1);
        assertThat(picker.uiType()).isEqualTo(UiType.TopicPickerControl);
        assertThat(picker.fields().get("group")).isEqualTo("DefaultPicker");
        assertThat(optionValues(picker)).containsExactly(SampleScript.LIVE_AGENT.value(), SampleScript.LIMO.value(),
                SampleScript.MODEL.value());
        assertThat(reply.score()).isEqualTo(1.0);
        assertThat(reply.nowSessionId()).isEqualTo(NOW_SESSION.value());
    }

    @Test
    void aLanguageVariantOfHiGreetsToo() {
        assertThat(texts(say(message("Hola")))).containsExactly("Hi!");
    }

    @Test
    void byeAsksFirstAndTheChoiceEndsTheConversationWithANewNowSessionId() {
        BotReply asked = say(message("choa"));
        assertThat(asked.body()).extracting(BodyElement::uiType).containsExactly(UiType.Picker);
        assertThat(session.pending()).isEqualTo(Pending.END_CONFIRMATION);

        BotReply ended = say(chosen("1"));

        assertThat(texts(ended)).containsExactly("Ended.");
        assertThat(ended.completed()).isTrue();
        assertThat(ended.nowSessionId()).isEqualTo(NOW_SESSION.value());
        assertThat(session.nowSessionId()).isEqualTo(NEXT_NOW_SESSION);
    }

    @Test
    void cancellingTheByePickerCarriesOn() {
        say(message("bye"));

        BotReply carried = say(chosen("0"));

        assertThat(texts(carried)).containsExactly("OK.");
        assertThat(carried.completed()).isFalse();
        assertThat(session.pending()).isEqualTo(Pending.NOTHING);
    }

    @Test
    void theAgentUtteranceAsksWhichAndTheChoiceHandsOff() {
        BotReply asked = say(message("agent"));
        assertThat(optionValues(asked.body().get(0))).containsExactly("Live Agent Support.", "-1");
        assertThat(asked.agentChat()).isFalse();

        BotReply handedOff = say(chosen("Live Agent Support."));

        assertThat(texts(handedOff)).containsExactly("Please stand by.");
        assertThat(handedOff.agentChat()).isTrue();
        assertThat(session.agentState()).isEqualTo(AgentState.WAITING);
        assertThat(session.queue()).contains("general");
    }

    @Test
    void theAgentActionRoutesByContextVariablesWithASpinnerWhereTheQueueHasAWaitTime() {
        BotReply reply = say(request(Optional.of(BotAction.AGENT), "How are you?", Map.of("b2b_category", "hr")));

        assertThat(reply.agentChat()).isTrue();
        assertThat(session.queue()).contains("hr");
        BodyElement spinner = reply.body().get(1);
        assertThat(spinner.fields().asMap()).containsEntry("actionType", "StartSpinner")
                .containsEntry("waitTime", "8 Seconds");
    }

    @Test
    void theAgentActionWithoutAMatchingQueueReadsTheTextAsAMessage() {
        BotReply reply = say(request(Optional.of(BotAction.AGENT), "How are you?",
                Map.of("b2b_category", "humanresource")));

        assertThat(texts(reply)).containsExactly("Sorry?");
        assertThat(reply.score()).isZero();
        assertThat(reply.agentChat()).isFalse();
    }

    @Test
    void switchStartsATopicByNameOrIdAndAnUnknownOneIsRefused() {
        BotReply byName = say(switchTo("saloon vehicle"));
        assertThat(byName.body()).extracting(element -> element.fields().get("label")).containsExactly("limo input:");
        assertThat(session.pending()).isEqualTo(Pending.TOPIC_INPUT);

        BotReply byId = say(switchTo(SampleScript.MODEL.value()));
        assertThat(byId.body()).extracting(element -> element.fields().get("label")).containsExactly("model input:");

        assertThatThrownBy(() -> say(switchTo("No such topic")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("intent.id");
    }

    @Test
    void anAnswerToAnInputStepContinuesTheTopic() {
        say(switchTo("Saloon Vehicle"));

        BotReply reply = say(message("a black one"));

        assertThat(texts(reply)).containsExactly("Noted.");
        assertThat(session.pending()).isEqualTo(Pending.NOTHING);
    }

    @Test
    void theClassifierStartsATopicWithItsConfidenceAsScore() {
        BotReply reply = say(message("most popular choice"));

        assertThat(reply.body()).extracting(element -> element.fields().get("label")).containsExactly("model input:");
        assertThat(reply.score()).isGreaterThanOrEqualTo(0.45).isLessThan(1.0);
    }

    @Test
    void theFallbackScoresZeroAndRepeatedFallbacksHandControlBack() {
        BotReply first = say(message("How are you?"));
        assertThat(texts(first)).containsExactly("Sorry?");
        assertThat(first.score()).isZero();
        assertThat(first.takeControl()).isFalse();

        BotReply second = say(message("What's the weather?"));

        assertThat(second.takeControl()).isTrue();
        say(message("hi"));
        assertThat(session.consecutiveFallbacks()).isZero();
    }

    @Test
    void anAttachmentOutOfTheBlueGoesToTheTopicThatTakesAttachments() {
        BotRequest request = new BotRequest("r1", "beth", session.key(), "", Optional.empty(),
                new UserMessage(null, null, null, List.of(new Attachment("a1", "APPLICATION/PDF", "f.pdf",
                        "https://example.com/f.pdf"))), Fields.empty(), Optional.empty(), Optional.empty(), null,
                Map.of(), Fields.empty());

        BotReply reply = say(request);

        assertThat(texts(reply)).containsExactly("File got");
        assertThat(reply.completed()).isTrue();
    }

    @Test
    void endConversationEchoesTheMessageWithoutItsText() {
        BotRequest end = action(BotAction.END_CONVERSATION, "b2b topic");

        BotReply reply = say(end);

        assertThat(reply.message().get("text")).isEqualTo("");
        assertThat(reply.completed()).isTrue();
        assertThat(texts(reply)).containsExactly("Ended.");
    }

    @Test
    void typingIndicatorsFrameTheBodyWhenTheChannelWantsThem() {
        BotReply reply = agent.respond(session, message("hi"), NEXT_NOW_SESSION, true);

        assertThat(reply.body().get(0).fields().get("actionType")).isEqualTo("StartTypingIndicator");
        assertThat(reply.body().get(reply.body().size() - 1).fields().get("actionType")).isEqualTo("EndTypingIndicator");
    }

    @Test
    void silentIsStickyUntilSentFalse() {
        say(withSilent(true));
        say(withSilent(null));
        assertThat(session.silent()).isTrue();

        say(withSilent(false));

        assertThat(session.silent()).isFalse();
    }

    @Test
    void whileALiveAgentHasTheConversationMessagesGoToThemAndHeldAgentMessagesAreCollected() {
        say(switchTo("Live Agent Support."));
        session.acceptedBy("Beth Anglin");
        session.agentSent(SampleScript.text("Hello, Beth here."), true);

        BotReply reply = say(message("my laptop is broken"));

        assertThat(texts(reply)).containsExactly("Hello, Beth here.");
        assertThat(reply.agentChat()).isTrue();
        assertThat(session.heldAgentMessages()).isEmpty();
    }

    // --- helpers

    private BotReply say(BotRequest request) {
        return agent.respond(session, request, NEXT_NOW_SESSION, false);
    }

    private BotRequest message(String text) {
        return request(Optional.empty(), text, Map.of());
    }

    private BotRequest chosen(String value) {
        return new BotRequest("r1", "beth", session.key(), "", Optional.empty(),
                new UserMessage(value, false, null, List.of()), Fields.of(Map.of("text", value)), Optional.empty(),
                Optional.empty(), null, Map.of(), Fields.empty());
    }

    private BotRequest action(BotAction action, String text) {
        return request(Optional.of(action), text, Map.of());
    }

    private BotRequest switchTo(String target) {
        return new BotRequest("r1", "beth", session.key(), "", Optional.of(BotAction.SWITCH),
                new UserMessage(null, true, null, List.of()), Fields.empty(), Optional.of(target), Optional.empty(),
                null, Map.of(), Fields.empty());
    }

    private BotRequest withSilent(Boolean silent) {
        return new BotRequest("r1", "beth", session.key(), "", Optional.empty(),
                new UserMessage("hi", true, null, List.of()), Fields.empty(), Optional.empty(), Optional.empty(),
                silent, Map.of(), Fields.empty());
    }

    private BotRequest request(Optional<BotAction> action, String text, Map<String, String> context) {
        return new BotRequest("r1", "beth", session.key(), "", action, new UserMessage(text, true, "m1", List.of()),
                Fields.of(Map.of("text", text, "typed", true)), Optional.empty(), Optional.empty(), null, context,
                Fields.empty());
    }

    private static List<Object> texts(BotReply reply) {
        return reply.body().stream().filter(element -> element.uiType() == UiType.OutputText)
                .map(element -> element.fields().has("value") ? element.fields().get("value") : element.fields().get("label"))
                .toList();
    }

    private static List<Object> optionValues(BodyElement picker) {
        return ((List<?>) picker.fields().get("options")).stream().map(option -> ((Fields) option).get("value")).toList();
    }
}
