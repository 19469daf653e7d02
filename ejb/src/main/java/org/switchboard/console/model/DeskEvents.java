package org.switchboard.console.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.switchboard.call.model.CallAnswered;
import org.switchboard.call.model.CallEnded;
import org.switchboard.call.model.CallHeld;
import org.switchboard.call.model.CallOffered;
import org.switchboard.call.model.CallParked;
import org.switchboard.call.model.CallTransferred;
import org.switchboard.call.model.CallUnparked;
import org.switchboard.call.model.PartyJoined;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.PhoneStatusChanged;
import org.switchboard.queue.model.QueueChanged;
import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.DomainEvent;

/**
 * What the call model's events mean for one receptionist's session: the triggers to fire, in order, given the
 * desk's phone and queues and the calls the session follows. One row per kind of event, read in the constructor;
 * events of other kinds mean nothing to a console. Plain Java, run on the session's own thread.
 *
 * <p>An extension names a phone by the end of its device ({@code 204} is {@code PJSIP/204} or {@code SIP/204}).
 */
public final class DeskEvents {

    private final String phoneDevice;
    private final Set<String> queues;
    private final Function<CallId, CallFacts> facts;
    private final Map<Class<?>, BiFunction<ConsoleSession, DomainEvent, List<Attempt>>> rows = new LinkedHashMap<>();

    /**
     * @param phoneDevice the receptionist's phone, e.g. {@code PJSIP/201}
     * @param queues the queues it serves (personal and general)
     * @param facts what the call model knows of a call's other party, for the calls the session starts following
     */
    public DeskEvents(String phoneDevice, Set<String> queues, Function<CallId, CallFacts> facts) {
        this.phoneDevice = Objects.requireNonNull(phoneDevice, "phoneDevice");
        this.queues = Set.copyOf(queues);
        this.facts = Objects.requireNonNull(facts, "facts");
        row(CallOffered.class, this::offered);
        row(CallAnswered.class, this::answered);
        row(CallHeld.class, (desk, held) -> onALine(desk, held.call(), ConsoleTrigger.HELD));
        row(CallParked.class, (desk, parked) -> followed(desk, parked.call())
                ? List.of(Attempt.about(ConsoleTrigger.PARKED, parked.call()).withArgument(parked.space())) : List.of());
        row(CallUnparked.class, this::unparked);
        row(CallTransferred.class, (desk, transferred) -> transferred.transferer().equals(phoneDevice)
                ? onALine(desk, transferred.call(), ConsoleTrigger.TRANSFERRED) : List.of());
        row(PartyJoined.class, this::joined);
        row(CallEnded.class, (desk, ended) -> followed(desk, ended.call())
                ? List.of(Attempt.about(ConsoleTrigger.CALL_ENDED, ended.call()).withArgument(ended.ending().name()))
                : List.of());
        row(QueueChanged.class, this::queueChanged);
        row(PhoneStatusChanged.class, this::phoneChanged);
    }

    private <E extends DomainEvent> void row(Class<E> type, BiFunction<ConsoleSession, E, List<Attempt>> meaning) {
        rows.put(type, (desk, event) -> meaning.apply(desk, type.cast(event)));
    }

    /** The triggers {@code event} fires on {@code desk}, in order; empty when it means nothing to it. */
    public List<Attempt> attemptsFor(ConsoleSession desk, DomainEvent event) {
        var meaning = rows.get(event.getClass());
        return meaning == null ? List.of() : meaning.apply(desk, event);
    }

    /** Whether events of this kind can ever mean something to a console. */
    public boolean understands(DomainEvent event) {
        return rows.containsKey(event.getClass());
    }

    private List<Attempt> offered(ConsoleSession desk, CallOffered offered) {
        CallId call = offered.call();
        boolean atWork = desk.state().loggedIn() && desk.state() != ConsoleState.PASSIVE;
        if (offered.target() instanceof CallOffered.ToQueue queue) {
            return queues.contains(queue.name()) && atWork
                    ? List.of(Attempt.of(ConsoleTrigger.QUEUED).withFacts(factsOf(call, Optional.of(queue.name()))))
                    : List.of();
        }
        String device = ((CallOffered.ToDevice) offered.target()).device();
        if (device.equals(phoneDevice) && (atWork || desk.entry(call).isPresent())) {
            if (desk.entry(call).map(e -> e.state() == LineState.OUT_RING).orElse(false)) {
                return List.of();
            }
            return List.of(desk.entry(call).isPresent() ? Attempt.about(ConsoleTrigger.RINGING, call)
                    : Attempt.of(ConsoleTrigger.RINGING).withFacts(factsOf(call, Optional.empty())));
        }
        return directedParkTarget(desk, call, device) ? List.of(Attempt.about(ConsoleTrigger.DIR_PARKED, call))
                : List.of();
    }

