package org.switchboard.pbx.scripted.control;

import java.util.List;

/**
 * How a channel leaves what it is doing when an action takes it elsewhere, in Asterisk's order: music on hold
 * stops, a queue lets the caller go (the desks' dials are cancelled, twice, and their channels hang up), a
 * bridge is left by the channel and then by its peers, who are hung up when the bridge is destroyed.
 */
final class Moves {

    private final Office office;

    Moves(Office office) {
        this.office = office;
    }

    /** Music off and out of the queue; returns the peers the channel leaves in its bridge (left already). */
    List<Chan> leave(Script script, Chan channel) {
        if (channel.music()) {
            script.channel("MusicOnHoldStop", channel);
        }
        if (!channel.queue().isEmpty()) {
            leaveQueue(script, channel);
        }
        if (channel.bridgeId().isEmpty()) {
            return List.of();
        }
        Bridge bridge = office.bridgeOf(channel);
        if (parked(channel)) {
            leaveParking(script, channel, bridge);
            return List.of();
        }
        List<Chan> peers = office.peers(channel);
        script.leave(bridge, channel);
        peers.forEach(peer -> script.leave(bridge, peer));
        return peers;
    }

    /** After {@link #leave}: the bridge left behind goes, and its peers are hung up (a parking lot's stays). */
    void endLeftBridge(Script script, Chan channel, List<Chan> peers) {
        if (channel.bridgeId().isEmpty() || parked(channel)) {
            return;
        }
        script.bridge("BridgeDestroy", office.bridgeOf(channel).emptied());
        peers.forEach(peer -> hangUp(script, peer, 16, false));
    }

    /** Whether the channel waits in a parking lot's holding bridge. */
    boolean parked(Chan channel) {
        return !channel.bridgeId().isEmpty()
                && "parking".equals(office.state().bridge(channel.bridgeId()).get("BridgeType"));
    }

    /**
     * A parked call leaves its space other than by a pick-up or its timeout (a Redirect, a hang-up): the lot
     * reports that it gave up (ParkedCallGiveUp, with the ParkedCall fields) and it leaves the holding bridge,
     * which stays. Not recorded; res_parking reports the give-up when the channel is pulled from the bridge.
     */
    private void leaveParking(Script script, Chan parkee, Bridge holding) {
        office.state().parkedCalls("").stream()
                .filter(item -> item.getOr("ParkeeUniqueid", "").equals(parkee.uniqueId())).findFirst()
                .ifPresent(parked -> {
                    var giveUp = script.event("ParkedCallGiveUp", Script.CALL);
                    parked.headers().stream()
                            .filter(header -> !header.key().equals("Event") && !header.key().equals("ActionID"))
                            .forEach(header -> giveUp.put(header.key(), header.value()));
                });
        script.leave(holding, parkee);
    }

    /** The queue lets a waiting caller go: the desks stop ringing, it abandons and leaves. */
    void leaveQueue(Script script, Chan caller) {
        List<Chan> desks = office.ringingFor(caller);
        for (int round = 0; round < 2; round++) {
            desks.forEach(desk -> script.dial("DialEnd", caller, desk).put("DialStatus", "CANCEL"));
        }
        long[] where = office.state().queueCaller(caller.queue(), caller.uniqueId());
        var abandon = script.channel("QueueCallerAbandon", caller);
        abandon.put("Queue", caller.queue());
        abandon.put("Position", Long.toString(where[0]));
        abandon.put("OriginalPosition", Long.toString(where[0]));
        abandon.put("HoldTime", Long.toString(where[1]));
        desks.forEach(desk -> hangUp(script, desk, 0, false));
        var leave = script.channel("QueueCallerLeave", caller);
        leave.put("Queue", caller.queue());
        leave.put("Count", "0");
        leave.put("Position", Long.toString(where[0]));
    }

    /** The channel goes: SoftHangupRequest when Asterisk ends it ({@code soft}), Hangup, its device idle. */
    void hangUp(Script script, Chan channel, int cause, boolean soft) {
        if (soft) {
            script.hangupRequest("SoftHangupRequest", channel, cause);
        }
        script.hangup(channel, cause);
        if (Office.isPhone(channel.device())) {
            script.device(channel.device(), "NOT_INUSE");
        }
    }
}
