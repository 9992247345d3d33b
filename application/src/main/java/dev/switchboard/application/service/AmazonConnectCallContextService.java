package dev.switchboard.application.service;

import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.in.AmazonConnectCallContextUseCase;
import dev.switchboard.application.port.in.CallContextRefusedException;
import dev.switchboard.application.port.in.CallContextRefusedException.Reason;
import dev.switchboard.application.port.in.FindVoiceInteractionsUseCase;
import dev.switchboard.application.port.in.GetVoiceInteractionUseCase.InteractionSummary;
import dev.switchboard.application.port.in.StartVoiceInteractionUseCase;
import dev.switchboard.application.port.in.VoiceAssistantsUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.HmacSha256;
import dev.switchboard.domain.assistant.AssistantNotFoundException;
import dev.switchboard.domain.assistant.CallContextAuth;
import dev.switchboard.domain.assistant.Channel;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.RotatingSecret;
import dev.switchboard.domain.interaction.CallerDetails;
import dev.switchboard.domain.interaction.E164Number;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.InvalidValueException;
import dev.switchboard.domain.shared.SysId;
import dev.switchboard.domain.shared.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Amazon Connect's call context, orchestrated from other use cases: the assistant's channel as an administrator
 * configured it ({@link VoiceAssistantsUseCase}), the interaction a call opens ({@link StartVoiceInteractionUseCase}),
 * and the interactions a ContactId already became ({@link FindVoiceInteractionsUseCase}), so that a retried call context
 * answers with the interaction the first one opened.
 * The checks run in an order that tells a stranger nothing it could not tell from the URL: the assistant and its
 * channel first (their ids are in the URL), the credentials next, and only an authenticated client learns that the
 * channel is disabled.
 */
public final class AmazonConnectCallContextService implements AmazonConnectCallContextUseCase {

    /** The userId of a call whose caller Amazon Connect does not know (a withheld number). */
    static final String ANONYMOUS = "anonymous";
    /**
     * How many of a ContactId's interactions, newest first, are looked through for an open one of the assistant. A
     * contact has one, or a few when its flow ran again after an interaction was closed; the open one is the newest.
     */
    static final int LOOK_BACK = 100;
    private static final int LOCK_STRIPES = 64;

    private final VoiceAssistantsUseCase assistants;
    private final StartVoiceInteractionUseCase start;
    private final FindVoiceInteractionsUseCase find;
    private final Clock clock;
    private final CallContextTokens tokens;
    private final Duration tokenLifetime;
    /**
     * The call contexts of one contact are handled one after the other on this instance (a contact's key always takes
     * the same lock), so that a retry sent before the first answer finds the interaction the first one opened.
     */
    private final ReentrantLock[] contactLocks = new ReentrantLock[LOCK_STRIPES];

