package dev.switchboard.domain.bot;

import dev.switchboard.domain.shared.Fields;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The virtual agent: answers one request of a session from its {@link AgentScript}, changing the session as the
 * conversation moves (topic and step, the picker being answered, the live agent, the end). It reads a message in
 * this order: an answer to the picker it asked last, a contextual action, a message for the live agent, an
 * attachment, an answer to the topic's input step, a topic named exactly, a topic the classifier is sure enough of,
 * and otherwise the fallback.
 */
public final class VirtualAgent {

    private static final double CERTAIN = 1.0;

    private final AgentScript script;
    private final IntentClassifier classifier;

    public VirtualAgent(AgentScript script) {
        this.script = script;
        this.classifier = new IntentClassifier(script.topics());
    }

    /**
     * Answers the request and moves the session on.
     *
     * @param nextNowSessionId the nowSessionId of the next conversation, used if this request ends the current one
     * @param typingIndicators whether the channel wants the body framed by Start/EndTypingIndicator actions
     */
    public BotReply respond(BotSession session, BotRequest request, SysId nextNowSessionId, boolean typingIndicators) {
        session.remember(request.contextVariables());
        if (request.silent() != null) {
            session.silence(request.silent());
        }
        String nowSessionId = session.nowSessionId().value();
        Answer answer = answer(session, request, nextNowSessionId);
        List<BodyElement> body = new ArrayList<>(session.collectHeldAgentMessages());
        body.addAll(answer.body());
        if (typingIndicators && !body.isEmpty()) {
            body.add(0, typing("StartTypingIndicator"));
            body.add(typing("EndTypingIndicator"));
        }
        Fields echo = request.is(BotAction.END_CONVERSATION) && request.echo().has("text")
                ? request.echo().with("text", "") : request.echo();
        return new BotReply(request.requestId(), request.clientSessionId(), nowSessionId, echo, request.userId(), body,
                session.agentState() != AgentState.NONE, answer.completed(), answer.takeControl(), answer.score(),
                request.clientVariables());
    }

    /** What to say, before the envelope: the elements, the confidence, and the two flags only some answers set. */
    private record Answer(List<BodyElement> body, double score, boolean completed, boolean takeControl) {

        static Answer of(List<BodyElement> body, double score) {
            return new Answer(body, score, false, false);
        }

        static Answer nothing() {
            return of(List.of(), CERTAIN);
        }
    }

    private Answer answer(BotSession session, BotRequest request, SysId next) {
        if (request.action().isEmpty()) {
            return message(session, request, next);
        }
        return switch (request.action().get()) {
            case START_CONVERSATION, START_CREATED_CONVERSATION -> greet(session);
            case CREATE_CONVERSATION -> {
                session.leaveTopic();
                yield Answer.nothing();
            }
            case END_CONVERSATION -> end(session, script.prompts().ended(), next);
            case AGENT -> script.queueFor(session.contextVariables())
                    .map(queue -> handOff(session, queue, script.prompts().handoff(), CERTAIN))
                    .orElseGet(() -> message(session, request, next));
            case SWITCH -> {
                String target = request.switchTarget().orElseThrow();
                Topic topic = script.topic(target).orElseThrow(() -> new InvalidValueException("intent.id",
                        "names no topic (by id or name): " + Text.quoted(target)));
                yield startTopic(session, topic, CERTAIN, next);
            }
            case FAULT_CONVERSATION -> end(session, List.of(), next);
            case SEND_HISTORY, SET_USER_TIMEZONE, TYPING, VIEWING -> Answer.nothing();
        };
    }

    private Answer message(BotSession session, BotRequest request, SysId next) {
        String text = request.message().trimmedText();
        boolean withLiveAgent = session.agentState() != AgentState.NONE;
        Optional<Answer> pickerAnswer = answerToPicker(session, text, next);
        if (pickerAnswer.isPresent()) {
            return pickerAnswer.get();
        }
        Optional<ContextualAction> action = text.isEmpty() ? Optional.empty() : script.action(text, withLiveAgent);
        if (action.isPresent()) {
            return contextual(session, action.get().kind(), next);
        }
        if (withLiveAgent) {
            return Answer.nothing();
        }
        if (request.message().firstAttachment().isPresent()) {
            Optional<Topic> waiting = currentTopic(session)
                    .filter(topic -> session.step() > 0
                            && topic.steps().get(session.step() - 1).uiType() == UiType.FileUpload);
            Optional<Topic> topic = waiting.or(script::attachmentTopic);
            if (topic.isPresent()) {
                int from = waiting.isPresent() ? session.step() : topic.get().afterFileUpload();
                return runSteps(session, topic.get(), from, CERTAIN, next);
            }
        }
        if (session.pending() == Pending.TOPIC_INPUT && currentTopic(session).isPresent()) {
            return runSteps(session, currentTopic(session).get(), session.step(), CERTAIN, next);
        }
        if (text.isEmpty()) {
            return fallback(session);
        }
        Optional<Topic> named = script.topic(text);
        if (named.isPresent()) {
            return startTopic(session, named.get(), CERTAIN, next);
        }
        return classifier.classify(text)
                .filter(match -> match.confidence() >= script.threshold())
                .map(match -> startTopic(session, match.topic(), rounded(match.confidence()), next))
                .orElseGet(() -> fallback(session));
    }

