package dev.switchboard.application.service;

import dev.switchboard.application.port.in.VoiceAssistantsUseCase;
import dev.switchboard.application.port.out.Clock;
import dev.switchboard.application.port.out.ConcurrentUpdateException;
import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.application.port.out.PublicAddress;
import dev.switchboard.application.port.out.SecretCipher;
import dev.switchboard.application.port.out.UnitOfWork;
import dev.switchboard.application.port.out.VoiceAssistants;
import dev.switchboard.domain.assistant.AssistantNotFoundException;
import dev.switchboard.domain.assistant.Channel;
import dev.switchboard.domain.assistant.ChannelAddresses;
import dev.switchboard.domain.assistant.ChannelKind;
import dev.switchboard.domain.assistant.RandomSource;
import dev.switchboard.domain.assistant.SipTrunks;
import dev.switchboard.domain.assistant.VoiceAssistant;
import dev.switchboard.domain.shared.SysId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The assistants' life as administrators shape it. Each change is read, decided by the {@link VoiceAssistant}
 * aggregate, sealed ({@link AssistantSealing}) and stored by compare-and-set; when another request changed the
 * assistant first, the change is decided again on the newer copy, as for the webhook endpoints.
 */
public final class VoiceAssistantsService implements VoiceAssistantsUseCase {

    /** Attempts at one change before giving up on a busy assistant. */
    private static final int TRIES = 5;

    private final VoiceAssistants store;
    private final AssistantSealing sealing;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final IdGenerator ids;
    private final RandomSource random;
    private final SipTrunks trunks;
    private final PublicAddress publicAddress;
    private final Duration rotationOverlap;

    /**
     * @param random          a secure random source: every generated id and secret is drawn from it
     * @param trunks          the SIP trunk regions a Genesys SIP channel may choose from
     * @param rotationOverlap how long a replaced secret stays valid beside the new one
     */
    public VoiceAssistantsService(VoiceAssistants store, SecretCipher cipher, UnitOfWork unitOfWork, Clock clock,
                                  IdGenerator ids, RandomSource random, SipTrunks trunks, PublicAddress publicAddress,
                                  Duration rotationOverlap) {
        this.store = store;
        this.sealing = new AssistantSealing(cipher);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.ids = ids;
        this.random = random;
        this.trunks = trunks;
        this.publicAddress = publicAddress;
        this.rotationOverlap = rotationOverlap;
    }

    @Override
    public Configured create(VoiceAssistant.Settings settings) {
        VoiceAssistant assistant = VoiceAssistant.create(ids.next(), settings, trunks, random, clock.now());
        unitOfWork.run(() -> {
            store.add(sealing.seal(assistant));
            return null;
        });
        return new Configured(stored(assistant), withGeneratedSecrets(assistant, Set.of()));
    }

    @Override
    public List<VoiceAssistant> list() {
        return unitOfWork.run(() -> store.findAll().stream().map(sealing::open).toList());
    }

    @Override
    public VoiceAssistant get(SysId id) {
        return unitOfWork.run(() -> read(id));
    }

    @Override
    public Configured update(SysId id, VoiceAssistant.Settings settings) {
        Set<ChannelKind> before = EnumSet.noneOf(ChannelKind.class);
        VoiceAssistant changed = change(id, current -> {
            before.clear();
            current.channels().forEach(channel -> before.add(channel.kind()));
            return current.reconfigure(settings, trunks, random, clock.now());
        });
        return new Configured(changed, withGeneratedSecrets(changed, before));
    }

    @Override
    public Rotated rotateSecrets(SysId id, ChannelKind kind) {
        Instant now = clock.now();
        VoiceAssistant rotated = change(id, current -> current.rotate(kind, random, rotationOverlap, now));
        return new Rotated(rotated, kind, now.plus(rotationOverlap));
    }

    @Override
    public void delete(SysId id) {
        if (!unitOfWork.run(() -> store.delete(id.value()))) {
            throw new AssistantNotFoundException(id);
        }
    }

    @Override
    public ChannelAddresses addresses() {
        return new ChannelAddresses(publicAddress.baseUrl());
    }

    private VoiceAssistant change(SysId id, UnaryOperator<VoiceAssistant> decide) {
        for (int tried = 1; ; tried++) {
            try {
                return unitOfWork.run(() -> {
                    VoiceAssistant next = decide.apply(read(id));
                    store.update(sealing.seal(next));
                    return stored(next);
                });
            } catch (ConcurrentUpdateException e) {
                if (tried == TRIES) {
                    throw e;
                }
            }
        }
    }

    private VoiceAssistant read(SysId id) {
        return store.findById(id.value()).map(sealing::open).orElseThrow(() -> new AssistantNotFoundException(id));
    }

    /** The channels, not among {@code before}, that have generated secrets: this answer is their first. */
    private static Set<ChannelKind> withGeneratedSecrets(VoiceAssistant assistant, Set<ChannelKind> before) {
        return assistant.channels().stream().filter(channel -> !channel.rotatingSecrets().isEmpty())
                .map(Channel::kind).filter(kind -> !before.contains(kind))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The copy the store now has: one version on. */
    private static VoiceAssistant stored(VoiceAssistant assistant) {
        VoiceAssistant.Snapshot s = assistant.snapshot();
        return VoiceAssistant.restore(new VoiceAssistant.Snapshot(s.id(), s.name(), s.description(),
                s.providerApplication(), s.channels(), s.createdAt(), s.updatedAt(), s.version() + 1));
    }
}
