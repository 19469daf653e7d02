package org.switchboard.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.switchboard.pbx.scripted.AmiMessage;

/**
 * Counts the calls that ended in the events sent to the server, as Asterisk shows them: a call (linked id) ends
 * when the last of its channels hangs up, or moves to another call (a transfer gives a channel the linked id of the
 * call it joins). What the server should have stored a record of.
 */
final class EndedCalls {

    private final Map<String, String> callOfChannel = new HashMap<>();
    private final Map<String, Set<String>> channelsOfCall = new HashMap<>();
    private long ended;

    void note(AmiMessage event) {
        String call = event.getOr("Linkedid", "");
        String channel = event.getOr("Uniqueid", "");
        if (call.isEmpty() || channel.isEmpty()) {
            return;
        }
        String before = callOfChannel.get(channel);
        if (event.type().equals("Newchannel") || before != null && !before.equals(call)) {
            leave(before, channel);
            callOfChannel.put(channel, call);
            channelsOfCall.computeIfAbsent(call, key -> new HashSet<>()).add(channel);
        }
        if (event.type().equals("Hangup")) {
            leave(callOfChannel.remove(channel), channel);
        }
    }

    long ended() {
        return ended;
    }

    private void leave(String call, String channel) {
        Set<String> channels = call == null ? null : channelsOfCall.get(call);
        if (channels != null && channels.remove(channel) && channels.isEmpty()) {
            channelsOfCall.remove(call);
            ended++;
        }
    }
}
