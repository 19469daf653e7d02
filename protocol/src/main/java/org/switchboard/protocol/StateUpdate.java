package org.switchboard.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code "update":"STATE"}: the whole console state, sent after every change. These are wire records,
 * independent of the server's model: states and triggers travel as their names. Every list is bounded (see
 * {@link Bounds}); make one from unbounded lists with {@link #bounded}.
 *
 * @param state the session's state name ({@code CONVERSATION})
 * @param allowed the commands the client may send now, without repeats
 * @param pending the command sent to the PBX and not yet confirmed
 * @param lines line 1 then line 2
 * @param waiting the calls waiting in the receptionist's queues, at most {@link Bounds#WAITING}
 * @param waitingOmitted the waiting calls left out
 * @param supervised the parked, directed-parked and camping calls, at most {@link Bounds#SUPERVISED}
 * @param supervisedOmitted the supervised calls left out
 * @param error the last command's failure, in the update that reports it
 * @param loggedOut why the session ended, in its last update
 * @param site the name of the server's site ({@code SWB_SITE_NAME}), for the client to show; an id
 */
public record StateUpdate(String session, long seq, Instant sentAt, String state, Receptionist receptionist,
        boolean paused, List<CommandName> allowed, Optional<Pending> pending, List<LineView> lines,
        List<CallEntry> waiting, int waitingOmitted, List<CallEntry> supervised, int supervisedOmitted,
        Optional<CommandError> error, Optional<LoggedOut> loggedOut, Optional<String> site) implements ConsoleUpdate {

    public StateUpdate {
        WireRules.id("session", session);
        WireRules.sequence("seq", seq);
        sentAt = WireTime.of("sentAt", sentAt);
        WireRules.constant("state", state);
        Objects.requireNonNull(receptionist, "receptionist");
        allowed = List.copyOf(allowed);
        if (allowed.stream().distinct().count() != allowed.size()) {
            throw new IllegalArgumentException("allowed names a command twice: " + allowed);
        }
        WireRules.optional("pending", pending);
        lines = List.copyOf(lines);
        if (lines.size() != 2 || lines.get(0).line().number() != 1 || lines.get(1).line().number() != 2) {
            throw new IllegalArgumentException("lines must be line 1 then line 2");
        }
        waiting = WireRules.bounded("waiting", waiting, Bounds.WAITING);
        WireRules.count("waitingOmitted", waitingOmitted);
        supervised = WireRules.bounded("supervised", supervised, Bounds.SUPERVISED);
        WireRules.count("supervisedOmitted", supervisedOmitted);
        WireRules.optional("error", error);
        WireRules.optional("loggedOut", loggedOut);
        WireRules.optional("site", site).ifPresent(value -> WireRules.id("site", value));
    }

    /** An update that names no site (the field is optional: a server may leave it out). */
    public StateUpdate(String session, long seq, Instant sentAt, String state, Receptionist receptionist,
            boolean paused, List<CommandName> allowed, Optional<Pending> pending, List<LineView> lines,
            List<CallEntry> waiting, int waitingOmitted, List<CallEntry> supervised, int supervisedOmitted,
            Optional<CommandError> error, Optional<LoggedOut> loggedOut) {
        this(session, seq, sentAt, state, receptionist, paused, allowed, pending, lines, waiting, waitingOmitted,
                supervised, supervisedOmitted, error, loggedOut, Optional.empty());
    }

    /**
     * The update for these lists of any length: the first {@link Bounds#WAITING} waiting and
     * {@link Bounds#SUPERVISED} supervised calls, fewer (and their history cut) when the body would outgrow
     * {@link Bounds#BODY_BYTES}; what is left out is counted in the {@code …Omitted} fields.
     */
    public static StateUpdate bounded(String session, long seq, Instant sentAt, String state,
            Receptionist receptionist, boolean paused, List<CommandName> allowed, Optional<Pending> pending,
            List<LineView> lines, List<CallEntry> waiting, List<CallEntry> supervised,
            Optional<CommandError> error, Optional<LoggedOut> loggedOut, Optional<String> site) {
        StateUpdate head = new StateUpdate(session, seq, sentAt, state, receptionist, paused, allowed, pending,
                lines, List.of(), 0, List.of(), 0, error, loggedOut, site);
        return Bounds.fit(head, waiting, supervised);
    }

    @Override
    public StateUpdate numbered(long newSeq) {
        return new StateUpdate(session, newSeq, sentAt, state, receptionist, paused, allowed, pending, lines, waiting,
                waitingOmitted, supervised, supervisedOmitted, error, loggedOut, site);
    }

    /** The same update reporting this command's failure (an update merged into a newer one keeps its error). */
    public StateUpdate withError(Optional<CommandError> newError) {
        return new StateUpdate(session, seq, sentAt, state, receptionist, paused, allowed, pending, lines, waiting,
                waitingOmitted, supervised, supervisedOmitted, newError, loggedOut, site);
    }

    @Override
    public Kind kind() {
        return Kind.STATE;
    }

    /** What is on one line. */
    public LineView line(LineNo line) {
        return lines.get(line.number() - 1);
    }

    /** The same update with other lists of waiting and supervised calls (already within their bounds). */
    StateUpdate withCalls(List<CallEntry> newWaiting, int newWaitingOmitted, List<CallEntry> newSupervised,
            int newSupervisedOmitted) {
        return new StateUpdate(session, seq, sentAt, state, receptionist, paused, allowed, pending, lines,
                newWaiting, newWaitingOmitted, newSupervised, newSupervisedOmitted, error, loggedOut, site);
    }

    /** The receptionist the session belongs to. */
    public record Receptionist(String login, String name) {
        public Receptionist {
            WireRules.id("receptionist.login", login);
            WireRules.text("receptionist.name", name, Bounds.NAME_CHARS);
        }
    }

    /** A command sent to the PBX whose outcome is not known yet. */
    public record Pending(CommandName command, long commandSeq) {
        public Pending {
            Objects.requireNonNull(command, "pending.command");
            WireRules.count("pending.commandSeq", commandSeq);
        }
    }

    /** Why a command failed; {@code commandSeq} is the client's {@code seq} of that command. */
    public record CommandError(long commandSeq, CommandName command, ErrorCode code, String reason) {
        public CommandError {
            WireRules.count("error.commandSeq", commandSeq);
            Objects.requireNonNull(command, "error.command");
            Objects.requireNonNull(code, "error.code");
            WireRules.text("error.reason", reason, Bounds.DETAIL_CHARS);
        }
    }

    /** The kinds of command failure. */
    public enum ErrorCode {
        /** The command is not allowed in the session's state. */
        NOT_ALLOWED,
        /** The command names a call the session does not know (or no longer). */
        UNKNOWN_CALL,
        /** Another receptionist has the call. */
        CALL_TAKEN,
        /** The PBX refused the action. */
        PBX_REFUSED,
        /** The PBX did not confirm the action in time. */
        PBX_TIMEOUT,
        /** The server has no connection to the PBX. */
        PBX_DOWN,
        /** The command's values cannot be acted on (an extension that does not exist, …). */
        INVALID
    }

    /** Why the session ended; sent in its last update. */
    public record LoggedOut(Reason reason, Optional<String> detail) {
        public LoggedOut {
            Objects.requireNonNull(reason, "loggedOut.reason");
            WireRules.optionalText("loggedOut.detail", detail, Bounds.DETAIL_CHARS);
        }

        /** Who or what ended the session. */
        public enum Reason {
            /** The client sent {@code LOG_OUT}. */
            CLIENT,
            /** An operator forced the log out. */
            FORCED,
            /** The client stopped answering. */
            TIMEOUT,
            /** The same receptionist logged in again from another client, which took the session over. */
            REPLACED,
            /** The server is stopping. */
            SERVER
        }
    }

    /** One of the two lines, with its call if it has one. */
    public record LineView(LineNo line, Optional<CallEntry> call) {
        public LineView {
            Objects.requireNonNull(line, "line");
            WireRules.optional("call", call);
        }

        public static LineView empty(LineNo line) {
            return new LineView(line, Optional.empty());
        }
    }

    /** The receptionist's session that has a call. */
    public record Owner(String session, String name) {
        public Owner {
            WireRules.id("owner.session", session);
            WireRules.text("owner.name", name, Bounds.NAME_CHARS);
        }
    }

    /**
     * A call as the console shows it: on a line, waiting in a queue or under supervision.
     *
     * @param number the other party's number; may be empty when the PBX does not know it
     * @param name the other party's name; may be empty
     * @param disposition how the call reached the receptionist (the queue's or the dialled party's label); may be empty
     * @param state the call entry's line state name ({@code IN_RING}, {@code PARKED}, …)
     * @param queue the queue it waits in
     * @param extension the extension it is parked for or camps on
     * @param since when it entered its state
     * @param deadline when its park or camp-on times out
     * @param history newest first, at most {@link Bounds#HISTORY} entries
     * @param historyOmitted the older entries left out
     */
    public record CallEntry(String callId, String number, String name, String disposition, Optional<Owner> owner,
            String state, Optional<String> queue, Optional<String> extension, Instant since,
            Optional<Instant> deadline, Optional<String> note, List<HistoryEntry> history, int historyOmitted) {
        public CallEntry {
            WireRules.id("callId", callId);
            WireRules.text("number", number, Bounds.NUMBER_CHARS);
            WireRules.text("name", name, Bounds.NAME_CHARS);
            WireRules.text("disposition", disposition, Bounds.NAME_CHARS);
            WireRules.optional("owner", owner);
            WireRules.constant("state", state);
            WireRules.optional("queue", queue).ifPresent(value -> WireRules.id("queue", value));
            WireRules.optional("extension", extension).ifPresent(value -> WireRules.dialable("extension", value));
            since = WireTime.of("since", since);
            deadline = WireRules.optional("deadline", deadline).map(value -> WireTime.of("deadline", value));
            WireRules.optionalText("note", note, Bounds.NOTE_CHARS);
            history = WireRules.bounded("history", history, Bounds.HISTORY);
            WireRules.count("historyOmitted", historyOmitted);
        }

        /** The same call with its history left out (counted in {@code historyOmitted}). */
        CallEntry withoutHistory() {
            return new CallEntry(callId, number, name, disposition, owner, state, queue, extension, since, deadline,
                    note, List.of(), (int) Math.min(Integer.MAX_VALUE, (long) historyOmitted + history.size()));
        }
    }

    /**
     * One step in a call's history: at {@code at}, {@code trigger} (a command or a PBX event) moved it to
     * {@code state}.
     *
     * @param line the line it happened on, for {@code LINE} entries
     * @param detail a short text for the person reading the history (a queue name, a park note)
     */
    public record HistoryEntry(Instant at, String state, String trigger, HistoryKind kind, Optional<LineNo> line,
            Optional<String> detail) {
        public HistoryEntry {
            at = WireTime.of("at", at);
            WireRules.constant("state", state);
            WireRules.constant("trigger", trigger);
            Objects.requireNonNull(kind, "kind");
            WireRules.optional("line", line);
            WireRules.optionalText("detail", detail, Bounds.DETAIL_CHARS);
        }
    }

    /** Where a history step happened. */
    public enum HistoryKind {
        /** On one of the receptionist's lines. */
        LINE,
        /** In a queue. */
        QUEUE,
        /** Under supervision: parked, directed parked, camping. */
        SUPERVISION
    }
}
