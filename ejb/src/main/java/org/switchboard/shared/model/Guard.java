package org.switchboard.shared.model;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A named condition on a transition: the rule applies only when the guard holds for the machine's context
 * (for a console session: the session and the command's target). The name is written for people, as the
 * fact that must hold ("the line has a call"), because a rejection quotes it.
 *
 * @param <C> what the guard looks at
 */
public record Guard<C>(String name, Predicate<? super C> test) {

    public Guard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(test, "test");
    }

    /** A guard holding when {@code test} does, named after the fact it checks. */
    public static <C> Guard<C> of(String name, Predicate<? super C> test) {
        return new Guard<>(name, test);
    }

    /** Whether the rule may be taken in {@code context}. */
    public boolean holds(C context) {
        return test.test(context);
    }

    /** The guard holding exactly when this one does not, named "not (name)". */
    public Guard<C> negate() {
        return new Guard<>("not (" + name + ")", context -> !test.test(context));
    }

    @Override
    public String toString() {
        return name;
    }
}