    private List<Attempt> answered(ConsoleSession desk, CallAnswered answered) {
        CallId call = answered.call();
        Optional<CallEntry> entry = desk.entry(call);
        if (entry.isEmpty()) {
            return List.of();
        }
        boolean mine = answered.device().equals(phoneDevice);
        return switch (entry.get().state()) {
            case IN_RING, QUEUED -> List.of(Attempt.about(mine ? ConsoleTrigger.ANSWERED : ConsoleTrigger.TAKEN_ELSEWHERE,
                    call).withArgument(answered.device()));
            case OUT_RING -> mine ? List.of() : List.of(Attempt.about(ConsoleTrigger.ANSWERED, call));
            case CONVERSATION -> directedParkTarget(desk, call, answered.device())
                    ? List.of(Attempt.about(ConsoleTrigger.DIR_PARKED, call),
                            Attempt.about(ConsoleTrigger.ANSWERED, call).withArgument(answered.device()))
                    : List.of();
            case PARKED, DIR_PARKED, CAMPING -> mine ? List.of()
                    : List.of(Attempt.about(ConsoleTrigger.ANSWERED, call).withArgument(answered.device()));
            default -> List.of();
        };
    }

    /**
     * A colleague who dialled the parking space took the call; a call leaving its space otherwise (the console
     * sent it back, the lot gave it up) is followed by the events of where it went.
     */
    private List<Attempt> unparked(ConsoleSession desk, CallUnparked unparked) {
        boolean byAColleague = unparked.retriever().map(retriever -> !retriever.equals(phoneDevice)).orElse(false);
        if (unparked.how() != CallUnparked.How.PICKED_UP || !followed(desk, unparked.call()) || !byAColleague) {
            return List.of();
        }
        return List.of(Attempt.about(ConsoleTrigger.TAKEN_ELSEWHERE, unparked.call())
                .withArgument(unparked.retriever().orElseThrow()));
    }

    /** Two calls on the desk's lines coupled: the other line's party joined the held call. */
    private List<Attempt> joined(ConsoleSession desk, PartyJoined joined) {
        boolean bothOnLines = desk.entry(joined.call()).flatMap(CallEntry::line).isPresent()
                && desk.entry(joined.from()).flatMap(CallEntry::line).isPresent();
        return bothOnLines ? List.of(Attempt.about(ConsoleTrigger.COUPLED, joined.call())) : List.of();
    }

    private List<Attempt> queueChanged(ConsoleSession desk, QueueChanged changed) {
        if (!queues.contains(changed.queue())) {
            return List.of();
        }
        boolean myPhone = changed.member().map(phoneDevice::equals).orElse(false);
        return switch (changed.change()) {
            case MEMBER_PAUSED -> myPhone ? List.of(Attempt.of(ConsoleTrigger.PAUSED)) : List.of();
            case MEMBER_UNPAUSED -> myPhone ? List.of(Attempt.of(ConsoleTrigger.UNPAUSED)) : List.of();
            case CALLER_LEFT -> changed.callId().filter(call -> desk.entry(call)
                    .map(e -> e.state() == LineState.QUEUED).orElse(false))
                    .filter(call -> desk.pending().flatMap(Pending::call).map(p -> !p.equals(call)).orElse(true))
                    .map(call -> List.of(Attempt.about(ConsoleTrigger.LEFT_QUEUE, call))).orElse(List.of());
            default -> List.of();
        };
    }

    private List<Attempt> phoneChanged(ConsoleSession desk, PhoneStatusChanged changed) {
        if (changed.device().equals(phoneDevice)) {
            return List.of(Attempt.of(changed.now() == PhoneStatus.IDLE ? ConsoleTrigger.PHONE_FREE
                    : ConsoleTrigger.PHONE_BUSY).withArgument(changed.now().name()));
        }
        if (changed.now() != PhoneStatus.IDLE) {
            return List.of();
        }
        return desk.entriesIn(LineState.Place.SUPERVISED).stream()
                .filter(entry -> entry.state() == LineState.CAMPING)
                .filter(entry -> entry.supervision().map(s -> names(changed.device(), s.target())).orElse(false))
                .map(entry -> Attempt.about(ConsoleTrigger.CAMP_FREE, entry.call()).withArgument(changed.device()))
                .toList();
    }

    private boolean directedParkTarget(ConsoleSession desk, CallId call, String device) {
        return desk.pending().filter(p -> p.command() == ConsoleTrigger.DIRECTED_PARK)
                .filter(p -> p.call().map(call::equals).orElse(false))
                .map(p -> names(device, p.argument())).orElse(false);
    }

    private List<Attempt> onALine(ConsoleSession desk, CallId call, ConsoleTrigger trigger) {
        return desk.entry(call).flatMap(CallEntry::line).isPresent() ? List.of(Attempt.about(trigger, call)) : List.of();
    }

    private static boolean followed(ConsoleSession desk, CallId call) {
        return desk.entry(call).isPresent();
    }

    private CallFacts factsOf(CallId call, Optional<String> queue) {
        CallFacts known = facts.apply(call);
        return new CallFacts(call, known.number(), known.name(), queue.orElse(known.disposition()),
                queue.or(known::queue));
    }

    /** Whether {@code device} is the phone of {@code extension}. */
    static boolean names(String device, String extension) {
        return !extension.isEmpty() && device.endsWith("/" + extension);
    }
}
