package org.switchboard.console;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.switchboard.console.model.CallEntry;
import org.switchboard.console.model.CallFacts;
import org.switchboard.console.model.ConsoleDuty;
import org.switchboard.console.model.ConsoleSession;
import org.switchboard.console.model.DeskEvents;
import org.switchboard.console.model.LineState;
import org.switchboard.console.model.Receptionist;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.shared.model.CallId;

/**
 * One receptionist's session at work: the session machine, the receptionist it belongs to, what the PBX's
 * events mean for it, the link to its client and the numbering of its updates. Everything but
 * {@link #interest()}, {@link #summary()} and the phones changed is touched only on the session's own serial lane.
 */
public final class Desk {

    private final ConsoleSession session;
    private final Function<CallId, CallFacts> facts;
    private DeskEvents events;
    private Receptionist receptionist;
    private ClientLink link;
    private long lastSeq;
    private Optional<StateUpdate.CommandError> error = Optional.empty();
    private boolean wantsSite;
    private Optional<ConsoleDuty> toldDuty = Optional.empty();
    private final Set<String> changedPhones = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean phonesFlushScheduled = new AtomicBoolean();
    private volatile Interest interest;
    private volatile Summary summary;

    Desk(ConsoleSession session, Receptionist receptionist, Function<CallId, CallFacts> facts) {
        this.session = session;
        this.receptionist = receptionist;
        this.facts = facts;
        this.events = eventsOf(receptionist);
        refreshInterest();
    }

    /** The lane key and the logs' session id. */
    String id() {
        return session.id().value();
    }

    ConsoleSession session() {
        return session;
    }

    DeskEvents events() {
        return events;
    }

    Receptionist receptionist() {
        return receptionist;
    }

    /** The receptionist as her account says now (at each log in): her phone and queues may have changed. */
    void receptionist(Receptionist newer) {
        receptionist = newer;
        events = eventsOf(newer);
        refreshInterest();
    }

    private DeskEvents eventsOf(Receptionist of) {
        return new DeskEvents(of.phoneDevice(), queuesOf(of), facts);
    }

    Optional<ClientLink> link() {
        return Optional.ofNullable(link);
    }

    /** Hands the session to {@code newer}; the link it had, if any. */
    Optional<ClientLink> link(ClientLink newer) {
        ClientLink old = link;
        link = newer;
        toldDuty = Optional.empty();
        refreshInterest();
        return Optional.ofNullable(old);
    }

    /** Whether the client asked for SITE updates at log in (it keeps a link to both sites). */
    boolean wantsSite() {
        return wantsSite;
    }

    void wantsSite(boolean asked) {
        wantsSite = asked;
    }

    /** The duty the current client was last told in a SITE update. */
    Optional<ConsoleDuty> toldDuty() {
        return toldDuty;
    }

    void told(ConsoleDuty duty) {
        toldDuty = Optional.of(duty);
    }

    long nextSeq() {
        return ++lastSeq;
    }

    /** Keeps an error for the next state update. */
    void fail(StateUpdate.CommandError failure) {
        error = Optional.of(failure);
    }

    /** The error to report in the update being made, reported only once. */
    Optional<StateUpdate.CommandError> takeError() {
        Optional<StateUpdate.CommandError> taken = error;
        error = Optional.empty();
        return taken;
    }

    /**
     * Notes a phone whose state changed, from any thread; true when no batch is scheduled yet, so the caller must
     * schedule one.
     */
    boolean phoneChanged(String device) {
        changedPhones.add(device);
        return phonesFlushScheduled.compareAndSet(false, true);
    }

    /** The phones changed since the last batch, forgotten now (a change noted meanwhile schedules the next one). */
    Set<String> takeChangedPhones() {
        phonesFlushScheduled.set(false);
        Set<String> taken = Set.copyOf(changedPhones);
        changedPhones.removeAll(taken);
        return taken;
    }

    /** The queues a receptionist's phone serves: the general ones and the personal one. */
    static Set<String> queuesOf(Receptionist receptionist) {
        Set<String> queues = new LinkedHashSet<>(receptionist.generalQueues());
        queues.add(receptionist.personalQueue());
        return Set.copyOf(queues);
    }

    /** What the router may read from any thread to decide which events concern this desk. */
    Interest interest() {
        return interest;
    }

    /** Publishes what the desk follows after a step, and its summary for operators. */
    void refreshInterest() {
        interest = Interest.of(session, receptionist);
        summary = Summary.of(session, link);
    }

    /** What operators see of the session (JMX, admin console), safe to read from any thread. */
    Summary summary() {
        return summary;
    }

    /** One line per session, as the seed's session list shows it. */
    public record Summary(String login, String session, String state, boolean paused, String line1, String line2,
            String client, int supervised) {

        static Summary of(ConsoleSession session, ClientLink link) {
            return new Summary(session.login(), session.id().value(), session.state().name(), session.paused(),
                    line(session, org.switchboard.console.model.LineNo.L1),
                    line(session, org.switchboard.console.model.LineNo.L2),
                    link == null ? "" : link.describe(), session.entriesIn(LineState.Place.SUPERVISED).size());
        }

        private static String line(ConsoleSession session, org.switchboard.console.model.LineNo line) {
            return session.onLine(line).map(entry -> entry.state() + " " + entry.facts().number()
                    + (entry.facts().name().isEmpty() ? "" : " (" + entry.facts().name() + ")")).orElse("null");
        }
    }

    /**
     * The calls a desk follows, its phone and queues, whether it is at work and whether a call camps on an
     * extension: enough for the router to send a desk only the events that can mean something to it.
     */
    record Interest(Set<CallId> calls, String phoneDevice, Set<String> queues, boolean atWork, boolean camping) {

        static Interest of(ConsoleSession session, Receptionist receptionist) {
            return new Interest(session.entries().stream().map(CallEntry::call).collect(
                    java.util.stream.Collectors.toUnmodifiableSet()), receptionist.phoneDevice(), queuesOf(receptionist),
                    session.state().loggedIn(),
                    session.entries().stream().anyMatch(entry -> entry.state() == LineState.CAMPING));
        }
    }
}
