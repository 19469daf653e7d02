package org.switchboard.pbx.scripted;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The event filters of one AMI session, as the Filter action sets them: a regular expression lets matching
 * events through, one that starts with '!' keeps matching events out. With no filter every event passes;
 * with only "let through" filters an event must match one of them. Matched against the event's wire text.
 */
final class EventFilter {

    private final List<Pattern> allowed = new ArrayList<>();
    private final List<Pattern> denied = new ArrayList<>();

    /** Adds a filter; throws {@link java.util.regex.PatternSyntaxException} if it is not a valid expression. */
    synchronized void add(String filter) {
        if (filter.startsWith("!")) {
            denied.add(Pattern.compile(filter.substring(1)));
        } else {
            allowed.add(Pattern.compile(filter));
        }
    }

    synchronized boolean passes(AmiMessage event) {
        String wire = event.toWire();
        boolean allowedIn = allowed.isEmpty() || allowed.stream().anyMatch(p -> p.matcher(wire).find());
        return allowedIn && denied.stream().noneMatch(p -> p.matcher(wire).find());
    }
}
