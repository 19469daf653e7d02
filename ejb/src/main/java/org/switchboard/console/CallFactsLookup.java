package org.switchboard.console;

import java.util.function.Function;

import org.switchboard.call.model.Call;
import org.switchboard.console.model.CallFacts;
import org.switchboard.pbx.LivePbx;
import org.switchboard.shared.model.CallId;

/**
 * What the console shows of a call it starts following, from the call model: the caller's number and name (for
 * a call the desk dialled, whom it is connected to), and the number the caller asked for as its disposition.
 */
record CallFactsLookup(LivePbx live) implements Function<CallId, CallFacts> {

    @Override
    public CallFacts apply(CallId id) {
        return live.call(id).map(CallFactsLookup::facts).orElseGet(() -> CallFacts.of(id));
    }

    static CallFacts facts(Call call) {
        return new CallFacts(call.id(), call.caller().number(), call.caller().name(), call.calledNumber(),
                call.queue());
    }
}
