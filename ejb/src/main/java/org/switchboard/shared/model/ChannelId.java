package org.switchboard.shared.model;

/** One channel on the PBX: the Asterisk unique id, stable for the channel's whole life. */
public record ChannelId(String value) {

    public ChannelId {
        value = Ids.require(value, "channel id");
    }

    @Override
    public String toString() {
        return value;
    }
}