    /** The answer to the Agent or Bye picker, when the text is one of its options; otherwise the picker is dropped. */
    private Optional<Answer> answerToPicker(BotSession session, String text, SysId next) {
        Pending pending = session.pending();
        if (pending == Pending.END_CONFIRMATION) {
            String choice = optionValue(script.prompts().endChoice(), text).orElse(null);
            session.leaveTopic();
            if ("1".equals(choice)) {
                return Optional.of(end(session, script.prompts().ended(), next));
            }
            if ("0".equals(choice)) {
                return Optional.of(Answer.of(script.prompts().cancelled(), CERTAIN));
            }
        }
        if (pending == Pending.AGENT_CHOICE) {
            String choice = optionValue(script.prompts().agentChoice(), text).orElse(null);
            session.leaveTopic();
            if (choice != null) {
                Optional<Topic> topic = script.topic(choice);
                return Optional.of(topic.isPresent() ? startTopic(session, topic.get(), CERTAIN, next) : greet(session));
            }
        }
        return Optional.empty();
    }

    private Answer contextual(BotSession session, ContextualAction.Kind kind, SysId next) {
        return switch (kind) {
            case HI, RESTART -> greet(session);
            case BYE -> {
                session.continueAt(null, 0, Pending.END_CONFIRMATION);
                yield Answer.of(List.of(script.prompts().endChoice()), CERTAIN);
            }
            case AGENT -> {
                session.continueAt(null, 0, Pending.AGENT_CHOICE);
                yield Answer.of(List.of(script.prompts().agentChoice()), CERTAIN);
            }
            case HELP -> Answer.of(withTopicPicker(script.prompts().help()), CERTAIN);
            case LOGOUT -> end(session, script.prompts().ended(), next);
            case NOTIFICATIONS -> Answer.of(script.prompts().notifications(), CERTAIN);
        };
    }

    private Answer startTopic(BotSession session, Topic topic, double score, SysId next) {
        session.understood();
        return runSteps(session, topic, 0, score, next);
    }

    /** Sends steps up to and including the first that asks the user something; a finished topic may hand off or end. */
    private Answer runSteps(BotSession session, Topic topic, int from, double score, SysId next) {
        List<BodyElement> body = new ArrayList<>();
        for (int step = from; step < topic.steps().size(); step++) {
            BodyElement element = topic.steps().get(step);
            body.add(element);
            if (element.uiType().asksTheUser()) {
                session.continueAt(topic.id(), step + 1, Pending.TOPIC_INPUT);
                return Answer.of(body, score);
            }
        }
        if (topic.handoffQueue().isPresent()) {
            AgentQueue queue = script.queue(topic.handoffQueue().get()).orElseThrow();
            return handOff(session, queue, body, score);
        }
        if (topic.endsConversation()) {
            return end(session, body, next);
        }
        session.leaveTopic();
        return Answer.of(body, score);
    }

    private Answer handOff(BotSession session, AgentQueue queue, List<BodyElement> said, double score) {
        session.handOff(queue.name());
        List<BodyElement> body = new ArrayList<>(said);
        queue.waitTime().ifPresent(wait -> body.add(new BodyElement(Fields.builder()
                .put("uiType", UiType.ActionMsg.name()).put("actionType", "StartSpinner")
                .put("spinnerType", "wait_time").put("message", "Routing you to a live agent...")
                .put("waitTime", wait).build())));
        return Answer.of(body, score);
    }

    private Answer end(BotSession session, List<BodyElement> said, SysId next) {
        session.end(next);
        return new Answer(said, CERTAIN, true, false);
    }

    private Answer greet(BotSession session) {
        session.leaveTopic();
        session.understood();
        return Answer.of(withTopicPicker(script.prompts().greeting()), CERTAIN);
    }

    private Answer fallback(BotSession session) {
        session.leaveTopic();
        session.countFallback();
        boolean giveBack = session.consecutiveFallbacks() >= script.maxFallbacks();
        return new Answer(withTopicPicker(script.prompts().fallback()), 0, false, giveBack);
    }

    private List<BodyElement> withTopicPicker(List<BodyElement> said) {
        List<Fields> options = script.topics().stream().filter(Topic::listed)
                .map(topic -> Fields.builder().put("label", topic.name()).put("value", topic.id().value())
                        .put("enabled", true).build())
                .toList();
        List<BodyElement> body = new ArrayList<>(said);
        body.add(script.prompts().topicPicker().with("options", options));
        return body;
    }

    private Optional<Topic> currentTopic(BotSession session) {
        return session.topicId().flatMap(script::topic);
    }

    /** The value of the picker option the text names, by value or label (a client may send either). */
    private static Optional<String> optionValue(BodyElement picker, String text) {
        if (!(picker.fields().get("options") instanceof List<?> options)) {
            return Optional.empty();
        }
        return options.stream().map(Fields.class::cast)
                .filter(option -> text.equalsIgnoreCase(option.text("value").orElse(""))
                        || text.equalsIgnoreCase(option.text("label").orElse("")))
                .map(option -> option.text("value").orElse(""))
                .findFirst();
    }

    private static BodyElement typing(String actionType) {
        return new BodyElement(Fields.builder().put("uiType", UiType.ActionMsg.name()).put("actionType", actionType)
                .build());
    }

    /** Two decimals, as the seed's "0.92": more would suggest a precision a word count does not have. */
    private static double rounded(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
