package org.switchboard.shared.model;

/** A call on the PBX: the Asterisk linked id, which is the unique id of the call's first channel. */
public record CallId(String value) {

    public CallId {
        value = Ids.require(value, "call id");
    }

    @Override
    public String toString() {
        return value;
    }
}
