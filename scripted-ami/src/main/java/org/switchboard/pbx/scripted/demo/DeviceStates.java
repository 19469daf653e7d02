package org.switchboard.pbx.scripted.demo;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The device state of every PJSIP endpoint, derived from its live channels the way chan_pjsip does: a channel
 * that rings makes the device RINGING, one that is up (or calling out) makes it INUSE, or ONHOLD when every such
 * channel is held; no channel, NOT_INUSE. A change is written as DeviceStateChange and, for a phone with a hint,
 * as ExtensionStatus.
 */
final class DeviceStates {

    private record Hint(int status, String text) {
    }

    private static final Map<String, Hint> HINTS = Map.of("NOT_INUSE", new Hint(0, "Idle"),
            "INUSE", new Hint(1, "InUse"), "BUSY", new Hint(2, "Busy"), "UNAVAILABLE", new Hint(4, "Unavailable"),
            "RINGING", new Hint(8, "Ringing"), "RINGINUSE", new Hint(9, "InUse&Ringing"),
            "ONHOLD", new Hint(16, "Hold"));

    private final List<String> phones;
    private final List<String> endpoints;
    private final Map<String, String> published = new HashMap<>();

    DeviceStates(DemoOffice office) {
        this.phones = office.phones().stream().map(DemoOffice.Phone::extension).toList();
        this.endpoints = Stream.concat(phones.stream(),
                Stream.of(DemoOffice.TRUNK, DemoOffice.CONSOLE_PEER)).toList();
        endpoints.forEach(endpoint -> published.put(device(endpoint), "NOT_INUSE"));
    }

    /** The state last written for a device such as {@code PJSIP/201}. */
    String state(String device) {
        return published.getOrDefault(device, "UNKNOWN");
    }

    /** Writes the changes the present channels make. */
    void publish(StepEvents events, Collection<DemoChannel> live) {
        for (String endpoint : endpoints) {
            String state = aggregate(live.stream().filter(channel -> channel.endpoint().equals(endpoint)).toList());
            if (!state.equals(published.put(device(endpoint), state))) {
                events.event("DeviceStateChange", StepEvents.CALL).with("Device", device(endpoint))
                        .with("State", state);
                if (phones.contains(endpoint)) {
                    Hint hint = HINTS.get(state);
                    events.event("ExtensionStatus", StepEvents.CALL).with("Exten", endpoint)
                            .with("Context", "internal").with("Hint", device(endpoint))
                            .with("Status", Integer.toString(hint.status())).with("StatusText", hint.text());
                }
            }
        }
    }

    private static String aggregate(List<DemoChannel> channels) {
        long ringing = channels.stream().filter(channel -> channel.state() == DemoChannel.RINGING).count();
        List<DemoChannel> busy = channels.stream()
                .filter(channel -> channel.state() == DemoChannel.RING || channel.state() == DemoChannel.UP)
                .toList();
        if (!busy.isEmpty()) {
            if (ringing > 0) {
                return "RINGINUSE";
            }
            return busy.stream().allMatch(DemoChannel::held) ? "ONHOLD" : "INUSE";
        }
        return ringing > 0 ? "RINGING" : "NOT_INUSE";
    }

    static String device(String endpoint) {
        return "PJSIP/" + endpoint;
    }
}
