package org.switchboard.protocol;

import java.util.Objects;
import java.util.Optional;

/**
 * What a console client asks the server to do: one record per command of protocol v1, each checking its
 * fields when it is made (a record that exists is a command the server may act on). Every command carries
 * {@code seq}, the client's own number for it (0 or more), which the server echoes in the state update's
 * pending command and error. See docs/console-protocol.md for the wire form of each.
 */
public sealed interface ConsoleCommand {

    /** The client's number for this command, echoed in errors. */
    long seq();

    /** The wire name of the command. */
    CommandName name();

    /**
     * {@code LOG_IN}: start the session, in the queues, {@code paused} or not. {@code client} names the client, for
     * the logs; {@code presence} asks for the colleagues' presence ({@link PresenceUpdate}s), which a client that
     * does not know them must not receive (the field is optional on the wire, {@code false} when absent);
     * {@code status}, when present, is the status her console login states from the start (one she may state with
     * {@link SetPresence}): a client that logs in again after a lost connection keeps what she had set.
     * {@code failover} says the client keeps a link to both sites of a pair and asks where to work: the session
     * gets {@link SiteUpdate}s, which a client that does not know them must not receive (optional on the wire,
     * {@code false} when absent).
     */
    record LogIn(long seq, boolean paused, Optional<String> client, boolean presence,
            Optional<PresenceUpdate.Status> status, boolean failover) implements ConsoleCommand {
        public LogIn {
            WireRules.count("seq", seq);
            WireRules.optionalText("client", client, 100);
            Objects.requireNonNull(status, "status").ifPresent(ConsoleCommand::requireSettable);
        }

        /** A log in of a client with one link, as every client before the pair sent it. */
        public LogIn(long seq, boolean paused, Optional<String> client, boolean presence,
                Optional<PresenceUpdate.Status> status) {
            this(seq, paused, client, presence, status, false);
        }

        /** The same log in, asking for SITE updates or not. */
        public LogIn withFailover(boolean asked) {
            return new LogIn(seq, paused, client, presence, status, asked);
        }

        /** A log in that states no status: a new session's console login starts available. */
        public LogIn(long seq, boolean paused, Optional<String> client, boolean presence) {
            this(seq, paused, client, presence, Optional.empty());
        }

        /** A log in that does not ask for presence, as every client before presence sent it. */
        public LogIn(long seq, boolean paused, Optional<String> client) {
            this(seq, paused, client, false);
        }

        @Override
        public CommandName name() {
            return CommandName.LOG_IN;
        }
    }

    /** {@code LOG_OUT}: end the session and leave the queues. */
    record LogOut(long seq) implements ConsoleCommand {
        public LogOut {
            WireRules.count("seq", seq);
        }

        @Override
        public CommandName name() {
            return CommandName.LOG_OUT;
        }
    }

    /** {@code PAUSE}: stay logged in but receive no queue calls. */
    record Pause(long seq, Optional<String> reason) implements ConsoleCommand {
        public Pause {
            WireRules.count("seq", seq);
            WireRules.optionalText("reason", reason, 100);
        }

        @Override
        public CommandName name() {
            return CommandName.PAUSE;
        }
    }

    /** {@code UNPAUSE}: receive queue calls again. */
    record Unpause(long seq) implements ConsoleCommand {
        public Unpause {
            WireRules.count("seq", seq);
        }

        @Override
        public CommandName name() {
            return CommandName.UNPAUSE;
        }
    }

    /** {@code TAKE_BACK}: take a call waiting in one of the receptionist's queues, or a supervised one. */
    record TakeBack(long seq, String callId) implements ConsoleCommand {
        public TakeBack {
            WireRules.count("seq", seq);
            WireRules.id("callId", callId);
        }

        @Override
        public CommandName name() {
            return CommandName.TAKE_BACK;
        }
    }

    /** {@code HANG_UP}: end the call on a line. */
    record HangUp(long seq, LineNo line) implements ConsoleCommand {
        public HangUp {
            WireRules.count("seq", seq);
            Objects.requireNonNull(line, "line");
        }

        @Override
        public CommandName name() {
            return CommandName.HANG_UP;
        }
    }

    /** {@code HOLD}: put the call on a line on hold. */
    record Hold(long seq, LineNo line) implements ConsoleCommand {
        public Hold {
            WireRules.count("seq", seq);
            Objects.requireNonNull(line, "line");
        }

        @Override
        public CommandName name() {
            return CommandName.HOLD;
        }
    }

    /** {@code RETRIEVE}: take the held call on a line back to the receptionist's phone. */
    record Retrieve(long seq, LineNo line) implements ConsoleCommand {
        public Retrieve {
            WireRules.count("seq", seq);
            Objects.requireNonNull(line, "line");
        }

