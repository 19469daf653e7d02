package org.switchboard.pbx.pipeline;

import java.util.List;
import java.util.function.Predicate;

import org.switchboard.pbx.scripted.AmiMessage;

/** A recorded trace's events cut in two at the first event that matches: before it, and from it on. */
record TraceCut(List<AmiMessage> before, List<AmiMessage> rest) {

    /** Cuts before the first event that matches; fails when none does, so a wrong cut cannot pass unnoticed. */
    static TraceCut before(List<AmiMessage> events, Predicate<AmiMessage> first) {
        for (int i = 0; i < events.size(); i++) {
            if (first.test(events.get(i))) {
                return new TraceCut(events.subList(0, i), events.subList(i, events.size()));
            }
        }
        throw new AssertionError("no event of the trace matches the cut");
    }

    /** Cuts just after the first event that matches. */
    static TraceCut after(List<AmiMessage> events, Predicate<AmiMessage> first) {
        TraceCut at = before(events, first);
        return new TraceCut(events.subList(0, at.before().size() + 1), at.rest().subList(1, at.rest().size()));
    }

    /** An event of this type whose header {@code key} starts with {@code prefix}. */
    static Predicate<AmiMessage> event(String type, String key, String prefix) {
        return message -> message.type().equals(type) && message.getOr(key, "").startsWith(prefix);
    }

    /** An event of this type. */
    static Predicate<AmiMessage> event(String type) {
        return message -> message.type().equals(type);
    }
}
