package org.switchboard.protocol;

import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.switchboard.protocol.PhonesUpdate.PhoneView;
import org.switchboard.protocol.StateUpdate.CallEntry;
import org.switchboard.protocol.StateUpdate.HistoryEntry;
import org.switchboard.protocol.StateUpdate.LineView;

/** Writes an update record as its body, field by field in the order of docs/console-protocol.md. */
final class UpdateWriter {

    private UpdateWriter() {
    }

    static byte[] write(ConsoleUpdate update) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = CommandWriter.GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            json.write("update", update.kind().name());
            json.write("session", update.session());
            json.write("seq", update.seq());
            switch (update.kind()) {
                case STATE -> state(json, (StateUpdate) update);
                case PHONES -> phones(json, (PhonesUpdate) update);
                case PRESENCE -> presence(json, (PresenceUpdate) update);
                case SITE -> site(json, (SiteUpdate) update);
                default -> throw new IllegalStateException("no writer for " + update.kind());
            }
            json.writeEnd();
        }
        return out.toByteArray();
    }

    /** The bytes one call entry takes in a body, for {@link Bounds}. */
    static int callEntrySize(CallEntry call) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator json = CommandWriter.GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            callEntry(json.writeStartObject(), call).writeEnd();
        }
        return out.size();
    }

    private static void state(JsonGenerator json, StateUpdate state) {
        time(json, "sentAt", state.sentAt());
        CommandWriter.optional(json, "site", state.site());
        json.write("state", state.state());
        json.writeStartObject("receptionist")
                .write("login", state.receptionist().login())
                .write("name", state.receptionist().name())
                .writeEnd();
        json.write("paused", state.paused());
        json.writeStartArray("allowed");
        state.allowed().forEach(name -> json.write(name.wireName()));
        json.writeEnd();
        state.pending().ifPresent(pending -> json.writeStartObject("pending")
                .write("command", pending.command().wireName())
                .write("commandSeq", pending.commandSeq())
                .writeEnd());
        json.writeStartArray("lines");
        state.lines().forEach(line -> line(json, line));
        json.writeEnd();
        calls(json, "waiting", state.waiting()).write("waitingOmitted", state.waitingOmitted());
        calls(json, "supervised", state.supervised()).write("supervisedOmitted", state.supervisedOmitted());
        state.error().ifPresent(error -> json.writeStartObject("error")
                .write("commandSeq", error.commandSeq())
                .write("command", error.command().wireName())
                .write("code", error.code().name())
                .write("reason", error.reason())
                .writeEnd());
        state.loggedOut().ifPresent(loggedOut -> CommandWriter.optional(
                json.writeStartObject("loggedOut").write("reason", loggedOut.reason().name()),
                "detail", loggedOut.detail()).writeEnd());
    }

    private static void line(JsonGenerator json, LineView line) {
        json.writeStartObject();
        CommandWriter.line(json, line.line());
        line.call().ifPresent(call -> callEntry(json.writeStartObject("call"), call).writeEnd());
        json.writeEnd();
    }

    private static JsonGenerator calls(JsonGenerator json, String name, List<CallEntry> calls) {
        json.writeStartArray(name);
        calls.forEach(call -> callEntry(json.writeStartObject(), call).writeEnd());
        return json.writeEnd();
    }

    private static JsonGenerator callEntry(JsonGenerator json, CallEntry call) {
        json.write("callId", call.callId())
                .write("number", call.number())
                .write("name", call.name())
                .write("disposition", call.disposition());
        call.owner().ifPresent(owner -> json.writeStartObject("owner")
                .write("session", owner.session())
                .write("name", owner.name())
                .writeEnd());
        json.write("state", call.state());
        CommandWriter.optional(json, "queue", call.queue());
        CommandWriter.optional(json, "extension", call.extension());
        time(json, "since", call.since());
        call.deadline().ifPresent(deadline -> time(json, "deadline", deadline));
        CommandWriter.optional(json, "note", call.note());
        json.writeStartArray("history");
        call.history().forEach(entry -> history(json, entry));
        return json.writeEnd().write("historyOmitted", call.historyOmitted());
    }

    private static void history(JsonGenerator json, HistoryEntry entry) {
        json.writeStartObject();
        time(json, "at", entry.at());
        json.write("state", entry.state())
                .write("trigger", entry.trigger())
                .write("kind", entry.kind().name());
        entry.line().ifPresent(line -> CommandWriter.line(json, line));
        CommandWriter.optional(json, "detail", entry.detail());
        json.writeEnd();
    }

    private static void phones(JsonGenerator json, PhonesUpdate phones) {
        json.write("full", phones.full());
        json.writeStartArray("phones");
        for (PhoneView phone : phones.phones()) {
            json.writeStartObject()
                    .write("extension", phone.extension())
                    .write("device", phone.device())
                    .write("status", phone.status().name())
                    .write("registered", phone.registered())
                    .writeEnd();
        }
        json.writeEnd();
    }

    private static void presence(JsonGenerator json, PresenceUpdate presence) {
        json.write("full", presence.full());
        json.writeStartArray("users");
        for (PresenceUpdate.UserPresence user : presence.users()) {
            json.writeStartObject()
                    .write("user", user.user())
                    .write("status", user.status().wireName())
                    .write("note", user.note())
                    .write("onPhone", user.onPhone())
                    .write("version", user.version())
                    .writeEnd();
        }
        json.writeEnd();
    }

    private static void site(JsonGenerator json, SiteUpdate site) {
        json.write("site", site.site())
                .write("role", site.role().wireName())
                .write("active", site.active())
                .write("reason", site.reason());
    }

    private static void time(JsonGenerator json, String name, Instant instant) {
        json.write(name, WireTime.write(instant));
    }
}
