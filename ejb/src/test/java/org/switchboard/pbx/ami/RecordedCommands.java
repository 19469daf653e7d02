package org.switchboard.pbx.ami;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.pbx.model.PbxCommand.DialplanTarget;
import org.switchboard.pbx.scripted.AmiMessage;

/** The command a recorded console action asks for, so a test can send it through the command port. */
final class RecordedCommands {

    private RecordedCommands() {
    }

    static PbxCommand of(AmiMessage action) {
        String name = action.getOr("Action", "");
        return switch (name.toLowerCase()) {
            case "originate" -> new PbxCommand.Originate(action.getOr("Channel", ""), target(action),
                    action.getOr("CallerID", ""), Duration.ofMillis(Long.parseLong(action.getOr("Timeout", "30000"))),
                    variables(action), action.get("ChannelId"));
            case "redirect" -> new PbxCommand.Redirect(action.getOr("Channel", ""), target(action));
            case "hangup" -> new PbxCommand.Hangup(action.getOr("Channel", ""),
                    Integer.parseInt(action.getOr("Cause", "16")));
            case "park" -> new PbxCommand.Park(action.getOr("Channel", ""), action.get("TimeoutChannel"),
                    action.get("Parkinglot"), action.get("ParkingSpace").map(Integer::valueOf),
                    action.get("Timeout").map(ms -> Duration.ofMillis(Long.parseLong(ms))));
            case "bridge" -> new PbxCommand.Bridge(action.getOr("Channel1", ""), action.getOr("Channel2", ""),
                    truth(action.getOr("Tone", "no")));
            case "atxfer" -> new PbxCommand.AttendedTransfer(action.getOr("Channel", ""), target(action));
            case "blindtransfer" -> new PbxCommand.BlindTransfer(action.getOr("Channel", ""), target(action));
            case "queueadd" -> new PbxCommand.QueueAdd(action.getOr("Queue", ""), action.getOr("Interface", ""),
                    action.getOr("MemberName", ""), action.getOr("StateInterface", ""),
                    Integer.parseInt(action.getOr("Penalty", "0")), truth(action.getOr("Paused", "false")),
                    action.getOr("Reason", ""));
            case "queueremove" -> new PbxCommand.QueueRemove(action.getOr("Queue", ""), action.getOr("Interface", ""));
            case "queuepause" -> new PbxCommand.QueuePause(action.get("Queue"), action.getOr("Interface", ""),
                    truth(action.getOr("Paused", "true")), action.getOr("Reason", ""));
            default -> throw new IllegalArgumentException("not a console command: " + name);
        };
    }

    /** Whether the action sent carries every recorded header with the same value (booleans compared as such). */
    static Optional<String> mismatch(AmiMessage recorded, AmiMessage sent) {
        for (AmiMessage.Header header : recorded.headers()) {
            String key = header.key();
            if (key.equalsIgnoreCase("ActionID") || key.equalsIgnoreCase("Variable")) {
                continue;
            }
            String value = sent.getOr(key, null);
            if (value == null || !same(header.value(), value)) {
                return Optional.of(key + ": recorded '" + header.value() + "', sent '" + value + "'");
            }
        }
        if (!recorded.all("Variable").equals(sent.all("Variable"))) {
            return Optional.of("Variable: recorded " + recorded.all("Variable") + ", sent " + sent.all("Variable"));
        }
        return Optional.empty();
    }

    private static boolean same(String recorded, String sent) {
        if (isBoolean(recorded) && isBoolean(sent)) {
            return truth(recorded) == truth(sent);
        }
        return recorded.equals(sent);
    }

    private static boolean isBoolean(String value) {
        return value.matches("(?i)true|false|yes|no");
    }

    private static boolean truth(String value) {
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes");
    }

    private static DialplanTarget target(AmiMessage action) {
        return new DialplanTarget(action.getOr("Context", ""), action.getOr("Exten", ""),
                Integer.parseInt(action.getOr("Priority", "1")));
    }

    private static Map<String, String> variables(AmiMessage action) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String variable : action.all("Variable")) {
            int equals = variable.indexOf('=');
            variables.put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        return variables;
    }
}
