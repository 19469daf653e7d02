package org.switchboard.shared.model;

/** A bridge on the PBX, which joins the channels that talk to each other. */
public record BridgeId(String value) {

    public BridgeId {
        value = Ids.require(value, "bridge id");
    }

    @Override
    public String toString() {
        return value;
    }
}
