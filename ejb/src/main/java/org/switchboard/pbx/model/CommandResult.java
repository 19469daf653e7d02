package org.switchboard.pbx.model;

import java.time.Duration;

/**
 * What became of one {@link PbxCommand}. Every way a command can end is one of these records, never an
 * exception: the PBX did it, refused it (with Asterisk's message), did not know the channel, the link was
 * down (or went down before the answer), or no answer came in time.
 */
public sealed interface CommandResult {

    CommandId id();

    PbxCommand command();

    /** How a command ended, in four words a log or a console can switch over exhaustively. */
    enum Outcome { DONE, REFUSED, LINK_DOWN, TIMED_OUT }

    Outcome outcome();

    /** Asterisk's message, the reason or the wait, in words. */
    String detail();

    /** Whether the PBX did what was asked. */
    default boolean succeeded() {
        return outcome() == Outcome.DONE;
    }

    /** {@code Response: Success}, with Asterisk's Message (such as {@code Redirect successful}). */
    record Done(CommandId id, PbxCommand command, String message) implements CommandResult {
        @Override
        public Outcome outcome() {
            return Outcome.DONE;
        }

        @Override
        public String detail() {
            return message;
        }
    }

    /**
     * An Originate whose OriginateResponse came back: {@code Success} (reason 4, the dialled device answered)
     * or {@code Failure} with Asterisk's reason (0 unknown, 1 hung up, 3 not answered in time, 5 busy,
     * 8 congestion). The channel and unique id are those of the originated leg.
     */
    record Originated(CommandId id, PbxCommand command, boolean answered, int reason, String channel,
            String uniqueId) implements CommandResult {

        /** Asterisk's outgoing reason as words. */
        public String reasonText() {
            return switch (reason) {
                case 1 -> "hung up";
                case 3 -> "no answer";
                case 4 -> "answered";
                case 5 -> "busy";
                case 8 -> "congestion";
                default -> "failed";
            };
        }

        @Override
        public Outcome outcome() {
            return answered ? Outcome.DONE : Outcome.REFUSED;
        }

        @Override
        public String detail() {
            return reasonText() + (channel.isEmpty() ? "" : " " + channel);
        }
    }

    /** {@code Response: Error}: the PBX said no, with its message. */
    sealed interface Rejection extends CommandResult {
        String message();

        @Override
        default Outcome outcome() {
            return Outcome.REFUSED;
        }

        @Override
        default String detail() {
            return message();
        }
    }

    /** {@code Response: Error} with Asterisk's Message (a non-member removed from a queue, a bad space, ...). */
    record Refused(CommandId id, PbxCommand command, String message) implements Rejection {
    }

    /** {@code Response: Error} because the channel does not exist (any more), as Asterisk said. */
    record UnknownChannel(CommandId id, PbxCommand command, String message) implements Rejection {
    }

    /** The link to the PBX was down when the command was sent, or went down before its answer came. */
    record LinkDown(CommandId id, PbxCommand command, String reason) implements CommandResult {
        @Override
        public Outcome outcome() {
            return Outcome.LINK_DOWN;
        }

        @Override
        public String detail() {
            return reason;
        }
    }

    /** No answer within {@code after}; the PBX may still have done it. */
    record TimedOut(CommandId id, PbxCommand command, Duration after) implements CommandResult {
        @Override
        public Outcome outcome() {
            return Outcome.TIMED_OUT;
        }

        @Override
        public String detail() {
            return after.toMillis() + " ms";
        }
    }
}
