package org.switchboard.pbx.model;

import java.util.Objects;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/**
 * A channel as every channel event names it.
 *
 * @param id the unique id
 * @param callId the linked id: the call this channel belongs to
 * @param name the channel name, e.g. {@code PJSIP/201-00000004}; its prefix up to the last '-' is the device
 */
public record ChannelRef(ChannelId id, CallId callId, String name) {

    public ChannelRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(name, "name");
    }

    /** Whether this is one half of a Local channel ({@code Local/204@internal-00000000;1} or {@code ;2}). */
    public boolean local() {
        return name.startsWith("Local/");
    }

    /** The device behind the channel: {@code PJSIP/201-00000004} is on {@code PJSIP/201}. */
    public String device() {
        int dash = name.lastIndexOf('-');
        int slash = name.indexOf('/');
        return dash > slash && slash > 0 ? name.substring(0, dash) : name;
    }
}
