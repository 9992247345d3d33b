package dev.switchboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.fake.InMemoryStore;
import dev.switchboard.application.fake.InMemoryUnitOfWork;
import dev.switchboard.application.fake.JdkHmacSha256;
import dev.switchboard.application.fake.InMemoryVoiceAssistants;
import dev.switchboard.application.fake.ReversingCipher;
import dev.switchboard.application.fake.ScriptedIdGenerator;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase.Admission;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase.CallContext;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase.IssuedToken;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase.OpenedInteraction;
import dev.switchboard.application.port.in.CallContextRefusedException;
import dev.switchboard.application.port.in.CallContextRefusedException.Reason;
import dev.switchboard.application.port.in.EndVoiceInteractionUseCase;
import dev.switchboard.domain.assistant.CallContextAuth;
import dev.switchboard.domain.assistant.Channel;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.ChannelSettings;
import dev.switchboard.domain.assistant.SipTrunks;
import dev.switchboard.domain.assistant.VoiceAssistant;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The token grant and the call context on the in-memory stores, with a clock the test moves. */
class AmazonConnectCallContextServiceTest {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Duration OVERLAP = Duration.ofHours(1);
    private static final CallContextTokens TOKENS = new CallContextTokens(new JdkHmacSha256());

    private final VoiceInteractionTestBed bed = new VoiceInteractionTestBed();
    private final InMemoryStore store = new InMemoryStore();
    private final SecureRandom secure = new SecureRandom();
    private final VoiceAssistantsService assistants = new VoiceAssistantsService(new InMemoryVoiceAssistants(store),
            new ReversingCipher(), new InMemoryUnitOfWork(store), bed.clock, new ScriptedIdGenerator(), count -> {
                byte[] bytes = new byte[count];
                secure.nextBytes(bytes);
                return bytes;
            }, SipTrunks.NONE, () -> URI.create("https://switchboard.example"), OVERLAP);
    private final AmazonConnectCallContextUseCase callContext = new AmazonConnectCallContextService(assistants,
            bed.services.startVoiceInteraction(), VoiceInteractionServices.find(bed.storage.interactions(),
            bed.storage.conversations(), bed.storage.unitOfWork()), bed.clock, new JdkHmacSha256(), LIFETIME);

    @Test
    void aTokenForTheChannelsClientAdmitsTheCallContextWhichOpensTheInteraction() {
        Channel.AmazonConnect channel = create(true, CallContextAuth.OAUTH2);
        SysId assistant = assistantId;

        IssuedToken token = callContext.issueToken(assistant, channel.clientId(), channel.clientSecret().current()
                .reveal());
        Admission admission = callContext.admit(assistant, token.accessToken());
        OpenedInteraction opened = callContext.openInteraction(admission,
                new CallContext("4a573372-1f28-4e26-b97b-000000000001", "+14155550123"));
        SysId interactionId = opened.interactionId();

        assertThat(opened.alreadyOpen()).isFalse();
        assertThat(token.expiresIn()).isEqualTo(LIFETIME);
        assertThat(token.accessToken()).doesNotContain(channel.clientSecret().current().reveal());
        Interaction interaction = bed.interaction(interactionId);
        assertThat(interaction.caller().clientSessionId()).isEqualTo("4a573372-1f28-4e26-b97b-000000000001");
        assertThat(interaction.caller().userId()).isEqualTo("+14155550123");
        assertThat(interaction.caller().callerPhoneNumber().value()).isEqualTo("+14155550123");
        assertThat(interaction.caller().inboundId()).isEqualTo(assistant.value());
    }

