package org.switchboard.pbx.model;

import java.time.Instant;
import java.util.Objects;

/**
 * When something happened: the PBX's own time for the event, and the moment our side read it off the
 * socket. Only their order is trusted; the PBX clock may be off.
 *
 * @param pbxTime the event's Timestamp header, or the received time when the PBX sent none
 * @param receivedAt when asterisk-java's reader handed the event over
 */
public record Stamp(Instant pbxTime, Instant receivedAt) {

    public Stamp {
        Objects.requireNonNull(pbxTime, "pbxTime");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A stamp for something we observed ourselves (connection up or down, snapshot taken). */
    public static Stamp at(Instant now) {
        return new Stamp(now, now);
    }
}
