package org.switchboard.pbx.scripted;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.PatternSyntaxException;
import org.switchboard.pbx.scripted.control.Control;
import org.switchboard.pbx.scripted.state.PbxBuild;
import org.switchboard.pbx.scripted.state.PbxState;

/**
 * The standard reaction to every action of a logged-in client, as the seeded Asterisk answers it (an action
 * its {@link PbxBuild} does not have is unknown, in Asterisk's words): Ping, the core
 * information actions, Command, Events, Filter, the list actions (see {@link ListAnswers}), the control
 * actions (executed on the simulated PBX by {@link Control}) and anything else (unknown).
 */
final class Answers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final PbxState state;
    private final Clock clock;
    private final ListAnswers lists;
    private final Control control;

    Answers(PbxState state, Clock clock, Control control) {
        this.state = state;
        this.clock = clock;
        this.lists = new ListAnswers(state);
        this.control = control;
    }

    Reaction standard(AmiMessage action, Subscription subscription) {
        String name = action.getOr("Action", "").toLowerCase();
        if (!state.build().knows(name)) {
            return Reaction.reply(PbxBuild.unknownAction(action.getOr("Action", "")));
        }
        return switch (name) {
            case "ping" -> Reaction.reply(AmiMessage.of("Response", "Success", "ActionID", "", "Ping", "Pong",
                    "Timestamp", timestamp(clock.instant())));
            case "coresettings" -> Reaction.reply(coreSettings());
            case "corestatus" -> Reaction.reply(coreStatus());
            case "command" -> command(action.getOr("Command", "").strip());
            case "events" -> events(action, subscription);
            case "filter" -> filter(action, subscription);
            case "setvar" -> Reaction.success("Variable Set");
            case "sipshowpeer" -> state.peer(action.getOr("Peer", "")).map(Reaction::reply)
                    .orElseGet(() -> Reaction.error("Peer not found"));
            default -> lists.answer(action).or(() -> control.react(action))
                    .orElseGet(() -> Reaction.reply(PbxBuild.unknownAction(action.getOr("Action", ""))));
        };
    }

    private AmiMessage coreSettings() {
        return AmiMessage.of("Response", "Success", "ActionID", "", "AMIversion", state.build().amiVersion(),
                "AsteriskVersion", state.build().asteriskVersion(), "SystemName", "", "CoreMaxCalls", "0", "CoreMaxLoadAvg", "0.000000",
                "CoreRunUser", "", "CoreRunGroup", "", "CoreMaxFilehandles", "0", "CoreRealTimeEnabled", "No",
                "CoreCDRenabled", "Yes", "CoreHTTPenabled", "No", "SoundsSearchCustomDir", "No");
    }

    private AmiMessage coreStatus() {
        Instant started = state.started();
        return AmiMessage.of("Response", "Success", "ActionID", "",
                "CoreStartupDate", DATE.format(started), "CoreStartupTime", TIME.format(started),
                "CoreReloadDate", DATE.format(started), "CoreReloadTime", TIME.format(started),
                "CoreCurrentCalls", Integer.toString(state.coreShowChannels().size()),
                "CoreProcessedCalls", Long.toString(state.processedCalls()));
    }

    private Reaction command(String command) {
        if (command.equalsIgnoreCase("core show version")) {
            return Reaction.reply(AmiMessage.of("Response", "Success", "ActionID", "",
                    "Message", "Command output follows",
                    "Output", "Asterisk " + state.build().asteriskVersion() + " built by switchboard @ scripted-ami on a x86_64 running Linux"));
        }
        return Reaction.reply(AmiMessage.of("Response", "Error", "ActionID", "", "Message", "Command output follows",
                "Output", "No such command '" + command + "' (type 'core show help " + command
                        + "' for other possible commands)"));
    }

    private static Reaction events(AmiMessage action, Subscription subscription) {
        boolean on = !action.getOr("EventMask", "on").strip().equalsIgnoreCase("off");
        subscription.events(on);
        return Reaction.reply(AmiMessage.of("Response", "Success", "ActionID", "", "Events", on ? "On" : "Off"));
    }

    private static Reaction filter(AmiMessage action, Subscription subscription) {
        if (!action.getOr("Operation", "Add").equalsIgnoreCase("Add") || !action.has("Filter")) {
            return Reaction.error("Unknown operation");
        }
        try {
            subscription.filter().add(action.getOr("Filter", ""));
            return Reaction.success("Filter Added Successfully");
        } catch (PatternSyntaxException e) {
            return Reaction.error("Filter Not Added");
        }
    }

    static String timestamp(Instant instant) {
        return String.format("%d.%06d", instant.getEpochSecond(), instant.getNano() / 1000);
    }
}
