package org.switchboard.call.model;

import java.time.Instant;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.ChannelId;

/**
 * The party on {@code device} left the call {@code from} and takes part in {@code call} from now on:
 * Asterisk moved its channel to this call's linked id, because it was bridged with a party of this call
 * (two calls coupled with AMI Bridge, the target of a transfer, a phone picking up a parked call). What
 * happens to that channel afterwards, its hang-up included, belongs to this call; {@code from} ends as
 * {@link CallEnded.Ending#MERGED} once its own channels are gone.
 */
public record PartyJoined(CallId call, Instant at, String device, ChannelId channel, CallId from)
        implements CallEvent {
}
