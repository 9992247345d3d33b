package dev.switchboard.application.service;

import static dev.switchboard.domain.conversation.Participant.AGENT;
import static dev.switchboard.domain.conversation.Participant.CUSTOMER;
import static dev.switchboard.domain.sentiment.Sentiment.NEGATIVE;
import static dev.switchboard.domain.sentiment.Sentiment.NEUTRAL;

import dev.switchboard.application.contract.StorageFixture;
import dev.switchboard.application.fake.FixedClock;
import dev.switchboard.application.fake.InMemoryStorage;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.AddVoiceInteractionMessagesUseCase;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.in.VoiceInteractionUseCases;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.domain.conversation.OffsetRange;
import dev.switchboard.domain.conversation.Participant;
import dev.switchboard.domain.conversation.TranscriptMessage;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.interaction.RecordingUrl;
import dev.switchboard.domain.sentiment.Sentiment;
import dev.switchboard.domain.shared.SysId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Voice Interaction services wired to fresh in-memory storage, a fixed clock and scripted ids, plus the
 * vendor's documented requests as the domain values a driving adapter builds from them. Every service test
 * starts from one of these.
 */
final class VoiceInteractionTestBed {

    static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    /** The caller of the vendor's POST /cs/voice-interactions example. */
    static final CallerDetails VENDOR_CALLER = CallerDetails.of("+14089178877", "beth.anglin", "+14089178878",
            "f8453abb-a33d-45b7-bf01-52b7a821e99z", null);

    /** The recording of the vendor's PATCH /state example, once the REST adapter has dropped its stray space. */
    static final RecordingUrl RECORDING = new RecordingUrl("https://zoom_instance/rec/QbF7XmPFHPlX1LG");

    /** The vendor's messages example gives this source id to three different utterances. */
    private static final String REUSED_SOURCE_ID = "18bcf19c-4a9b-4af1-9bd7-7bfb5ba53b9f";

    final StorageFixture storage = InMemoryStorage.create();
    final FixedClock clock = new FixedClock(NOW);
    final ScriptedIdGenerator ids = new ScriptedIdGenerator();
    final VoiceInteractionUseCases services = servicesWith(ids);

    /**
     * The services over this bed's storage, with an id generator that fails once it has handed out
     * {@code idsBeforeFailing} ids: a port failing part-way through a unit of work.
     */
    VoiceInteractionUseCases failingAfter(int idsBeforeFailing) {
        AtomicInteger left = new AtomicInteger(idsBeforeFailing);
        return servicesWith(() -> {
            if (left.getAndDecrement() <= 0) {
                throw new IllegalStateException("the id generator failed");
            }
            return ids.next();
        });
    }

    private VoiceInteractionUseCases servicesWith(IdGenerator idGenerator) {
        return VoiceInteractionServices.wire(storage.interactions(), storage.conversations(), storage.messages(),
                storage.unitOfWork(), storage.commitGroups(), idGenerator, clock);
    }

    /** Starts an interaction for the vendor's example caller. */
    SysId startInteraction() {
        return startInteraction(VENDOR_CALLER);
    }

    SysId startInteraction(CallerDetails caller) {
        return services.startVoiceInteraction().startVoiceInteraction(new StartVoiceInteractionUseCase.Command(caller));
    }

    SysId addMessages(SysId interactionId, List<Utterance> messages) {
        return services.addMessages().addMessagesAndWait(
                new AddVoiceInteractionMessagesUseCase.Command(interactionId, messages));
    }

    /** @param recordingUrl null to close without a recording */
    void close(SysId interactionId, RecordingUrl recordingUrl) {
        services.endVoiceInteraction().endVoiceInteraction(
                new EndVoiceInteractionUseCase.Command(interactionId, recordingUrl));
    }

    Interaction interaction(SysId interactionId) {
        return services.getVoiceInteraction().getVoiceInteraction(interactionId).interaction();
    }

    Optional<SysId> conversationIdOf(SysId interactionId) {
        return services.getVoiceInteraction().getVoiceInteraction(interactionId).conversationId();
    }

    /** Every stored message of the interaction, in read order. */
    List<TranscriptMessage> messagesOf(SysId interactionId) {
        return services.listMessages().listMessages(interactionId, new PageRequest(0, PageRequest.MAX_LIMIT))
                .messages();
    }

    /** The contents of every stored message of the interaction, in read order. */
    List<String> contentsOf(SysId interactionId) {
        return messagesOf(interactionId).stream().map(message -> message.utterance().content()).toList();
    }

    /** @param sentiment null when the provider sent none; so may {@code sourceId} be */
    static Utterance message(Participant participant, String content, long begin, long end, Sentiment sentiment,
                             String sourceId) {
        return new Utterance(participant, content, new OffsetRange(begin, end), sentiment, null, false, false,
                sourceId, null);
    }

    static Utterance message(Participant participant, String content, long begin, long end) {
        return message(participant, content, begin, end, null, null);
    }

    /** The five messages of the vendor's POST /messages example, as the REST adapter reads them. */
    static List<Utterance> vendorMessagesExample() {
        return List.of(
                new Utterance(AGENT, "This is John. How can I help you?", new OffsetRange(10000, 15000), NEUTRAL,
                        null, false, false, "954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8",
                        "[{\"key\":\"key1\",\"value\":\"value1\"},{\"key\":\"key2\",\"value\":\"value2\"}]"),
                message(CUSTOMER, "Uh, yes, John. Um, I'm a little very frustrated right now.", 20000, 25000,
                        NEGATIVE, REUSED_SOURCE_ID),
                message(AGENT, "I am sorry to hear that", 30000, 35000, NEGATIVE, REUSED_SOURCE_ID),
                message(CUSTOMER, "Can you help me with my insurance? My ssn is 123-12-1234", 40000, 45000,
                        NEUTRAL, "ab09b3b6-23fd-4e41-be05-6b2b53c19059"),
                message(AGENT, "Of course, let me check your account", 50000, 55000, NEUTRAL, REUSED_SOURCE_ID));
    }

    /**
     * The two messages of the vendor's POST /transcript example. The second ends before it begins; the default
     * {@link dev.switchboard.domain.conversation.TranscriptPolicy} lets the adapter build it as sent.
     */
    static List<Utterance> vendorTranscriptExample() {
        return List.of(
                message(AGENT, "This is John. How can I help you?", 100000, 150000,
                        NEUTRAL, "954c4edc-31a8-48b0-8f6e-7fa0c4ca00a8"),
                message(CUSTOMER, "Uh, yes, John. Um, I'm a little frustrated right now.", 200000, 25000,
                        NEGATIVE, REUSED_SOURCE_ID));
    }
}
