package dev.switchboard.application.service;

import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.InMemoryStorage;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.MessageInput;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.sentiment.SentimentMapping;
import dev.switchboard.domain.shared.Leniency;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.List;

/**
 * The Voice Interaction services wired to fresh in-memory storage, a fixed clock and scripted ids, plus the
 * vendor's documented requests as test data. Every service test starts from one of these.
 */
final class VoiceInteractionTestBed {

    static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    static final TranscriptPolicy STRICT = new TranscriptPolicy(SentimentMapping.defaults(), Leniency.STRICT);

    /** The caller of the vendor's POST /cs/voice-interactions example. */
    static final CallerDetails VENDOR_CALLER = CallerDetails.of("+14089178877", "beth.anglin", "+14089178878",
            "f8453abb-a33d-45b7-bf01-52b7a821e99z", null);

    final StorageFixture storage = InMemoryStorage.create();
    final FixedClock clock = new FixedClock(NOW);
    final ScriptedIdGenerator ids = new ScriptedIdGenerator();
    final VoiceInteractionServices services;

    private VoiceInteractionTestBed(TranscriptPolicy policy) {
        services = VoiceInteractionServices.wire(storage.interactions(), storage.conversations(), storage.messages(),
                storage.unitOfWork(), ids, clock, policy);
    }

    /** Vendor-compatible mode with the default sentiment mapping, as Switchboard runs by default. */
    static VoiceInteractionTestBed withDefaults() {
        return new VoiceInteractionTestBed(TranscriptPolicy.defaults());
    }

    static VoiceInteractionTestBed with(TranscriptPolicy policy) {
        return new VoiceInteractionTestBed(policy);
    }

    /** Starts an interaction for the vendor's example caller and returns its id as a client would hold it. */
    String startInteraction() {
        return startInteraction(VENDOR_CALLER);
    }

    String startInteraction(CallerDetails caller) {
        return services.startVoiceInteraction().startVoiceInteraction(new StartVoiceInteractionUseCase.Command(caller))
                .value();
    }

    SysId addMessages(String interactionId, List<MessageInput> messages) {
        return services.addMessages().addMessages(
                new AddVoiceInteractionMessagesUseCase.Command(interactionId, messages));
    }

    void close(String interactionId, String recordingUrl) {
        services.endVoiceInteraction().endVoiceInteraction(
                EndVoiceInteractionUseCase.Command.close(interactionId, recordingUrl));
    }

    Interaction interaction(String interactionId) {
        return services.getVoiceInteraction().getVoiceInteraction(interactionId).interaction();
    }

    /** Every stored message of the interaction, in read order. */
    List<TranscriptMessage> messagesOf(String interactionId) {
        return services.listMessages().listMessages(interactionId, new PageRequest(0, PageRequest.MAX_LIMIT))
                .messages();
    }

    /** The contents of every stored message of the interaction, in read order. */
    List<String> contentsOf(String interactionId) {
        return messagesOf(interactionId).stream().map(message -> message.utterance().content()).toList();
    }

    static MessageInput message(String participantId, String content, long begin, long end, String sentiment,
                                String sourceId) {
        return new MessageInput(participantId, content, begin, end, sentiment, null, false, false, sourceId, null);
    }

    static MessageInput message(String participantId, String content, long begin, long end) {
        return message(participantId, content, begin, end, null, null);
    }

    /**
     * The five messages of the vendor's POST /messages example, with the JSON quirks ("False", "null")
     * already read by an adapter. Note the source id "18bcf19c-…" used for three different utterances.
     */
    static List<MessageInput> vendorMessagesExample() {
        return List.of(
                new MessageInput("AGENT", "This is John. How can I help you?", 10000L, 15000L, "NEUTRAL", null,
                        false, false, "954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8",
                        "[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"}]"),
                message("CUSTOMER", "Uh, yes, John. Um, I'm a little very frustrated right now.", 20000, 25000,
                        "NEGATIVE", "18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f"),
                message("AGENT", "I am sorry to hear that", 30000, 35000,
                        "NEGATIVE", "18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f"),
                message("CUSTOMER", "Can you help me with my insurance? My ssn is 123-12-1234", 40000, 45000,
                        "NEUTRAL", "ab09b3b6-23fd-4e41-be05-6b2b53c19059"),
                message("AGENT", "Of course, let me check your account", 50000, 55000,
                        "NEUTRAL", "18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f"));
    }

    /** The two messages of the vendor's POST /transcript example; the second ends before it begins. */
    static List<MessageInput> vendorTranscriptExample() {
        return List.of(
                message("AGENT", "This is John. How can I help you?", 100000, 150000,
                        "NEUTRAL", "954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8"),
                message("CUSTOMER", "Uh, yes, John. Um, I'm a little frustrated right now.", 200000, 25000,
                        "NEGATIVE", "18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f"));
    }
}
