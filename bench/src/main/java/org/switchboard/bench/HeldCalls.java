package org.switchboard.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.switchboard.pbx.scripted.AmiMessage;

/**
 * The office day with every answered call kept up: the events of a call pass until both of its parties are in a
 * bridge, and nothing of that call (by linked id, its channels' unique ids or its bridge) passes afterwards. Calls
 * that end unanswered pass whole and leave nothing behind; device, extension and queue member updates pass as the
 * day writes them. So the events of {@link #untilEstablished(int)} leave that many more established calls in a model
 * fed with them, plus at most the few calls still being set up at that moment.
 */
final class HeldCalls {

    private final EventStream day;
    private final Map<String, Integer> bridgedParties = new HashMap<>();
    private final Map<String, String> callOfChannel = new HashMap<>();
    private final Set<String> held = new HashSet<>();
    private final Set<String> heldBridges = new HashSet<>();

    HeldCalls(EventStream day) {
        this.day = day;
    }

    /** How many calls are kept up so far. */
    int established() {
        return held.size();
    }

    /** The events that pass, up to the one that makes {@code more} further calls established. */
    List<AmiMessage> untilEstablished(int more) {
        int target = held.size() + more;
        List<AmiMessage> passed = new ArrayList<>();
        while (held.size() < target) {
            AmiMessage event = day.next();
            if (passes(event)) {
                passed.add(event);
                noteBridging(event);
            }
        }
        return passed;
    }

    private boolean passes(AmiMessage event) {
        String call = event.getOr("Linkedid", "");
        String channel = event.getOr("Uniqueid", "");
        if (!call.isEmpty() && !channel.isEmpty()) {
            callOfChannel.put(channel, call);
        }
        return !held.contains(call) && !held.contains(event.getOr("DestLinkedid", ""))
                && !held.contains(callOfChannel.getOrDefault(channel, ""))
                && !heldBridges.contains(event.getOr("BridgeUniqueid", ""));
    }

    private void noteBridging(AmiMessage event) {
        if (!event.type().equals("BridgeEnter")) {
            return;
        }
        String call = event.getOr("Linkedid", "");
        if (bridgedParties.merge(call, 1, Integer::sum) == 2) {
            bridgedParties.remove(call);
            held.add(call);
            heldBridges.add(event.getOr("BridgeUniqueid", ""));
        }
    }
}
