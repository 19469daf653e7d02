package org.switchboard.pbx;

import org.switchboard.pbx.model.PbxEventKind;

/**
 * CDI event: the PBX link or the PBX itself changed state (the AMI link connected or lost, the picture of the PBX
 * synchronised, the PBX booted or shutting down), fired by {@link LivePbx} on the pump's thread as the event is
 * applied. Observers must not block: the health board only starts a probe round, so that a lost link refuses
 * calls at once instead of at the next scheduled round.
 *
 * @param kind which of the connection events it was
 * @param detail what the event said (the reason of a disconnection), for the logs
 */
public record PbxLinkChanged(PbxEventKind kind, String detail) {
}
