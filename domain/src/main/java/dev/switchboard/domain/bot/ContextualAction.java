package dev.switchboard.domain.bot;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A command the user can type at any time, in any of its language variants ("hi", "hola"), as the vendor's
 * sys_cs_contextual_action table holds them. What each kind does is the virtual agent's behaviour; which words
 * trigger it and where it applies are data.
 */
public record ContextualAction(Kind kind, Set<String> utterances, Scope appliesTo) {

    public enum Kind { HI, BYE, AGENT, HELP, RESTART, LOGOUT, NOTIFICATIONS }

    /** Whether the action works while the virtual agent answers, while a live agent does, or both. */
    public enum Scope {
        VIRTUAL_AGENT, LIVE_AGENT, BOTH;

        boolean covers(boolean withLiveAgent) {
            return this == BOTH || (this == LIVE_AGENT) == withLiveAgent;
        }
    }

    public ContextualAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(appliesTo, "appliesTo");
        utterances = utterances.stream().map(ContextualAction::normalised).collect(Collectors.toUnmodifiableSet());
    }

    boolean triggeredBy(String text, boolean withLiveAgent) {
        return appliesTo.covers(withLiveAgent) && utterances.contains(normalised(text));
    }

    private static String normalised(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
