package org.switchboard.shared.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A named condition on a transition: the rule applies only when the guard holds for the machine's context
 * (for a console session: the session and the trigger's target). The name is written for people, as the fact
 * that must hold ("the call is on a line"), because a rejection quotes it. A guard made of several with
 * {@link #all} names, when it fails, the first part that does not hold.
 *
 * @param <C> what the guard looks at
 */
public final class Guard<C> {

    private final String name;
    private final Predicate<? super C> test;
    private final List<Guard<C>> parts;

    private Guard(String name, Predicate<? super C> test, List<Guard<C>> parts) {
        this.name = Objects.requireNonNull(name, "name");
        this.test = Objects.requireNonNull(test, "test");
        this.parts = parts;
    }

    /** A guard holding when {@code test} does, named after the fact it checks. */
    public static <C> Guard<C> of(String name, Predicate<? super C> test) {
        return new Guard<>(name, test, List.of());
    }

    /** A guard holding when every part holds. */
    @SafeVarargs
    public static <C> Guard<C> all(Guard<C>... parts) {
        List<Guard<C>> all = List.of(parts);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a guard needs at least one part");
        }
        String name = all.stream().map(Guard::name).collect(Collectors.joining(" and "));
        return new Guard<>(name, context -> all.stream().allMatch(part -> part.holds(context)), all);
    }

    public String name() {
        return name;
    }

    /** Whether the rule may be taken in {@code context}. */
    public boolean holds(C context) {
        return test.test(context);
    }

    /** The fact that does not hold in {@code context} (for {@link #all}, the first part that fails), if any. */
    public Optional<String> unmet(C context) {
        if (holds(context)) {
            return Optional.empty();
        }
        for (Guard<C> part : parts) {
            Optional<String> unmet = part.unmet(context);
            if (unmet.isPresent()) {
                return unmet;
            }
        }
        return Optional.of(name);
    }

    /** The guard holding exactly when this one does not, named "not (name)". */
    public Guard<C> negate() {
        return new Guard<>("not (" + name + ")", context -> !test.test(context), List.of());
    }

    @Override
    public String toString() {
        return name;
    }
}
