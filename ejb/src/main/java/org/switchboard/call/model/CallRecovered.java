package org.switchboard.call.model;

import java.time.Instant;

import org.switchboard.shared.model.CallId;

/**
 * A resynchronisation snapshot holds a call the model did not know (it started while the link to the PBX
 * was down): it is now in the model, rebuilt from the snapshot, without the events that led to it.
 */
public record CallRecovered(CallId call, Instant at) implements CallEvent {
}
