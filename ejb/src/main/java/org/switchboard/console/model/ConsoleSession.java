package org.switchboard.console.model;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.switchboard.shared.model.CallId;
import org.switchboard.shared.model.Outcome;

/**
 * One receptionist's console: the session machine's state, the calls it follows (on its two lines, waiting in
 * its queues, under supervision), whether its phone is paused, and the command waiting for the PBX. Every
 * change goes through {@link #fire(Attempt)}: the session table first, then the line table for the call the
 * attempt is about; a rejection by either changes nothing.
 *
 * <p>Not thread-safe: the console service gives each session its own serial executor.
 */
public final class ConsoleSession {

    private static final Set<ConsoleTrigger> STARTS_FOLLOWING =
            EnumSet.of(ConsoleTrigger.QUEUED, ConsoleTrigger.RINGING, ConsoleTrigger.DIAL);

    private static final Set<ConsoleTrigger> LEAVES_THE_DESK = EnumSet.of(ConsoleTrigger.LOG_OUT,
            ConsoleTrigger.FORCE_LOG_OUT, ConsoleTrigger.LINK_LOST, ConsoleTrigger.SITE_PASSIVE);

    private final SessionId id;
    private final String login;
    private final String displayName;
    private final SupervisionTimes times;
    private final Clock clock;

    private ConsoleState state = ConsoleState.LOGGED_OUT;
    private boolean dutyHere = ConsoleDuty.UNDECIDED.workHere();
    private boolean paused;
    private boolean phoneBusy;
    private Optional<Pending> pending = Optional.empty();
    private final Map<CallId, CallEntry> entries = new LinkedHashMap<>();
    private final Map<LineNo, CallId> lines = new EnumMap<>(LineNo.class);
    private GuardInputs allowedWith;
    private Set<ConsoleTrigger> allowed;