    @Test
    void aCallerWithoutANumberOrWithOtherThanE164IsKeptAsUserIdOnly() {
        Channel.AmazonConnect channel = create(true, CallContextAuth.OAUTH2);
        Admission admission = callContext.admit(assistantId, token(channel));

        SysId withheld = callContext.openInteraction(admission, new CallContext("c-1", null)).interactionId();
        SysId sip = callContext.openInteraction(admission, new CallContext("c-2", "sip:alice@example.com"))
                .interactionId();

        assertThat(bed.interaction(withheld).caller().userId()).isEqualTo("anonymous");
        assertThat(bed.interaction(sip).caller().userId()).isEqualTo("sip:alice@example.com");
        assertThat(bed.interaction(sip).caller().callerPhoneNumber()).isNull();
        assertThatThrownBy(() -> callContext.openInteraction(admission, new CallContext(" ", "+14155550123")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'ContactId'");
    }

    @Test
    void aRetriedCallContextAnswersWithTheInteractionTheFirstOneOpened() {
        Channel.AmazonConnect channel = create(true, CallContextAuth.OAUTH2);
        Admission admission = callContext.admit(assistantId, token(channel));
        CallContext context = new CallContext("contact-retried", "+14155550123");

        OpenedInteraction first = callContext.openInteraction(admission, context);
        bed.clock.advance(Duration.ofSeconds(3));
        OpenedInteraction retry = callContext.openInteraction(callContext.admit(assistantId, token(channel)),
                new CallContext("contact-retried", null));

        assertThat(retry).isEqualTo(new OpenedInteraction(first.interactionId(), true));
        assertThat(first.alreadyOpen()).isFalse();
        assertThat(bed.storage.interactions().countByClientSessionId("contact-retried")).isEqualTo(1);
        assertThat(bed.interaction(first.interactionId()).caller().userId()).as("the first context's caller stays")
                .isEqualTo("+14155550123");
    }

    @Test
    void aContactWhoseInteractionWasClosedOrThatAnotherAssistantHasOpensANewOne() {
        Channel.AmazonConnect other = create(true, CallContextAuth.OAUTH2);
        SysId otherAssistant = assistantId;
        SysId others = callContext.openInteraction(callContext.admit(otherAssistant, token(other)),
                new CallContext("contact-shared", null)).interactionId();
        Channel.AmazonConnect channel = create(true, CallContextAuth.OAUTH2);
        Admission admission = callContext.admit(assistantId, token(channel));

        OpenedInteraction mine = callContext.openInteraction(admission, new CallContext("contact-shared", null));
        bed.services.endVoiceInteraction().endVoiceInteraction(
                new EndVoiceInteractionUseCase.Command(mine.interactionId(), null));
        bed.clock.advance(Duration.ofSeconds(1));
        OpenedInteraction again = callContext.openInteraction(admission, new CallContext("contact-shared", null));

        assertThat(mine.interactionId()).isNotEqualTo(others);
        assertThat(mine.alreadyOpen()).isFalse();
        assertThat(again.alreadyOpen()).isFalse();
        assertThat(again.interactionId()).isNotIn(others, mine.interactionId());
        assertThat(bed.storage.interactions().countByClientSessionId("contact-shared")).isEqualTo(3);
    }

    @Test
    void concurrentCallContextsOfOneContactOpenOneInteraction() throws Exception {
        Channel.AmazonConnect channel = create(true, CallContextAuth.OAUTH2);
        Admission admission = callContext.admit(assistantId, token(channel));
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<OpenedInteraction>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return callContext.openInteraction(admission, new CallContext("contact-raced", null));
                }));
            }
            go.countDown();
            Set<SysId> ids = new HashSet<>();
            int opened = 0;
            for (Future<OpenedInteraction> answer : answers) {
                OpenedInteraction interaction = answer.get(10, TimeUnit.SECONDS);
                ids.add(interaction.interactionId());
                opened += interaction.alreadyOpen() ? 0 : 1;
            }

            assertThat(ids).hasSize(1);
            assertThat(opened).isEqualTo(1);
            assertThat(bed.storage.interactions().countByClientSessionId("contact-raced")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWrongClientIsRefusedWithoutSayingWhatTheSecretIs() {
        Channel.AmazonConnect channel = create(true, CallContextAuth.OAUTH2);
        String secret = channel.clientSecret().current().reveal();

        String wrongSecret = assertRefused(() -> callContext.issueToken(assistantId, channel.clientId(), secret + "x"),
                Reason.INVALID_CLIENT, "wrong client secret");
        String wrongId = assertRefused(() -> callContext.issueToken(assistantId, "someone-else", secret),
                Reason.INVALID_CLIENT, "unknown client id");
        assertRefused(() -> callContext.issueToken(assistantId, null, null), Reason.INVALID_CLIENT, "unknown client id");

        assertThat(wrongSecret + wrongId).doesNotContain(secret);
    }

    @Test
    void anExpiredForgedMalformedOrAbsentTokenIsRefused() {
        Channel.AmazonConnect channel = create(true, CallContextAuth.OAUTH2);
        String token = token(channel);
        String[] parts = token.split("\\.");
        String longer = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 3600) + "." + parts[3];

        assertRefused(() -> callContext.admit(assistantId, null), Reason.INVALID_TOKEN, "no bearer token");
        assertRefused(() -> callContext.admit(assistantId, "not-a-token"), Reason.INVALID_TOKEN, "not a token");
        assertRefused(() -> callContext.admit(assistantId, longer), Reason.INVALID_TOKEN, "not signed");
        bed.clock.advance(LIFETIME);
        assertRefused(() -> callContext.admit(assistantId, token), Reason.INVALID_TOKEN, "expired");
    }

    @Test
    void anotherAssistantsTokenIsRefused() {
        Channel.AmazonConnect first = create(true, CallContextAuth.OAUTH2);
        SysId firstId = assistantId;
        create(true, CallContextAuth.OAUTH2);

        assertRefused(() -> callContext.admit(assistantId, token(firstId, first)), Reason.INVALID_TOKEN, "not signed");
    }

    @Test
    void tokensOfARotatedSecretWorkUntilTheOverlapEnds() {
        Channel.AmazonConnect before = create(true, CallContextAuth.OAUTH2);
        String oldSecret = before.clientSecret().current().reveal();
        String oldToken = token(before);
        assistants.rotateSecrets(assistantId, ChannelKind.AMAZON_CONNECT);

        assertThat(callContext.admit(assistantId, oldToken).assistantId()).as("during the overlap")
                .isEqualTo(assistantId);
        String fresh = callContext.issueToken(assistantId, before.clientId(), oldSecret).accessToken();
        // a token signed with the old secret that would outlive the overlap, as a longer lifetime would make one
        String outliving = TOKENS.issue(assistantId, bed.clock.now().plus(OVERLAP).plusSeconds(60),
                before.clientSecret().current());
        bed.clock.advance(OVERLAP);

        assertRefused(() -> callContext.admit(assistantId, outliving), Reason.INVALID_TOKEN, "not signed");
        assertRefused(() -> callContext.issueToken(assistantId, before.clientId(), oldSecret), Reason.INVALID_CLIENT,
                "wrong client secret");
        assertRefused(() -> callContext.admit(assistantId, fresh), Reason.INVALID_TOKEN, "expired");
    }

    @Test
    void aDisabledChannelIsRefusedToAnAuthenticatedClientOnly() {
        Channel.AmazonConnect channel = create(false, CallContextAuth.OAUTH2);

        assertRefused(() -> callContext.issueToken(assistantId, channel.clientId(), "wrong"), Reason.INVALID_CLIENT,
                "wrong client secret");
        assertRefused(() -> token(channel), Reason.CHANNEL_DISABLED, "disabled");
        String signed = TOKENS.issue(assistantId, bed.clock.now().plus(LIFETIME),
                channel.clientSecret().current());
        assertRefused(() -> callContext.admit(assistantId, signed), Reason.CHANNEL_DISABLED, "disabled");
    }

    @Test
    void unknownAssistantsAndAssistantsWithoutTheChannelAreRefused() {
        SysId unknown = SysId.of("0123456789abcdef0123456789abcdef");
        assertRefused(() -> callContext.issueToken(unknown, "a", "b"), Reason.UNKNOWN_ASSISTANT, unknown.value());
        assertRefused(() -> callContext.admit(unknown, "t"), Reason.UNKNOWN_ASSISTANT, unknown.value());
        SysId without = assistants.create(new VoiceAssistant.Settings("No Connect", "", "App",
                List.of(new ChannelSettings.ThreeCLogic(true)))).assistant().id();
        assertRefused(() -> callContext.issueToken(without, "a", "b"), Reason.NO_CHANNEL, "no Amazon Connect");
    }

    @Test
    void anMtlsChannelStillNeedsATokenAndSaysWhy() {
        Channel.AmazonConnect channel = create(true, CallContextAuth.MTLS);

        assertRefused(() -> callContext.admit(assistantId, ""), Reason.INVALID_TOKEN, "mtls");
        assertThat(callContext.admit(assistantId, token(channel)).assistantId()).isEqualTo(assistantId);
    }

    @Test
    void nothingIsOpenedByARefusal() {
        create(true, CallContextAuth.OAUTH2);
        assertRefused(() -> callContext.admit(assistantId, "forged"), Reason.INVALID_TOKEN, "not a token");

        assertThat(bed.storage.interactions().findByClientSessionId("c-1", new PageRequest(0, 10))).isEmpty();
    }

    private SysId assistantId;

    private Channel.AmazonConnect create(boolean enabled, CallContextAuth auth) {
        VoiceAssistant assistant = assistants.create(new VoiceAssistant.Settings("Front desk", "", "Amazon Connect",
                List.of(new ChannelSettings.AmazonConnect(enabled, auth)))).assistant();
        assistantId = assistant.id();
        return (Channel.AmazonConnect) assistant.channel(ChannelKind.AMAZON_CONNECT).orElseThrow();
    }

    private String token(Channel.AmazonConnect channel) {
        return token(assistantId, channel);
    }

    private String token(SysId assistant, Channel.AmazonConnect channel) {
        return callContext.issueToken(assistant, channel.clientId(), channel.clientSecret().current().reveal())
                .accessToken();
    }

    /** @return the refusal's message, for the log */
    private static String assertRefused(Runnable request, Reason reason, String saying) {
        try {
            request.run();
        } catch (CallContextRefusedException refused) {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.getMessage()).contains(saying);
            return refused.getMessage();
        }
        throw new AssertionError("not refused: expected " + reason);
    }
}
