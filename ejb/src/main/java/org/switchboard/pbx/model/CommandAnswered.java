package org.switchboard.pbx.model;

/**
 * The answer to one of our commands, in the stream at the place where it arrived: after every event the PBX
 * sent before its response (for Originate, before its OriginateResponse). A refusal, a dropped link or a
 * timeout is an answer too.
 */
public record CommandAnswered(Stamp stamp, CommandResult result) implements PbxEvent {
    @Override
    public PbxEventKind kind() {
        return PbxEventKind.COMMAND_ANSWERED;
    }
}