    public ConsoleSession(SessionId id, String login, String displayName, SupervisionTimes times, Clock clock) {
        this.id = Objects.requireNonNull(id, "id");
        this.login = Objects.requireNonNull(login, "login");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.times = Objects.requireNonNull(times, "times");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Offers one trigger; the step says whether it moved, and what the service must do. */
    public Step fire(Attempt attempt) {
        Plan plan = plan(attempt);
        if (plan.rejection != null) {
            return Step.rejected(plan.attempt, forTheClient(plan), state);
        }
        return commit(plan);
    }

    /**
     * A command with no rule in this state is refused naming the commands the client may send now, not every
     * trigger the state accepts (PBX events mean nothing to her).
     */
    private Outcome.Rejected<?, ?> forTheClient(Plan plan) {
        ConsoleTrigger trigger = plan.attempt.trigger();
        if (!trigger.isCommand() || !plan.rejection.reason().contains(" (allowed there: ")) {
            return plan.rejection;
        }
        return new Outcome.Rejected<>(state, trigger, trigger + " is not allowed in " + state + " (allowed now: "
                + allowedCommands() + ")");
    }

    /**
     * The commands the client may send now: those that both tables accept for some target. Planned again only
     * when what the guards read changed ({@link GuardInputs}), not at every update.
     */
    public Set<ConsoleTrigger> allowedCommands() {
        GuardInputs now = GuardInputs.of(this, entries.values(), lines);
        if (!now.equals(allowedWith)) {
            allowed = Collections.unmodifiableSet(planAllowedCommands());
            allowedWith = now;
        }
        return allowed;
    }

    /** The commands both tables accept now for some target, planned every one against every candidate target. */
    Set<ConsoleTrigger> planAllowedCommands() {
        Set<ConsoleTrigger> planned = EnumSet.noneOf(ConsoleTrigger.class);
        for (ConsoleTrigger command : ConsoleTrigger.values()) {
            if (command.isCommand() && candidates(command).stream().anyMatch(a -> plan(a).rejection == null)) {
                planned.add(command);
            }
        }
        return planned;
    }

    /** The commands the client may send now about one followed call (to show beside it). */
    public Set<ConsoleTrigger> allowedFor(CallId call) {
        Set<ConsoleTrigger> allowed = EnumSet.noneOf(ConsoleTrigger.class);
        CallEntry entry = entries.get(call);
        if (entry == null) {
            return allowed;
        }
        for (ConsoleTrigger command : ConsoleTrigger.values()) {
            if (command.isCommand() && plan(Attempt.command(command, 0).onCall(call)).rejection == null
                    && EntryCommands.isAbout(command)) {
                allowed.add(command);
            }
        }
        return allowed;
    }

    private List<Attempt> candidates(ConsoleTrigger command) {
        List<Attempt> candidates = new ArrayList<>();
        Attempt bare = command == ConsoleTrigger.LOG_IN ? Attempt.logIn(0, false) : Attempt.command(command, 0);
        if (!EntryCommands.isAbout(command) && command != ConsoleTrigger.DIAL) {
            candidates.add(bare);
            return candidates;
        }
        for (LineNo line : LineNo.values()) {
            Attempt onLine = bare.onLine(line);
            candidates.add(command == ConsoleTrigger.DIAL ? onLine.onCall(EntryCommands.DIAL_PROBE) : onLine);
        }
        if (command != ConsoleTrigger.DIAL) {
            entries.keySet().forEach(call -> candidates.add(bare.onCall(call)));
        }
        return candidates;
    }

    private Plan plan(Attempt attempt) {
        Attempt aimed = aim(attempt);
        Optional<CallEntry> entry = entryOf(aimed);
        Situation situation = new Situation(this, aimed, entry);
        Outcome<ConsoleState, ConsoleTrigger> session = ConsoleTransitions.TABLE.fire(state, aimed.trigger(), situation);
        if (session instanceof Outcome.Rejected<ConsoleState, ConsoleTrigger> rejected) {
            return Plan.rejected(aimed, rejected);
        }
        Optional<Outcome<LineState, ConsoleTrigger>> line = Optional.empty();
        if (entry.isPresent() || STARTS_FOLLOWING.contains(aimed.trigger()) && aimed.call().isPresent()) {
            LineState from = entry.map(CallEntry::state).orElse(LineState.NEW);
            Outcome<LineState, ConsoleTrigger> outcome = LineTransitions.TABLE.fire(from, aimed.trigger(), situation);
            if (outcome instanceof Outcome.Rejected<LineState, ConsoleTrigger> rejected) {
                return Plan.rejected(aimed, rejected);
            }
            line = Optional.of(outcome);
        }
        return new Plan(aimed, entry, (Outcome.Moved<ConsoleState, ConsoleTrigger>) session, line, null);
    }

    /** Points a trigger that names no call at the one it must be about. */
    private Attempt aim(Attempt attempt) {
        if (attempt.call().isPresent()) {
            return attempt;
        }
        if (attempt.trigger() == ConsoleTrigger.COUPLE) {
            return heldLine().map(attempt::onCall).orElse(attempt);
        }
        if (attempt.trigger() == ConsoleTrigger.COMMAND_FAILED) {
            return pending.flatMap(Pending::call).map(attempt::onCall).orElse(attempt);
        }
        return attempt.line().flatMap(l -> Optional.ofNullable(lines.get(l))).map(attempt::onCall).orElse(attempt);
    }

    private Optional<CallEntry> entryOf(Attempt attempt) {
        return attempt.call().map(entries::get);
    }

    private Step commit(Plan plan) {
        Attempt attempt = plan.attempt;
        ConsoleState before = state;
        state = plan.session.to();
        Optional<CallEntry> after = plan.line.map(outcome -> moveEntry(plan, (Outcome.Moved<LineState, ConsoleTrigger>) outcome));
        updateFlags(attempt);
        updatePending(plan, before);
        if (LEAVES_THE_DESK.contains(attempt.trigger())) {
            leaveTheDesk();
        }
        return new Step(attempt, plan.session, plan.line, after, plan.session.effects());
    }

    private CallEntry moveEntry(Plan plan, Outcome.Moved<LineState, ConsoleTrigger> moved) {
        Attempt attempt = plan.attempt;
        CallEntry entry = plan.entry.orElseGet(() -> CallEntry.start(
                attempt.facts().orElseGet(() -> CallFacts.of(attempt.call().orElseThrow())), LineState.NEW,
                Optional.empty(), clock.instant()));
        Optional<LineNo> line = moved.to().place() == LineState.Place.LINE
                ? entry.line().or(attempt::line).or(this::freeLine) : Optional.empty();
        String detail = attempt.argument().isEmpty() ? attempt.facts().flatMap(CallFacts::queue).orElse("")
                : attempt.argument();
        HistoryEntry step = new HistoryEntry(clock.instant(), attempt.trigger(), moved.to(), moved.to().place(), line,
                detail);
        CallEntry next = entry.moved(moved.to(), line, step);
        if (attempt.note().isPresent()) {
            next = next.withNote(attempt.note().get());
        }
        if (attempt.facts().isPresent() && plan.entry.isPresent()) {
            next = next.withFacts(attempt.facts().get());
        }
        if (moved.to().place() == LineState.Place.SUPERVISED && moved.changed()) {
            next = next.supervisedBy(new Supervision(supervisionTarget(attempt, moved.to()),
                    clock.instant().plus(times.of(moved.to()))));
        }
        place(entry, next);
        return next;
    }

    private String supervisionTarget(Attempt attempt, LineState supervised) {
        if (supervised == LineState.PARKED) {
            return attempt.argument();
        }
        return attempt.trigger() == ConsoleTrigger.CAMP_ON ? attempt.argument()
                : pending.map(Pending::argument).orElse(attempt.argument());
    }

    private void place(CallEntry before, CallEntry after) {
        before.line().ifPresent(lines::remove);
        if (after.state() == LineState.GONE) {
            entries.remove(after.call());
            return;
        }
        entries.put(after.call(), after);
        after.line().ifPresent(line -> lines.put(line, after.call()));
    }

    private void updateFlags(Attempt attempt) {
        switch (attempt.trigger()) {
            case PAUSED, UNPAUSED -> {
                // while passive the phone's pause on this PBX is the site's doing, not what the receptionist asked
                if (state != ConsoleState.PASSIVE) {
                    paused = attempt.trigger() == ConsoleTrigger.PAUSED;
                }
            }
            case SITE_ACTIVE -> dutyHere = true;
            case SITE_PASSIVE -> dutyHere = false;
            case LOG_IN -> paused = Attempt.PAUSED.equals(attempt.argument());
            case PHONE_BUSY -> phoneBusy = true;
            case PHONE_FREE -> phoneBusy = false;
            default -> {
                // pausing is confirmed by the PBX's events only; the phone's state is the PBX's
            }
        }
    }

    private void updatePending(Plan plan, ConsoleState before) {
        ConsoleTrigger trigger = plan.attempt.trigger();
        if (trigger.isCommand() && Confirmations.awaitsPbx(trigger) && !plan.session.effects().isEmpty()
                && hasPbxEffect(plan)) {
            pending = Optional.of(new Pending(trigger, plan.attempt.commandSeq(), plan.attempt.call(),
                    plan.attempt.argument(), clock.instant()));
            return;
        }
        if (trigger == ConsoleTrigger.COMMAND_FAILED || trigger == ConsoleTrigger.RESET
                || LEAVES_THE_DESK.contains(trigger)) {
            pending = Optional.empty();
            return;
        }
        pending.filter(p -> Confirmations.completes(p.command(), trigger)
                && (p.call().isEmpty() || p.call().equals(plan.attempt.call())))
                .ifPresent(done -> pending = Optional.empty());
    }

    private static boolean hasPbxEffect(Plan plan) {
        return plan.session.effects().stream().anyMatch(e -> e instanceof ConsoleEffect effect && effect.actsOnPbx());
    }

    /** Logged out or passive: the lines and the waiting list are dropped; supervised calls stay followed. */
    private void leaveTheDesk() {
        lines.clear();
        entries.values().removeIf(entry -> entry.state().place() != LineState.Place.SUPERVISED);
    }

    /** The first free line, line 1 first. */
    public Optional<LineNo> freeLine() {
        for (LineNo line : LineNo.values()) {
            if (!lines.containsKey(line)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    private Optional<CallId> heldLine() {
        return lines.values().stream().filter(call -> entries.get(call).state() == LineState.ON_HOLD).findFirst();
    }

    public Optional<CallEntry> onLine(LineNo line) {
        return Optional.ofNullable(lines.get(line)).map(entries::get);
    }

    public Optional<CallEntry> entry(CallId call) {
        return Optional.ofNullable(entries.get(call));
    }

    /** Every followed call, in the order the session started following them. */
    public List<CallEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** The followed calls in one place (waiting, supervised), oldest first. */
    public List<CallEntry> entriesIn(LineState.Place place) {
        return entries.values().stream().filter(entry -> entry.state().place() == place).toList();
    }

    public SessionId id() {
        return id;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public ConsoleState state() {
        return state;
    }

    /** Whether the receptionists work on this site, as the last SITE_ACTIVE or SITE_PASSIVE said. */
    public boolean dutyHere() {
        return dutyHere;
    }

    /** Whether the receptionist asked for her phone to be paused in its queues (the PBX confirmed it). */
    public boolean paused() {
        return paused;
    }

    /** Whether her phone is on a call or ringing, as the PBX last said. */
    public boolean phoneBusy() {
        return phoneBusy;
    }

    public Optional<Pending> pending() {
        return pending;
    }

    /** An attempt checked against both tables, not yet applied. */
    private record Plan(Attempt attempt, Optional<CallEntry> entry, Outcome.Moved<ConsoleState, ConsoleTrigger> session,
            Optional<Outcome<LineState, ConsoleTrigger>> line, Outcome.Rejected<?, ?> rejection) {

        static Plan rejected(Attempt attempt, Outcome.Rejected<?, ?> why) {
            return new Plan(attempt, Optional.empty(), null, Optional.empty(), why);
        }
    }
}
