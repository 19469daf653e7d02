package org.switchboard.protocol;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.switchboard.protocol.ConsoleCommand.BugReport;
import org.switchboard.protocol.ConsoleCommand.CampOn;
import org.switchboard.protocol.ConsoleCommand.Dial;
import org.switchboard.protocol.ConsoleCommand.DirectedPark;
import org.switchboard.protocol.ConsoleCommand.HangUp;
import org.switchboard.protocol.ConsoleCommand.Hold;
import org.switchboard.protocol.ConsoleCommand.LogIn;
import org.switchboard.protocol.ConsoleCommand.Note;
import org.switchboard.protocol.ConsoleCommand.Park;
import org.switchboard.protocol.ConsoleCommand.Pause;
import org.switchboard.protocol.ConsoleCommand.Retrieve;
import org.switchboard.protocol.ConsoleCommand.SetPresence;
import org.switchboard.protocol.ConsoleCommand.TakeBack;

/** Writes a command record as its body: {@code command}, {@code seq}, then the command's own fields. */
final class CommandWriter {

    static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private CommandWriter() {
    }

    static byte[] write(ConsoleCommand command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            json.write("command", command.name().wireName());
            json.write("seq", command.seq());
            fields(json, command).writeEnd();
        }
        return out.toByteArray();
    }

    private static JsonGenerator fields(JsonGenerator json, ConsoleCommand command) {
        return switch (command.name()) {
            case LOG_OUT, UNPAUSE, COUPLE, RESET, RESYNC -> json;
            case LOG_IN -> logIn(json, (LogIn) command);
            case PAUSE -> optional(json, "reason", ((Pause) command).reason());
            case TAKE_BACK -> json.write("callId", ((TakeBack) command).callId());
            case HANG_UP -> line(json, ((HangUp) command).line());
            case HOLD -> line(json, ((Hold) command).line());
            case RETRIEVE -> line(json, ((Retrieve) command).line());
            case DIAL -> line(json, ((Dial) command).line()).write("number", ((Dial) command).number());
            case PARK -> optional(line(json, ((Park) command).line()), "note", ((Park) command).note());
            case DIRECTED_PARK -> directedPark(json, (DirectedPark) command);
            case CAMP_ON -> line(json, ((CampOn) command).line()).write("extension", ((CampOn) command).extension());
            case NOTE -> json.write("callId", ((Note) command).callId()).write("note", ((Note) command).note());
            case BUG_REPORT -> optional(json.write("note", ((BugReport) command).note()), "callId",
                    ((BugReport) command).callId());
            case SET_PRESENCE -> optional(json.write("status", ((SetPresence) command).status().wireName()), "note",
                    ((SetPresence) command).note());
        };
    }

    private static JsonGenerator logIn(JsonGenerator json, LogIn logIn) {
        JsonGenerator written = optional(json.write("paused", logIn.paused()), "client", logIn.client());
        // written only when asked, so that a log in of a client before presence keeps its body
        JsonGenerator asked = logIn.presence() ? written.write("presence", true) : written;
        JsonGenerator stated = optional(asked, "status", logIn.status().map(PresenceUpdate.Status::wireName));
        // the same for a client of one site: its log in keeps its body
        return logIn.failover() ? stated.write("failover", true) : stated;
    }

    private static JsonGenerator directedPark(JsonGenerator json, DirectedPark park) {
        return optional(line(json, park.line()).write("extension", park.extension()), "note", park.note());
    }

    static JsonGenerator line(JsonGenerator json, LineNo line) {
        return json.write("line", line.number());
    }

    static JsonGenerator optional(JsonGenerator json, String name, Optional<String> value) {
        return value.isPresent() ? json.write(name, value.get()) : json;
    }
}
