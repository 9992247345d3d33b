package dev.switchboard.adapter.rest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.rest.request.BodyFormat;
import dev.switchboard.adapter.rest.request.InputLimits;
import dev.switchboard.adapter.rest.request.Leniency;
import dev.switchboard.adapter.rest.request.MalformedBodyException;
import dev.switchboard.adapter.rest.request.RequestReader;
import dev.switchboard.domain.conversation.TranscriptPolicy;
import dev.switchboard.domain.conversation.Utterance;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.InteractionIdMissingException;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The request reader on generated hostile bodies, in both leniencies and both syntaxes, for every operation. For each
 * body and operation, the outcome is a command, a {@link MalformedBodyException} or an {@link InvalidValueException}
 * (or, for a transcript naming no interaction, the vendor's {@link InteractionIdMissingException}), never anything else; an error message is short, printable in XML and free of our libraries' names; and a command
 * holds only what can be stored and read back (text XML can carry, within the limits, attributes that parse).
 *
 * <p>Tries: {@code -Dhostile.tries=<factor>} (default 1 = 1,000 bodies per property); seed: {@code -Dhostile.seed=<n>}.
 */
class RequestReaderPropertiesTest {

    private static final String ID = "0123456789abcdef0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InputLimits LIMITS = InputLimits.defaults();
    private static final List<RequestReader> READERS = List.of(
            new RequestReader(Leniency.VENDOR_COMPATIBLE, TranscriptPolicy.defaults(), LIMITS),
            new RequestReader(Leniency.STRICT, TranscriptPolicy.defaults(), LIMITS));

    /** Accepted and refused outcomes over the whole class: generators that never reach one of them test little. */
    private static final int[] OUTCOMES = new int[2];

    @Test
    void jsonishText() {
        Tries.forAll("JSON-ish text", Tries.count(1_000), HostileInputs::jsonish, RequestReaderPropertiesTest::readSafely);
    }

    @Test
    void xmlishText() {
        Tries.forAll("XML-ish text", Tries.count(1_000), HostileInputs::xmlish, RequestReaderPropertiesTest::readSafely);
    }

    @Test
    void mutatedVendorExamples() {
        Tries.forAll("mutated vendor examples", Tries.count(1_000), HostileInputs::mutatedExample,
                RequestReaderPropertiesTest::readSafely);
    }

    @Test
    void generatedMessagesAndCallers() {
        Function<Random, String> either = random -> random.nextBoolean()
                ? HostileInputs.messages(random) : HostileInputs.callerDetails(random);
        Tries.forAll("generated messages and callers", Tries.count(1_000), either, RequestReaderPropertiesTest::readSafely);
    }

    @AfterAll
    static void bothOutcomesOccurred() {
        System.out.printf("request reader properties (seed %d): %d commands, %d refusals%n", Tries.seed(), OUTCOMES[0],
                OUTCOMES[1]);
        assertThat(OUTCOMES[0]).as("commands built from generated bodies").isGreaterThan(100);
        assertThat(OUTCOMES[1]).as("generated bodies refused").isGreaterThan(100);
    }

    /** Every operation on {@code body}, in each syntax and leniency: a safe command or an expected refusal. */
    static void readSafely(String body) {
        for (RequestReader reader : READERS) {
            for (BodyFormat format : BodyFormat.values()) {
                RequestReader.Body parsed;
                try {
                    parsed = reader.parse(body, format);
                } catch (MalformedBodyException empty) {
                    outcome(() -> {
                        throw empty;
                    });
                    continue;
                }
                operations(reader, parsed).forEach(RequestReaderPropertiesTest::outcome);
            }
            outcome(() -> reader.closeVoiceInteraction(ID, body));
        }
    }

    /** The operations on one parsed body; each reads it afresh, so each reports its own failure. */
    private static List<Supplier<Object>> operations(RequestReader reader, RequestReader.Body body) {
        return List.of(
                () -> reader.startVoiceInteraction(body).caller(),
                () -> reader.createConversation(ID, body).caller(),
                () -> reader.addMessages(ID, body).messages(),
                () -> {
                    var transcript = reader.saveTranscript(null, body);
                    assertStorable(transcript.origin().source());
                    return transcript.transcript();
                },
                () -> reader.endVoiceInteraction(ID, body));
    }

    private static void outcome(Supplier<Object> operation) {
        Object command;
        try {
            command = operation.get();
        } catch (MalformedBodyException | InvalidValueException | InteractionIdMissingException refused) {
            assertPrintable(refused.getMessage());
            OUTCOMES[1]++;
            return;
        }
        OUTCOMES[0]++;
        if (command instanceof CallerDetails caller) {
            Stream.of(caller.userId(), caller.agentId(), caller.clientSessionId(), caller.inboundId())
                    .forEach(RequestReaderPropertiesTest::assertStorable);
        } else if (command instanceof List<?> utterances) {
            utterances.forEach(utterance -> assertStorable((Utterance) utterance));
        }
    }

    private static void assertStorable(Utterance utterance) {
        assertStorable(utterance.content());
        assertStorable(utterance.sourceMessageId());
        assertThat(utterance.content().length()).isLessThanOrEqualTo(LIMITS.maxTextLength());
        JsonNode attributes;
        try {
            attributes = JSON.readTree(utterance.attributesJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(attributes.isArray()).isTrue();
        assertThat(attributes.size()).isLessThanOrEqualTo(LIMITS.maxAttributes());
        assertThat(depth(attributes)).isLessThanOrEqualTo(LIMITS.maxAttributesDepth());
        List<String> texts = new ArrayList<>();
        collectText(attributes, texts);
        texts.forEach(RequestReaderPropertiesTest::assertStorable);
    }

    private static void assertStorable(String text) {
        if (text != null) {
            assertThat(Text.indexOfNonXmlCharacter(text)).as("a character XML cannot carry in " + Tries.printable(text))
                    .isEqualTo(-1);
        }
    }

    private static void assertPrintable(String message) {
        assertThat(message).isNotBlank().hasSizeLessThan(1_000);
        assertThat(Text.indexOfNonXmlCharacter(message)).as(message).isEqualTo(-1);
        assertThat(message).doesNotContain("`").doesNotContain("[Source").doesNotContain("row,col")
                .doesNotContainIgnoringCase("jackson").doesNotContainIgnoringCase("feature");
    }

    private static int depth(JsonNode node) {
        int deepest = 0;
        for (JsonNode child : node) {
            deepest = Math.max(deepest, depth(child));
        }
        return node.isContainerNode() ? deepest + 1 : 0;
    }

    private static void collectText(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.textValue());
        }
        node.fieldNames().forEachRemaining(texts::add);
        node.forEach(child -> collectText(child, texts));
    }
}
