package org.switchboard.shared.model;

import java.util.List;
import java.util.Objects;

/**
 * What a state machine answers when it is given a trigger: it either moved (possibly to the state it
 * was already in) or refused the trigger, with a reason a person can read. A machine never throws for a
 * trigger it does not accept.
 *
 * @param <S> the machine's state enum
 * @param <T> the machine's trigger enum
 */
public sealed interface Outcome<S extends Enum<S>, T extends Enum<T>> {

    T trigger();

    /**
     * The table allowed the trigger: {@code from --trigger--> to}, asking the service for {@code effects}, to be
     * run after the step in their order.
     */
    record Moved<S extends Enum<S>, T extends Enum<T>>(S from, T trigger, S to, List<Effect> effects)
            implements Outcome<S, T> {

        public Moved {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(to, "to");
            effects = List.copyOf(effects);
        }

        /** A move without effects. */
        public Moved(S from, T trigger, S to) {
            this(from, trigger, to, List.of());
        }

        /** Whether the state changed, as opposed to a trigger the state absorbs. */
        public boolean changed() {
            return from != to;
        }

        @Override
        public String toString() {
            return from + " --" + trigger + "--> " + to;
        }
    }

    /** The table has no rule for the trigger in this state, or none whose guard holds. */
    record Rejected<S extends Enum<S>, T extends Enum<T>>(S state, T trigger, String reason)
            implements Outcome<S, T> {

        public Rejected {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
