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
        List<Chan> peers = office.peers(channel);
        Bridge bridge = office.bridgeOf(channel);
        script.leave(bridge, channel);
        peers.forEach(peer -> script.leave(bridge, peer));
        return peers;
    }

    /** After {@link #leave}: the bridge left behind goes, and its peers are hung up. */
    void endLeftBridge(Script script, Chan channel, List<Chan> peers) {
        if (channel.bridgeId().isEmpty()) {
            return;
        }
        script.bridge("BridgeDestroy", office.bridgeOf(channel).emptied());
        peers.forEach(peer -> hangUp(script, peer, 16, false));
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