        @Override
        public CommandName name() {
            return CommandName.RETRIEVE;
        }
    }

    /** {@code DIAL}: call {@code number} on a line. */
    record Dial(long seq, LineNo line, String number) implements ConsoleCommand {
        public Dial {
            WireRules.count("seq", seq);
            Objects.requireNonNull(line, "line");
            WireRules.dialable("number", number);
        }

        @Override
        public CommandName name() {
            return CommandName.DIAL;
        }
    }

    /** {@code COUPLE}: join the parties of line 1 and line 2 (a transfer) and leave them both. */
    record Couple(long seq) implements ConsoleCommand {
        public Couple {
            WireRules.count("seq", seq);
        }

        @Override
        public CommandName name() {
            return CommandName.COUPLE;
        }
    }

    /** {@code PARK}: park the call on a line, with a note; the server supervises it. */
    record Park(long seq, LineNo line, Optional<String> note) implements ConsoleCommand {
        public Park {
            WireRules.count("seq", seq);
            Objects.requireNonNull(line, "line");
            WireRules.optionalText("note", note, Bounds.NOTE_CHARS);
        }

        @Override
        public CommandName name() {
            return CommandName.PARK;
        }
    }

    /** {@code DIRECTED_PARK}: park the call on a line for {@code extension}, with a note; supervised. */
    record DirectedPark(long seq, LineNo line, String extension, Optional<String> note) implements ConsoleCommand {
        public DirectedPark {
            WireRules.count("seq", seq);
            Objects.requireNonNull(line, "line");
            WireRules.dialable("extension", extension);
            WireRules.optionalText("note", note, Bounds.NOTE_CHARS);
        }

        @Override
        public CommandName name() {
            return CommandName.DIRECTED_PARK;
        }
    }

    /** {@code CAMP_ON}: wait for the busy {@code extension} to become free, then ring it with the call on a line. */
    record CampOn(long seq, LineNo line, String extension) implements ConsoleCommand {
        public CampOn {
            WireRules.count("seq", seq);
            Objects.requireNonNull(line, "line");
            WireRules.dialable("extension", extension);
        }

        @Override
        public CommandName name() {
            return CommandName.CAMP_ON;
        }
    }

    /** {@code RESET}: bring the session back to a defined state from wherever it is. */
    record Reset(long seq) implements ConsoleCommand {
        public Reset {
            WireRules.count("seq", seq);
        }

        @Override
        public CommandName name() {
            return CommandName.RESET;
        }
    }

    /** {@code NOTE}: attach a note to a call; an empty note clears it. */
    record Note(long seq, String callId, String note) implements ConsoleCommand {
        public Note {
            WireRules.count("seq", seq);
            WireRules.id("callId", callId);
            WireRules.text("note", note, Bounds.NOTE_CHARS);
        }

        @Override
        public CommandName name() {
            return CommandName.NOTE;
        }
    }

    /** {@code BUG_REPORT}: the receptionist's description of a problem, about the chosen call if any. */
    record BugReport(long seq, String note, Optional<String> callId) implements ConsoleCommand {
        public BugReport {
            WireRules.count("seq", seq);
            WireRules.text("note", note, Bounds.NOTE_CHARS);
            WireRules.optional("callId", callId).ifPresent(id -> WireRules.id("callId", id));
        }

        @Override
        public CommandName name() {
            return CommandName.BUG_REPORT;
        }
    }

    /**
     * {@code SET_PRESENCE}: the receptionist states her status (available, away, busy or do not disturb; on the
     * phone and offline are not hers to state) and, when {@code note} is present, her note (empty clears it).
     */
    record SetPresence(long seq, PresenceUpdate.Status status, Optional<String> note) implements ConsoleCommand {
        public SetPresence {
            WireRules.count("seq", seq);
            requireSettable(Objects.requireNonNull(status, "status"));
            WireRules.optionalText("note", note, Bounds.PRESENCE_NOTE_CHARS);
        }

        @Override
        public CommandName name() {
            return CommandName.SET_PRESENCE;
        }
    }

    /** {@code RESYNC}: send me the whole state again (after a gap in the update numbers). */
    record Resync(long seq) implements ConsoleCommand {
        public Resync {
            WireRules.count("seq", seq);
        }

        @Override
        public CommandName name() {
            return CommandName.RESYNC;
        }
    }

    /** A status a receptionist may state herself: on the phone and offline are the server's to derive. */
    private static void requireSettable(PresenceUpdate.Status status) {
        if (!status.settable()) {
            throw new IllegalArgumentException("status must be one of " + PresenceUpdate.Status.wireNames(true)
                    + ", not \"" + status.wireName() + "\"");
        }
    }
}
