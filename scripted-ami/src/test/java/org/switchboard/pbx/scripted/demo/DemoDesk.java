package org.switchboard.pbx.scripted.demo;

import org.switchboard.pbx.scripted.SettableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.state.PbxState;

/**
 * A test bench for scripted calls: a demo PBX on a manual clock, a {@link PbxState} seeded with the demo office,
 * and a way to play a scenario step by step, each step after its delay, into that state.
 */
final class DemoDesk {

    final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T09:00:00Z"));
    final DemoOffice office = DemoOffice.standard();
    final PbxState state = new PbxState(clock);
    final DemoPbx pbx = new DemoPbx(office, clock, new Random(11));
    final Scenarios scenarios = new Scenarios(pbx, new Random(17));
    final List<AmiMessage> sent = new ArrayList<>();

    DemoDesk() {
        state.seed(office.startupSync(clock));
        office.bootEvents(clock).forEach(state::apply);
    }

    /** Plays every step of the scenario in order and returns the events it made. */
    List<AmiMessage> play(Scenario scenario) {
        List<AmiMessage> events = new ArrayList<>();
        for (int i = 0; i < scenario.steps().size(); i++) {
            events.addAll(playStep(scenario, i));
        }
        return events;
    }

    /** Plays one step of the scenario after its delay. */
    List<AmiMessage> playStep(Scenario scenario, int index) {
        Step step = scenario.steps().get(index);
        clock.advance(step.delay());
        List<AmiMessage> events = step.events().get();
        events.forEach(state::apply);
        sent.addAll(events);
        return events;
    }

    /** The value of one header of the QueueMember item for this interface in this queue. */
    String member(String queue, String location, String key) {
        return state.queueStatus(queue, location).stream().filter(item -> item.type().equals("QueueMember"))
                .map(item -> item.getOr(key, "")).findFirst().orElse("");
    }
}