    /** @param tokenLifetime how long an issued token is accepted; whole seconds, at least one */
    public AmazonConnectCallContextService(VoiceAssistantsUseCase assistants, StartVoiceInteractionUseCase start,
                                           FindVoiceInteractionsUseCase find, Clock clock, HmacSha256 hmac,
                                           Duration tokenLifetime) {
        if (tokenLifetime.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a token lifetime of at least one second, was " + tokenLifetime);
        }
        this.assistants = assistants;
        this.start = start;
        this.find = find;
        this.clock = clock;
        this.tokens = new CallContextTokens(hmac);
        this.tokenLifetime = tokenLifetime.truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < LOCK_STRIPES; i++) {
            contactLocks[i] = new ReentrantLock();
        }
    }

    @Override
    public IssuedToken issueToken(SysId assistantId, String clientId, String clientSecret) {
        Channel.AmazonConnect channel = channel(assistantId);
        Instant now = clock.now();
        if (!sameText(channel.clientId(), clientId) || !channel.clientSecret().accepts(clientSecret, now)) {
            throw new CallContextRefusedException(Reason.INVALID_CLIENT, "Amazon Connect client of assistant "
                    + assistantId + " refused: " + (sameText(channel.clientId(), clientId)
                    ? "wrong client secret" : "unknown client id"));
        }
        enabled(assistantId, channel);
        // the expiry is in whole seconds, rounded up: a token runs at least as long as expires_in says
        Instant exact = now.plus(tokenLifetime);
        Instant expiresAt = exact.truncatedTo(ChronoUnit.SECONDS).equals(exact) ? exact
                : exact.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return new IssuedToken(tokens.issue(assistantId, expiresAt, channel.clientSecret().current()), tokenLifetime);
    }

    @Override
    public Admission admit(SysId assistantId, String bearerToken) {
        Channel.AmazonConnect channel = channel(assistantId);
        if (Text.isBlank(bearerToken)) {
            throw new CallContextRefusedException(Reason.INVALID_TOKEN, "Amazon Connect call context for assistant "
                    + assistantId + " refused: no bearer token" + (channel.callContextAuth() == CallContextAuth.MTLS
                    ? "; the channel's call-context auth is mtls, which Switchboard does not terminate: the operator's"
                    + " proxy checks the client certificate and the request still needs a token of the token URL"
                    : ""));
        }
        Instant now = clock.now();
        CallContextTokens.Claims claims = CallContextTokens.read(bearerToken)
                .orElseThrow(() -> badToken(assistantId, "not a token of this service"));
        RotatingSecret keys = channel.clientSecret();
        boolean genuine = tokens.signedWith(claims, keys.current())
                || keys.previousValidAt(now) && tokens.signedWith(claims, keys.previous().orElseThrow());
        if (!genuine) {
            throw badToken(assistantId, "not signed with the channel's client secret (forged, another assistant's,"
                    + " or signed with a secret rotated out)");
        }
        if (!claims.assistant().equals(assistantId.value())) {
            throw badToken(assistantId, "issued for another assistant");
        }
        if (!now.isBefore(claims.expiresAt())) {
            throw badToken(assistantId, "expired at " + claims.expiresAt());
        }
        enabled(assistantId, channel);
        return new Admission(assistantId, claims.expiresAt());
    }

    /**
     * Looks for the contact's open interaction and opens one only when there is none, under the contact's lock:
     * a retry on this instance waits for the first request and finds what it opened. Two instances each receiving
     * a first call context of one contact at the same moment could still both open one (no store constraint is
     * made of it).
     */
    @Override
    public OpenedInteraction openInteraction(Admission admission, CallContext context) {
        String contactId = Text.atMost(Text.required(context.contactId(), "ContactId"), Text.MAX_LABEL_LENGTH,
                "ContactId");
        String address = Text.atMost(Text.blankToNull(context.customerAddress()), Text.MAX_LABEL_LENGTH,
                "CustomerEndpoint.Address");
        String assistant = admission.assistantId().value();
        ReentrantLock lock = contactLocks[Math.floorMod((assistant + '/' + contactId).hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            Optional<SysId> open = openInteraction(assistant, contactId);
            if (open.isPresent()) {
                return new OpenedInteraction(open.get(), true);
            }
            CallerDetails caller = new CallerDetails(address == null ? ANONYMOUS : address, null, e164(address),
                    contactId, assistant);
            return new OpenedInteraction(start.startVoiceInteraction(new StartVoiceInteractionUseCase.Command(caller)),
                    false);
        } finally {
            lock.unlock();
        }
    }

    /** The newest interaction of the contact with this assistant that is not closed. */
    private Optional<SysId> openInteraction(String assistant, String contactId) {
        return find.findByClientSessionId(contactId, new PageRequest(0, LOOK_BACK)).interactions().stream()
                .map(InteractionSummary::interaction)
                .filter(interaction -> !interaction.isClosed() && assistant.equals(interaction.caller().inboundId()))
                .map(Interaction::id)
                .findFirst();
    }

    private Channel.AmazonConnect channel(SysId assistantId) {
        try {
            return assistants.get(assistantId).channel(ChannelKind.AMAZON_CONNECT)
                    .map(Channel.AmazonConnect.class::cast)
                    .orElseThrow(() -> new CallContextRefusedException(Reason.NO_CHANNEL, "voice assistant "
                            + assistantId + " has no Amazon Connect channel"));
        } catch (AssistantNotFoundException e) {
            throw new CallContextRefusedException(Reason.UNKNOWN_ASSISTANT, e.getMessage());
        }
    }

    private static void enabled(SysId assistantId, Channel.AmazonConnect channel) {
        if (!channel.enabled()) {
            throw new CallContextRefusedException(Reason.CHANNEL_DISABLED, "the Amazon Connect channel of assistant "
                    + assistantId + " is disabled");
        }
    }

    private static CallContextRefusedException badToken(SysId assistantId, String why) {
        return new CallContextRefusedException(Reason.INVALID_TOKEN, "Amazon Connect call context for assistant "
                + assistantId + " refused: the bearer token is " + why);
    }

    /** The caller's number as a callback number, when it is one: Connect may send a SIP address or nothing. */
    private static E164Number e164(String address) {
        if (address == null) {
            return null;
        }
        try {
            return new E164Number(address);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** A client id compared in constant time, as a secret would be: it is half of the credential. */
    private static boolean sameText(String expected, String candidate) {
        return candidate != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
