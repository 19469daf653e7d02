package org.switchboard.shared.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The legal moves of one state machine, as data: for each state, the triggers it accepts and the state
 * each one leads to. Every machine of the application (the call parties, the console session and its
 * lines) declares one such table in its {@code XxxTransitions} class, so that a reviewer reads all the
 * moves on one screen and a test can walk every state and trigger pair.
 *
 * <p>Immutable once built, and safe to share between threads.
 *
 * @param <S> the state enum
 * @param <T> the trigger enum
 */
public final class TransitionTable<S extends Enum<S>, T extends Enum<T>> {

    private final Class<S> states;
    private final Map<S, Map<T, S>> rules;

    private TransitionTable(Class<S> states, Map<S, Map<T, S>> rules) {
        this.states = states;
        this.rules = rules;
    }

    /** Starts a table over these two enums. */
    public static <S extends Enum<S>, T extends Enum<T>> Builder<S, T> of(Class<S> states, Class<T> triggers) {
        return new Builder<>(states, triggers);
    }

    /** Where {@code trigger} leads from {@code state}, or why it may not be fired there. */
    public Outcome<S, T> fire(S state, T trigger) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(trigger, "trigger");
        S to = rules.get(state).get(trigger);
        if (to != null) {
            return new Outcome.Moved<>(state, trigger, to);
        }
        return new Outcome.Rejected<>(state, trigger,
                trigger + " is not allowed in " + state + " (allowed there: " + describe(allowed(state)) + ")");
    }

    /** The target of {@code trigger} from {@code state}, if the table has that rule. */
    public Optional<S> target(S state, T trigger) {
        return Optional.ofNullable(rules.get(state).get(trigger));
    }

    /** The triggers that {@code state} accepts, e.g. to offer only the buttons that can work. */
    public Set<T> allowed(S state) {
        return Collections.unmodifiableSet(rules.get(state).keySet());
    }

    /** The machine's states, in declaration order. */
    public Set<S> states() {
        return Collections.unmodifiableSet(EnumSet.allOf(states));
    }

    private static String describe(Set<?> triggers) {
        return triggers.isEmpty() ? "none" : triggers.toString();
    }

    /** Collects the rules; a second rule for the same state and trigger is a programming error. */
    public static final class Builder<S extends Enum<S>, T extends Enum<T>> {

        private final Class<S> states;
        private final Map<S, Map<T, S>> rules;

        private Builder(Class<S> states, Class<T> triggers) {
            this.states = Objects.requireNonNull(states, "states");
            Objects.requireNonNull(triggers, "triggers");
            this.rules = new EnumMap<>(states);
            for (S state : states.getEnumConstants()) {
                rules.put(state, new EnumMap<>(triggers));
            }
        }

        /** {@code from --trigger--> to}. */
        public Builder<S, T> allow(S from, T trigger, S to) {
            Objects.requireNonNull(to, "to");
            S previous = rules.get(Objects.requireNonNull(from, "from")).putIfAbsent(
                    Objects.requireNonNull(trigger, "trigger"), to);
            if (previous != null) {
                throw new IllegalArgumentException(from + " --" + trigger + "--> is declared twice");
            }
            return this;
        }

        public TransitionTable<S, T> build() {
            Map<S, Map<T, S>> frozen = new EnumMap<>(states);
            rules.forEach((state, byTrigger) -> frozen.put(state,
                    Collections.unmodifiableMap(new EnumMap<>(byTrigger))));
            return new TransitionTable<>(states, Collections.unmodifiableMap(frozen));
        }
    }
}
