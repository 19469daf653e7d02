package org.switchboard.pbx.scripted.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * Writes the calls of a plausible office day as timed scripts: reception calls answered, abandoned, parked,
 * transferred; internal calls answered, unanswered, refused busy, held; calls out through the trunk. Durations are
 * drawn from the given random (ringing a few seconds, talking up to a couple of minutes), so a seeded random
 * gives the same day again.
 */
final class Scenarios {

    private final DemoPbx pbx;
    private final Random random;
    private final List<String> desks;
    private final List<String> phones;

    Scenarios(DemoPbx pbx, Random random) {
        this.pbx = pbx;
        this.random = random;
        this.desks = pbx.office().desks();
        this.phones = pbx.office().phones().stream().map(DemoOffice.Phone::extension).toList();
    }

    Scenario incomingAnswered(String desk, boolean callerHangsUp) {
        ReceptionCall call = new ReceptionCall(pbx, outsider());
        List<Step> steps = answeredAtReception(call, desk);
        steps.add(step(seconds(20, 150), events -> call.hangUp(events, callerHangsUp)));
        return new Scenario("reception call answered by " + desk, Set.copyOf(desks), steps);
    }

    Scenario incomingAbandoned() {
        ReceptionCall call = new ReceptionCall(pbx, outsider());
        List<Step> steps = new ArrayList<>();
        steps.add(step(Duration.ZERO, call::arrive));
        steps.add(step(Duration.ofMillis(500), call::ringDesks));
        steps.add(step(seconds(5, 25), call::abandon));
        return new Scenario("reception call abandoned", Set.copyOf(desks), steps);
    }

    Scenario internalAnswered(String from, String to, boolean callerHangsUp) {
        AtomicReference<DialledCall> call = new AtomicReference<>();
        List<Step> steps = dialledInternally(call, from, to);
        steps.add(step(seconds(2, 10), events -> call.get().answer(events)));
        steps.add(step(seconds(15, 120), events -> call.get().hangUp(events, callerHangsUp, none())));
        return new Scenario("internal call " + from + " to " + to, Set.of(from, to), steps);
    }

    Scenario internalUnanswered(String from, String to) {
        return notAnswered(from, to, "NOANSWER", DialledCall.NO_ANSWER, Duration.ofSeconds(30));
    }

    Scenario internalBusy(String from, String to) {
        return notAnswered(from, to, "BUSY", DialledCall.BUSY, Duration.ofMillis(800));
    }

    /** A call that Dial gives up on; a busy callee never rings. */
    private Scenario notAnswered(String from, String to, String dialStatus, int cause, Duration after) {
        AtomicReference<DialledCall> call = new AtomicReference<>();
        List<Step> steps = dialStatus.equals("BUSY")
                ? new ArrayList<>(List.of(step(Duration.ZERO, events -> call.set(dialInternally(events, from, to)))))
                : dialledInternally(call, from, to);
        steps.add(step(after, events -> {
            call.get().unanswered(events, dialStatus);
            call.get().callerEnds(events, dialStatus, cause);
        }));
        return new Scenario("internal call " + from + " to " + to + ": " + dialStatus, Set.of(from, to), steps);
    }

    Scenario holdAndResume(String from, String to) {
        AtomicReference<DialledCall> call = new AtomicReference<>();
        List<Step> steps = dialledInternally(call, from, to);
        steps.add(step(seconds(2, 8), events -> call.get().answer(events)));
        steps.add(step(seconds(10, 40), events -> call.get().hold(events, true)));
        steps.add(step(seconds(10, 45), events -> call.get().resume(events, true)));
        steps.add(step(seconds(10, 60), events -> call.get().hangUp(events, true, none())));
        return new Scenario("internal call " + from + " to " + to + " held", Set.of(from, to), steps);
    }

    Scenario parkAndPickUp(String desk, String picker) {
        ReceptionCall call = new ReceptionCall(pbx, outsider());
        ReceptionPark park = new ReceptionPark(pbx, call);
        List<Step> steps = answeredAtReception(call, desk);
        steps.add(step(seconds(5, 20), park::park));
        steps.add(step(seconds(8, 60), events -> park.pickUp(events, picker)));
        steps.add(step(seconds(15, 90), events -> park.hangUp(events, true)));
        return new Scenario("reception call parked by " + desk + ", picked up by " + picker,
                with(desks, picker), steps);
    }

    Scenario parkTimeout(String desk) {
        ReceptionCall call = new ReceptionCall(pbx, outsider());
        ReceptionPark park = new ReceptionPark(pbx, call);
        AtomicReference<DialledCall> ringBack = new AtomicReference<>();
        List<Step> steps = answeredAtReception(call, desk);
        steps.add(step(seconds(5, 20), park::park));
        steps.add(step(Duration.ofSeconds(DemoOffice.PARKING_SECONDS), events -> {
            ringBack.set(park.timeOut(events));
            ringBack.get().ring(events);
        }));
        steps.add(step(seconds(3, 10), events -> ringBack.get().answer(events)));
        steps.add(step(seconds(10, 60), events -> ringBack.get().hangUp(events, random.nextBoolean(),
                last -> call.agentComplete(last, "caller"))));
        return new Scenario("reception call parked by " + desk + " until it timed out", Set.copyOf(desks), steps);
    }

