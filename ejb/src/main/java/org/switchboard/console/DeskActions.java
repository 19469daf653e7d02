package org.switchboard.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.switchboard.call.model.Call;
import org.switchboard.call.model.Party;
import org.switchboard.call.model.PartyState;
import org.switchboard.console.model.CallEntry;
import org.switchboard.console.model.ConsoleEffect;
import org.switchboard.console.model.ConsoleSession;
import org.switchboard.console.model.ConsoleSettings;
import org.switchboard.console.model.Pending;
import org.switchboard.console.model.Receptionist;
import org.switchboard.console.model.Step;
import org.switchboard.console.model.Supervision;
import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.pbx.model.PbxCommand.DialplanTarget;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.DeviceKind;

/**
 * The PBX actions a console effect stands for, as the recorded console sent them (see the recordings in
 * ami-traces/actions): a take back, a retrieve and a ring back redirect the caller to the desk's extension; a
 * hold redirects it to music on hold; a dial has the desk's phone originate to the number; a couple bridges the
 * held caller with the other line's party; a park uses Park with a timeout longer than the console's own deadline.
 * Channels are looked up in the call model when the effect runs: the caller is the call's live party that is not
 * the desk's phone (Local halves aside).
 */
final class DeskActions {

    /** How long the desk's phone rings for a dial before the PBX gives up. */
    static final Duration DIAL_RING = Duration.ofSeconds(30);

    private final ConsoleSettings settings;
    private final Function<CallId, Optional<Call>> calls;

    DeskActions(ConsoleSettings settings, Function<CallId, Optional<Call>> calls) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** The commands for {@code effect} after {@code step}; a reason instead when they cannot be made. */
    Planned plan(ConsoleEffect effect, Receptionist desk, ConsoleSession session, Step step) {
        Optional<CallId> call = step.attempt().call();
        return switch (effect) {
            case JOIN_QUEUES -> join(desk, session.paused());
            case LEAVE_QUEUES -> Planned.of(queues(desk).stream()
                    .<PbxCommand>map(queue -> new PbxCommand.QueueRemove(queue, desk.phoneDevice())).toList());
            case PAUSE_IN_QUEUES -> Planned.of(List.of(
                    new PbxCommand.QueuePause(Optional.empty(), desk.phoneDevice(), true, "console")));
            case UNPAUSE_IN_QUEUES -> Planned.of(List.of(
                    new PbxCommand.QueuePause(Optional.empty(), desk.phoneDevice(), false, "")));
            case RING_PHONE -> redirect(call, desk, desk.extension());
            case MUSIC_ON_HOLD -> redirect(call, desk, settings.musicOnHold());
            case RING_EXTENSION -> redirect(call, desk, session.pending().map(Pending::argument)
                    .orElse(step.attempt().argument()));
            case RING_CAMPED_EXTENSION -> redirect(call, desk, step.entry().flatMap(CallEntry::supervision)
                    .map(Supervision::target).orElse(""));
            case SEND_TO_GENERAL_QUEUE -> redirect(call, desk, settings.generalQueueExtension());
            case ORIGINATE -> Planned.of(List.of(new PbxCommand.Originate(desk.phoneDevice(),
                    DialplanTarget.of(settings.dialContext(), step.attempt().argument()), "", DIAL_RING, Map.of(),
                    call.map(CallId::value))));
            case HANG_UP_CALL -> call.flatMap(id -> farParty(id, desk).or(() -> ownParty(id, desk)))
                    .<Planned>map(party -> Planned.of(List.of(new PbxCommand.Hangup(party.name(), 16))))
                    .orElseGet(() -> Planned.impossible("the call has no channel left to hang up"));
            case BRIDGE_LINES -> bridge(call, desk, session);
            case PARK_CALL -> call.flatMap(id -> farParty(id, desk))
                    .<Planned>map(party -> Planned.of(List.of(new PbxCommand.Park(party.name(), Optional.empty(),
                            Optional.empty(), Optional.empty(),
                            Optional.of(settings.supervision().park().plus(settings.parkMargin()))))))
                    .orElseGet(() -> Planned.impossible("the caller's channel is gone"));
            default -> Planned.of(List.of());
        };
    }

    /**
     * A QueueAdd per queue, then a QueuePause in all of them: a phone left in a queue by an earlier session (its
     * client vanished, so it was paused) is not added again (Asterisk refuses, see {@link AlreadyInPlace}), and
     * the pause sets the state the receptionist asked for either way.
     */
    static Planned join(Receptionist desk, boolean paused) {
        List<PbxCommand> commands = new ArrayList<>();
        for (String queue : queues(desk)) {
            commands.add(new PbxCommand.QueueAdd(queue, desk.phoneDevice(), desk.displayName(), "", 0, paused,
                    paused ? "console" : ""));
        }
        commands.add(new PbxCommand.QueuePause(Optional.empty(), desk.phoneDevice(), paused, paused ? "console" : ""));
        return Planned.of(commands);
    }

    private Planned redirect(Optional<CallId> call, Receptionist desk, String extension) {
        if (extension.isEmpty()) {
            return Planned.impossible("no extension to send the call to");
        }
        return call.flatMap(id -> farParty(id, desk))
                .<Planned>map(party -> Planned.of(List.of(new PbxCommand.Redirect(party.name(),
                        DialplanTarget.of(settings.dialContext(), extension)))))
                .orElseGet(() -> Planned.impossible("the caller's channel is gone"));
    }

    private Planned bridge(Optional<CallId> held, Receptionist desk, ConsoleSession session) {
        Optional<CallId> other = session.entriesIn(org.switchboard.console.model.LineState.Place.LINE).stream()
                .map(CallEntry::call).filter(id -> !held.equals(Optional.of(id))).findFirst();
        Optional<Party> caller = held.flatMap(id -> farParty(id, desk));
        Optional<Party> colleague = other.flatMap(id -> farParty(id, desk));
        if (caller.isEmpty() || colleague.isEmpty()) {
            return Planned.impossible(caller.isEmpty() ? "the held caller's channel is gone"
                    : "the other line has no party to couple with");
        }
        return Planned.of(List.of(new PbxCommand.Bridge(caller.get().name(), colleague.get().name(), false)));
    }

    /** The call's live party on the other side: not the desk's phone, not a Local half. */
    Optional<Party> farParty(CallId call, Receptionist desk) {
        return calls.apply(call).flatMap(found -> found.parties().stream().filter(DeskActions::live)
                .filter(party -> party.kind() != DeviceKind.OTHER && !party.device().equals(desk.phoneDevice()))
                .findFirst());
    }

    private Optional<Party> ownParty(CallId call, Receptionist desk) {
        return calls.apply(call).flatMap(found -> found.parties().stream().filter(DeskActions::live)
                .filter(party -> party.device().equals(desk.phoneDevice())).findFirst());
    }

    private static boolean live(Party party) {
        return party.state() != PartyState.CLEARED && party.state() != PartyState.FAILED;
    }

    private static List<String> queues(Receptionist desk) {
        List<String> all = new ArrayList<>();
        all.add(desk.personalQueue());
        all.addAll(desk.generalQueues());
        return all;
    }

    /** The commands to send, or why none can be. */
    record Planned(List<PbxCommand> commands, Optional<String> impossible) {

        static Planned of(List<PbxCommand> commands) {
            return new Planned(List.copyOf(commands), Optional.empty());
        }

        static Planned impossible(String reason) {
            return new Planned(List.of(), Optional.of(reason));
        }
    }
}
