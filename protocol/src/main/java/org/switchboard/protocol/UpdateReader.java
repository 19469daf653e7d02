package org.switchboard.protocol;

import java.util.List;
import org.switchboard.protocol.PhonesUpdate.PhoneStatus;
import org.switchboard.protocol.PhonesUpdate.PhoneView;
import org.switchboard.protocol.StateUpdate.CallEntry;
import org.switchboard.protocol.StateUpdate.CommandError;
import org.switchboard.protocol.StateUpdate.ErrorCode;
import org.switchboard.protocol.StateUpdate.HistoryEntry;
import org.switchboard.protocol.StateUpdate.HistoryKind;
import org.switchboard.protocol.StateUpdate.LineView;
import org.switchboard.protocol.StateUpdate.LoggedOut;
import org.switchboard.protocol.StateUpdate.Owner;
import org.switchboard.protocol.StateUpdate.Pending;
import org.switchboard.protocol.StateUpdate.Receptionist;

/** Reads an update body's fields into its records: the client's half of the codec. */
final class UpdateReader {

    private UpdateReader() {
    }

    static ConsoleUpdate read(WireObject body) {
        ConsoleUpdate.Kind kind = body.constant("update", ConsoleUpdate.Kind.class);
        String session = body.string("session");
        long seq = body.count("seq");
        return switch (kind) {
            case STATE -> state(body, session, seq);
            case PHONES -> body.make(() -> new PhonesUpdate(session, seq, body.bool("full"),
                    body.array("phones", phone -> phone(phone.object()))));
            case PRESENCE -> body.make(() -> new PresenceUpdate(session, seq, body.bool("full"),
                    body.array("users", user -> user(user.object()))));
            case SITE -> body.make(() -> new SiteUpdate(session, seq, body.string("site"),
                    body.named("role", SiteUpdate.Role::fromWire, SiteUpdate.Role.wireNames()), body.bool("active"),
                    body.string("reason")));
        };
    }

    private static StateUpdate state(WireObject body, String session, long seq) {
        WireObject receptionist = body.object("receptionist");
        List<CommandName> allowed = body.array("allowed", name -> CommandName.fromWire(name.string())
                .orElseThrow(() -> new MalformedBody(name.path() + " is not a command: \""
                        + WireRules.shown(name.string()) + "\"")));
        return body.make(() -> new StateUpdate(session, seq, body.time("sentAt"), body.string("state"),
                receptionist.make(() -> new Receptionist(receptionist.string("login"), receptionist.string("name"))),
                body.bool("paused"), allowed,
                body.optionalObject("pending").map(pending -> pending.make(() -> new Pending(
                        pending.constant("command", CommandName.class), pending.count("commandSeq")))),
                body.array("lines", line -> line(line.object())),
                body.array("waiting", call -> callEntry(call.object())), body.smallCount("waitingOmitted"),
                body.array("supervised", call -> callEntry(call.object())), body.smallCount("supervisedOmitted"),
                body.optionalObject("error").map(UpdateReader::error),
                body.optionalObject("loggedOut").map(loggedOut -> loggedOut.make(() -> new LoggedOut(
                        loggedOut.constant("reason", LoggedOut.Reason.class), loggedOut.optionalString("detail")))),
                body.optionalString("site")));
    }

    private static CommandError error(WireObject error) {
        return error.make(() -> new CommandError(error.count("commandSeq"),
                error.constant("command", CommandName.class), error.constant("code", ErrorCode.class),
                error.string("reason")));
    }

    private static LineView line(WireObject line) {
        return line.make(() -> new LineView(line.line("line"),
                line.optionalObject("call").map(UpdateReader::callEntry)));
    }

    private static CallEntry callEntry(WireObject call) {
        return call.make(() -> new CallEntry(call.string("callId"), call.string("number"), call.string("name"),
                call.string("disposition"),
                call.optionalObject("owner").map(owner -> owner.make(() -> new Owner(owner.string("session"),
                        owner.string("name")))),
                call.string("state"), call.optionalString("queue"), call.optionalString("extension"),
                call.time("since"), call.optionalTime("deadline"), call.optionalString("note"),
                call.array("history", entry -> history(entry.object())), call.smallCount("historyOmitted")));
    }

    private static HistoryEntry history(WireObject entry) {
        return entry.make(() -> new HistoryEntry(entry.time("at"), entry.string("state"), entry.string("trigger"),
                entry.constant("kind", HistoryKind.class), entry.optionalLine("line"), entry.optionalString("detail")));
    }

    private static PresenceUpdate.UserPresence user(WireObject user) {
        return user.make(() -> new PresenceUpdate.UserPresence(user.string("user"),
                user.named("status", PresenceUpdate.Status::fromWire, PresenceUpdate.Status.wireNames(false)),
                user.string("note"), user.bool("onPhone"), user.count("version")));
    }

    private static PhoneView phone(WireObject phone) {
        return phone.make(() -> new PhoneView(phone.string("extension"), phone.string("device"),
                phone.constant("status", PhoneStatus.class), phone.bool("registered")));
    }
}
