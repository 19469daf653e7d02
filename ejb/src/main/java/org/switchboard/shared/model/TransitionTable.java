package org.switchboard.shared.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The legal moves of one state machine, as data: for each state, the triggers it accepts, the state each one
 * leads to, the named {@link Guard} a rule may need and the {@link Effect}s it asks for. Every machine of the
 * application (the call parties, the console session and its lines) declares one such table in its
 * {@code XxxTransitions} class, so that a reviewer reads all the moves on one screen and a test can walk every
 * state and trigger pair.
 *
 * <p>A state and trigger pair may have several rules when they are guarded: they are tried in the order they
 * were declared and the first whose guard holds is taken. An unguarded rule can only be the last of its pair.
 * Machines without guards (the party table) fire without a context.
 *
 * <p>Immutable once built, and safe to share between threads.
 *
 * @param <S> the state enum
 * @param <T> the trigger enum
 */
public final class TransitionTable<S extends Enum<S>, T extends Enum<T>> {

    private final Class<S> states;
    private final Map<S, Map<T, List<Rule<S>>>> rules;

    private TransitionTable(Class<S> states, Map<S, Map<T, List<Rule<S>>>> rules) {
        this.states = states;
        this.rules = rules;
    }

    /** Starts a table over these two enums. */
    public static <S extends Enum<S>, T extends Enum<T>> Builder<S, T> of(Class<S> states, Class<T> triggers) {
        return new Builder<>(states, triggers);
    }

    /**
     * Where {@code trigger} leads from {@code state}, or why it may not be fired there, for a table without
     * guards.
     *
     * @throws IllegalStateException when the pair has a guarded rule: that needs {@link #fire(Enum, Enum, Object)}
     */
    public Outcome<S, T> fire(S state, T trigger) {
        for (Rule<S> rule : rulesOf(state, trigger)) {
            if (rule.guard().isPresent()) {
                throw new IllegalStateException(state + " --" + trigger + "--> is guarded: fire it with a context");
            }
        }
        return fire(state, trigger, null);
    }

    /**
     * Where {@code trigger} leads from {@code state} in {@code context}: the first rule of the pair whose guard
     * holds, with its effects; or a rejection naming the state, the trigger and, when rules exist but no guard
     * holds, the fact that was missing.
     *
     * @param context what the guards look at; its type must be the one the guards were written for
     */
    public <C> Outcome<S, T> fire(S state, T trigger, C context) {
        List<Rule<S>> candidates = rulesOf(state, trigger);
        String unmet = null;
        for (Rule<S> rule : candidates) {
            Optional<Guard<C>> guard = rule.guardFor();
            Optional<String> missing = guard.flatMap(g -> g.unmet(context));
            if (missing.isEmpty()) {
                return new Outcome.Moved<>(state, trigger, rule.to(), rule.effects());
            }
            unmet = unmet == null ? missing.get() : unmet;
        }
        if (unmet != null) {
            return new Outcome.Rejected<>(state, trigger, trigger + " is not allowed in " + state + " unless " + unmet);
        }
        return new Outcome.Rejected<>(state, trigger,
                trigger + " is not allowed in " + state + " (allowed there: " + describe(allowed(state)) + ")");
    }

    /** The target of {@code trigger} from {@code state} for a table without guards, if it has that rule. */
    public Optional<S> target(S state, T trigger) {
        List<Rule<S>> candidates = rulesOf(state, trigger);
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0).to());
    }

    /** The triggers that {@code state} has a rule for, whatever their guards. */
    public Set<T> allowed(S state) {
        return Collections.unmodifiableSet(rules.get(state).keySet());
    }

    /** The triggers that would move from {@code state} in {@code context}, e.g. to offer only the buttons that work. */
    public <C> Set<T> allowed(S state, C context) {
        Set<T> allowed = new LinkedHashSet<>();
        rules.get(state).forEach((trigger, candidates) -> {
            for (Rule<S> rule : candidates) {
                Optional<Guard<C>> guard = rule.guardFor();
                if (guard.isEmpty() || guard.get().holds(context)) {
                    allowed.add(trigger);
                    return;
                }
            }
        });
        return Collections.unmodifiableSet(allowed);
    }

    /** Every rule of the pair, in the order they are tried (for documentation and tests). */
    public List<Rule<S>> rules(S state, T trigger) {
        return rulesOf(state, trigger);
    }

    /** The machine's states, in declaration order. */
    public Set<S> states() {
        return Collections.unmodifiableSet(EnumSet.allOf(states));
    }

    private List<Rule<S>> rulesOf(S state, T trigger) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(trigger, "trigger");
        return rules.get(state).getOrDefault(trigger, List.of());
    }

    private static String describe(Set<?> triggers) {
        return triggers.isEmpty() ? "none" : triggers.toString();
    }

    /**
     * One rule: go to {@code to}, when the guard (if any) holds, asking for {@code effects}.
     *
     * @param <S> the state enum
     */
    public record Rule<S extends Enum<S>>(S to, Optional<Guard<?>> guard, List<Effect> effects) {

        public Rule {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(guard, "guard");
            effects = List.copyOf(effects);
        }

        @SuppressWarnings("unchecked") // the table's owner fires it with the context its guards were written for
        <C> Optional<Guard<C>> guardFor() {
            return guard.map(g -> (Guard<C>) g);
        }
    }

    /** Collects the rules; an unreachable or repeated rule is a programming error. */
    public static final class Builder<S extends Enum<S>, T extends Enum<T>> {

        private final Class<S> states;
        private final Map<S, Map<T, List<Rule<S>>>> rules;

        private Builder(Class<S> states, Class<T> triggers) {
            this.states = Objects.requireNonNull(states, "states");
            Objects.requireNonNull(triggers, "triggers");
            this.rules = new EnumMap<>(states);
            for (S state : states.getEnumConstants()) {
                rules.put(state, new EnumMap<>(triggers));
            }
        }

        /** {@code from --trigger--> to}, always, asking for {@code effects}. */
        public Builder<S, T> allow(S from, T trigger, S to, Effect... effects) {
            return add(from, trigger, new Rule<>(to, Optional.empty(), List.of(effects)));
        }

        /** {@code from --trigger--> to} when {@code guard} holds, asking for {@code effects}. */
        public Builder<S, T> allow(S from, T trigger, Guard<?> guard, S to, Effect... effects) {
            return add(from, trigger, new Rule<>(to, Optional.of(Objects.requireNonNull(guard, "guard")),
                    List.of(effects)));
        }

        private Builder<S, T> add(S from, T trigger, Rule<S> rule) {
            List<Rule<S>> pair = rules.get(Objects.requireNonNull(from, "from"))
                    .computeIfAbsent(Objects.requireNonNull(trigger, "trigger"), ignored -> new ArrayList<>());
            if (!pair.isEmpty() && pair.get(pair.size() - 1).guard().isEmpty()) {
                throw new IllegalArgumentException(from + " --" + trigger + "--> is declared twice"
                        + " (a rule after an unguarded one is never taken)");
            }
            pair.add(rule);
            return this;
        }

        public TransitionTable<S, T> build() {
            Map<S, Map<T, List<Rule<S>>>> frozen = new EnumMap<>(states);
            rules.forEach((state, byTrigger) -> {
                Map<T, List<Rule<S>>> copy = new LinkedHashMap<>();
                byTrigger.forEach((trigger, pair) -> copy.put(trigger, List.copyOf(pair)));
                frozen.put(state, Collections.unmodifiableMap(copy));
            });
            return new TransitionTable<>(states, Collections.unmodifiableMap(frozen));
        }
    }
}
