package org.switchboard.pbx.scripted.demo;

import java.util.List;
import java.util.Set;

/**
 * One call of the demo office as a timed script: its name (for logs and tests), the phones it occupies from its
 * first step to its last, and its steps in order. Playing every step, in order, always ends the call: no channel,
 * bridge, queue caller or parked call of it is left.
 */
record Scenario(String name, Set<String> phones, List<Step> steps) {

    Scenario {
        phones = Set.copyOf(phones);
        steps = List.copyOf(steps);
    }
}