    Scenario blindTransfer(String desk, String target) {
        ReceptionCall call = new ReceptionCall(pbx, outsider());
        ReceptionTransfer transfer = new ReceptionTransfer(pbx, call);
        AtomicReference<DialledCall> onward = new AtomicReference<>();
        List<Step> steps = answeredAtReception(call, desk);
        steps.add(step(seconds(5, 25), events -> {
            onward.set(transfer.transfer(events, target));
            onward.get().ring(events);
        }));
        steps.add(step(seconds(2, 10), events -> onward.get().answer(events)));
        steps.add(step(seconds(15, 120), events -> onward.get().hangUp(events, false, none())));
        return new Scenario("reception call transferred by " + desk + " to " + target, with(desks, target), steps);
    }

    Scenario outbound(String phone) {
        DemoOffice.Outsider destination = pick(pbx.office().destinations());
        String dialString = destination.number() + "@" + DemoOffice.TRUNK;
        String dialData = "PJSIP/" + dialString + ",60";
        AtomicReference<DialledCall> call = new AtomicReference<>();
        boolean callerHangsUp = random.nextBoolean();
        List<Step> steps = new ArrayList<>();
        steps.add(step(Duration.ZERO, events -> {
            DemoChannel caller = DialledCall.offHook(pbx, events, phone, destination.number(),
                    "Outgoing call from ${CALLERID(all)} to " + destination.number(), dialData);
            call.set(new DialledCall(pbx, caller, dialString, dialData));
            call.get().begin(events, DemoOffice.TRUNK);
        }));
        steps.add(step(Duration.ofSeconds(1), events -> call.get().ring(events)));
        steps.add(step(seconds(3, 15), events -> call.get().answer(events)));
        steps.add(step(seconds(20, 150), events -> call.get().hangUp(events, callerHangsUp, none())));
        return new Scenario("call from " + phone + " out to " + destination.number(), Set.of(phone), steps);
    }

    /** A call drawn at random among those whose phones are all free; empty when none can start now. */
    Optional<Scenario> any(Set<String> busy) {
        List<String> free = phones.stream().filter(phone -> !busy.contains(phone)).toList();
        List<String> freeOthers = free.stream().filter(phone -> !desks.contains(phone)).toList();
        boolean desksFree = !desks.isEmpty() && free.containsAll(desks);
        int roll = random.nextInt(100);
        if (desksFree && roll < 50) {
            return Optional.of(reception(roll, freeOthers));
        }
        if (free.size() >= 2 && roll < 85) {
            List<String> pair = new ArrayList<>(free);
            String from = pair.remove(random.nextInt(pair.size()));
            String to = pair.get(random.nextInt(pair.size()));
            return Optional.of(switch (roll % 5) {
                case 0 -> internalUnanswered(from, to);
                case 1 -> internalBusy(from, to);
                case 2 -> holdAndResume(from, to);
                default -> internalAnswered(from, to, random.nextBoolean());
            });
        }
        return free.isEmpty() ? Optional.empty() : Optional.of(outbound(pick(free)));
    }

    private Scenario reception(int roll, List<String> others) {
        String desk = pick(desks);
        if (roll < 25 || others.isEmpty()) {
            return roll < 8 ? incomingAbandoned()
                    : roll < 12 ? parkTimeout(desk) : incomingAnswered(desk, random.nextBoolean());
        }
        return roll < 38 ? parkAndPickUp(desk, pick(others)) : blindTransfer(desk, pick(others));
    }

    private List<Step> answeredAtReception(ReceptionCall call, String desk) {
        List<Step> steps = new ArrayList<>();
        steps.add(step(Duration.ZERO, call::arrive));
        steps.add(step(Duration.ofMillis(500), call::ringDesks));
        steps.add(step(seconds(3, 15), events -> call.answer(events, desk)));
        return steps;
    }

    private List<Step> dialledInternally(AtomicReference<DialledCall> call, String from, String to) {
        List<Step> steps = new ArrayList<>();
        steps.add(step(Duration.ZERO, events -> call.set(dialInternally(events, from, to))));
        steps.add(step(Duration.ofMillis(300), events -> call.get().ring(events)));
        return steps;
    }

    private DialledCall dialInternally(StepEvents events, String from, String to) {
        String dialData = "PJSIP/" + to + ",30,tT";
        DemoChannel caller = DialledCall.offHook(pbx, events, from, to,
                "Internal call from ${CALLERID(all)} to " + to, dialData);
        DialledCall call = new DialledCall(pbx, caller, to, dialData);
        call.begin(events, to);
        return call;
    }

    private Step step(Duration delay, Consumer<StepEvents> moment) {
        return new Step(delay, () -> {
            StepEvents events = pbx.events();
            moment.accept(events);
            List<AmiMessage> messages = events.messages();
            return messages;
        });
    }

    private Duration seconds(int min, int max) {
        return Duration.ofMillis(1_000L * min + random.nextInt(1_000 * (max - min) + 1));
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private DemoOffice.Outsider outsider() {
        return pick(pbx.office().callers());
    }

    private static Set<String> with(List<String> phones, String phone) {
        List<String> all = new ArrayList<>(phones);
        all.add(phone);
        return Set.copyOf(all);
    }

    private static Consumer<StepEvents> none() {
        return events -> { };
    }
}
