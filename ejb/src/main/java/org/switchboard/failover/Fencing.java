package org.switchboard.failover;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.switchboard.failover.model.FencingEffect;
import org.switchboard.failover.model.FencingSettings;
import org.switchboard.failover.model.FencingState;
import org.switchboard.failover.model.FencingTable;
import org.switchboard.failover.model.FencingTransitions;
import org.switchboard.failover.model.FencingTrigger;
import org.switchboard.failover.model.FencingView;
import org.switchboard.failover.model.SiteRole;
import org.switchboard.failover.model.SiteSettings;
import org.switchboard.failover.model.SiteStatus;
import org.switchboard.failover.model.SmithArming;
import org.switchboard.health.CriticalProbeFailed;
import org.switchboard.health.HealthBoard;
import org.switchboard.health.VerdictChanged;
import org.switchboard.health.model.Availability;
import org.switchboard.health.model.AvailabilityVerdict;
import org.switchboard.health.model.FencingStance;
import org.switchboard.health.model.Probe;
import org.switchboard.runtime.LogContext;
import org.switchboard.runtime.ServerRuntime;
import org.switchboard.shared.model.Outcome;
import org.switchboard.shared.model.TransitionTable;

/**
 * This site's fencing: its SMITH and STONITH flags (durable, {@link FencingFlagStore}, in
 * {@code ${jboss.server.data.dir}/switchboard/fencing}), moved by {@link FencingTransitions} on what happens (a
 * critical probe failed, the secondary demands STONITH, reception activity, the operator's activate and deactivate),
 * and the pair's row of the {@link FencingTable} with the peer's flags as last heard.
 *
 * <p>It pushes its stance (refuse because of the flags; the start barrier of a primary that has not heard its peer
 * within {@link FencingSettings#peerWait()}) to the {@link HealthBoard}, and fires {@link OwnStatusChanged} and
 * {@link ConsoleDutyChanged} once at start and then on every change. One step at a time: the machine moves under
 * this bean's lock and stores its flags before the move is published; events are fired outside that lock.
 */
@Singleton
@Startup
@DependsOn("HealthBoard")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Fencing {

    @Inject
    SiteSettings site;

    @EJB
    HealthBoard board;

    @EJB
    ServerRuntime runtime;

    @Inject
    Clock clock;

    @Inject
    Event<OwnStatusChanged> ownStatusChanged;

    @Inject
    Event<ConsoleDutyChanged> consoleDutyChanged;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Object publishing = new Object();
    private final SmithArming arming = new SmithArming();
    private FencingSettings settings;
    private FencingFlagStore store;
    private TransitionTable<FencingState, FencingTrigger> table;
    private Instant startedAt;
    private FencingState state;
    private String why = "";
    private Optional<SiteStatus> peer = Optional.empty();
    private Optional<Instant> peerLostAt = Optional.empty();
    private String lastRowLogged = "";
    private boolean lastRowInvalid;
    private boolean ignoringDemand;
    private SiteStatus lastAnnounced;
    private Boolean lastDuty;

    @PostConstruct
    void start() {
        settings = FencingSettings.from(System::getProperty);
        store = new FencingFlagStore(directory());
        table = FencingTransitions.of(site.role());
        startedAt = clock.instant();
        FencingFlagStore.Stored stored = store.read();
        stored.problems().forEach(FencingLog.LOG::fileProblem);
        synchronized (this) {
            state = FencingState.of(stored.flags(), stored.activity() && site.role() == SiteRole.SECONDARY);
            why = state == FencingState.CLEAR ? "" : "set before this start (recover with activate)";
        }
        FencingLog.LOG.started(site.name(), site.role().label(), state.name(), state.flags().code(),
                store.directory().toString());
        fire(FencingTrigger.STARTED, "STONITH: set before this start; a running primary SMITHs too (recover with activate)");
        // published once this bean is up (the board's observers call back into it); until then the board refuses
        executor.execute(this::publish);
        if (site.role() == SiteRole.PRIMARY) {
            scheduler.schedule(this::publish, settings.peerWait().toMillis() + 1, TimeUnit.MILLISECONDS);
        }
    }

    private static Path directory() {
        String data = Objects.requireNonNullElse(System.getProperty("jboss.server.data.dir"), "data");
        return Path.of(data, "switchboard", "fencing");
    }

    /** The fencing as the operator sees it. */
    public synchronized FencingView view() {
        return new FencingView(site.name(), site.role(), state,
                FencingTable.seen(site.role(), state.flags(), peer.map(SiteStatus::flags)), why, peer, peerLostAt);
    }

    /** This site's status as last sent to the peer (what {@link OwnStatusChanged} carried). */
    public SiteStatus status() {
        synchronized (publishing) {
            return lastAnnounced != null ? lastAnnounced : statusNow();
        }
    }

    /** The operator's activate: the manual recovery. Returns the status line after it. */
    public String activate() {
        Optional<SiteStatus> secondary = peerStatus();
        if (site.role() == SiteRole.PRIMARY && !secondary.map(s -> s.flags().smith()).orElse(false)) {
            FencingLog.LOG.activatedBeforeSecondary(secondary.map(SiteStatus::site).orElse("(never heard)"),
                    secondary.map(s -> s.flags().code()).orElse("??"));
        }
        fire(FencingTrigger.ACTIVATE, "activated by the operator");
        publish();
        return view().statusLine();
    }

    /** The operator's deactivate: on the primary the failover, on the secondary the end of its STONITH demand. */
    public String deactivate() {
        fire(FencingTrigger.DEACTIVATE, "SMITH: deactivated by the operator");
        publish();
        return view().statusLine();
    }

    /**
     * The peer's status: kept for the row (and it opens the start barrier); a primary obeys a secondary's STONITH
     * demand in the same step, so no stance without the barrier and without the STONITH is ever published.
     */
    public void onPeerStatus(@Observes PeerStatusHeard heard) {
        SiteStatus status = heard.status();
        synchronized (this) {
            peer = Optional.of(status);
            peerLostAt = Optional.empty();
            boolean invalidDemand = site.role() == SiteRole.PRIMARY && status.demandsStonith() && status.flags().stonith();
            if (invalidDemand && !ignoringDemand) {
                FencingLog.LOG.ignoredDemand(status.site()); // once, until the demand is valid or gone
            }
            ignoringDemand = invalidDemand;
            if (site.role() == SiteRole.PRIMARY && status.demandsStonith() && !invalidDemand) {
                fire(FencingTrigger.STONITH_HEARD, "STONITH: the secondary " + status.site()
                        + " demands that this primary stay down");
            }
        }
        logRowOnChange();
        publish();
    }

    public void onPeerLost(@Observes PeerLost lost) {
        synchronized (this) {
            peerLostAt = Optional.of(lost.at());
        }
        FencingLog.LOG.peerLost(lost.site(), peerStatus().map(s -> s.flags().code()).orElse("??"));
    }

    @SuppressWarnings("try") // the log context is only opened and closed
    public void onReceptionActivity(@Observes ReceptionActivity activity) {
        try (LogContext ignored = LogContext.with(LogContext.CALL, activity.callId())) {
            if (fire(FencingTrigger.ACTIVITY_DETECTED, "activity detected on " + site.name() + ": call "
                    + activity.callId())) {
                publish();
            }
        }
    }

    public void onCriticalFailure(@Observes CriticalProbeFailed failed) {
        Probe probe = failed.reading().probe();
        if (!arming.armed()) {
            if (arming.firstFailureOf(probe.name())) {
                FencingLog.LOG.notArmed(probe.label(), AvailabilityVerdict.failure(failed.reading()));
            }
            return;
        }
        String reason = "SMITH: " + AvailabilityVerdict.failure(failed.reading());
        if (fire(FencingTrigger.CRITICAL_FAILURE, reason + " (impact: " + probe.impact() + "; cause: " + probe.cause()
                + "; action: " + probe.action() + ")")) {
            publish();
        }
    }

    public void onVerdictChanged(@Observes VerdictChanged changed) {
        arming.verdict(changed.now().takesCalls());
        announce();
    }

    /** Fires {@code trigger}; returns whether the state changed. A change is stored before it is published. */
    private boolean fire(FencingTrigger trigger, String reason) {
        synchronized (this) {
            Outcome<FencingState, FencingTrigger> outcome = table.fire(state, trigger);
            if (outcome instanceof Outcome.Rejected<FencingState, FencingTrigger> rejected) {
                FencingLog.LOG.rejected(trigger.name(), rejected.reason());
                return false;
            }
            Outcome.Moved<FencingState, FencingTrigger> moved = (Outcome.Moved<FencingState, FencingTrigger>) outcome;
            if (!moved.changed()) {
                return false;
            }
            store(moved);
            state = moved.to();
            why = state == FencingState.CLEAR ? "" : shortReason(reason);
            FencingLog.LOG.moved(moved.from().name(), trigger.name(), moved.to().name(), state.flags().code(), reason);
            return true;
        }
    }

    private static String shortReason(String reason) {
        int detail = reason.indexOf(" (impact: ");
        return detail < 0 ? reason : reason.substring(0, detail);
    }

    private void store(Outcome.Moved<FencingState, FencingTrigger> moved) {
        try {
            for (var effect : moved.effects()) {
                if (effect == FencingEffect.STORE_FLAGS) {
                    store.write(moved.to().flags());
                } else if (effect == FencingEffect.STORE_ACTIVITY) {
                    store.writeActivity(moved.to().activityDetected());
                }
            }
        } catch (IOException e) {
            FencingLog.LOG.notStored(store.directory().toString(), e);
        }
    }

    private synchronized Optional<SiteStatus> peerStatus() {
        return peer;
    }

    /** What the flags and the start barrier say to the verdict. */
    private FencingStance stance() {
        FencingView view = view();
        boolean waiting = site.role() == SiteRole.PRIMARY && view.peer().isEmpty()
                && clock.instant().isBefore(startedAt.plus(settings.peerWait()));
        return new FencingStance(view.refusal(), waiting
                ? Optional.of("waiting up to " + settings.peerWait() + " for the status of the secondary")
                : Optional.empty());
    }

    /** Logs the pair's row when it becomes invalid, and when it is valid again: once per change. */
    private void logRowOnChange() {
        FencingTable.PairRow row = view().row();
        synchronized (this) {
            if (row.code().equals(lastRowLogged)) {
                return;
            }
            boolean invalid = row.validity() == FencingTable.Validity.INVALID;
            if (invalid) {
                FencingLog.LOG.invalidRow(row.code(), row.note());
            } else if (lastRowInvalid) {
                FencingLog.LOG.rowNowValid(row.code(), row.note());
            }
            lastRowLogged = row.code();
            lastRowInvalid = invalid;
        }
    }

    /** Pushes the stance to the board, then announces the status and the console duty if they changed. */
    private void publish() {
        synchronized (publishing) { // computed and pushed in one step: a stale stance never overwrites a newer one
            board.stance(stance());
        }
        logRowOnChange();
        announce();
    }

    private void announce() {
        synchronized (publishing) {
            SiteStatus now = statusNow();
            if (lastAnnounced == null || !sameExceptTime(lastAnnounced, now)) {
                lastAnnounced = now;
                ownStatusChanged.fire(new OwnStatusChanged(now));
            }
            FencingView view = view();
            boolean duty = view.consolesWorkHere();
            if (lastDuty == null || lastDuty != duty) {
                lastDuty = duty;
                String reason = duty ? dutyReason(view) : "consoles work on the other site: " + view.statusLine();
                FencingLog.LOG.consoleDuty(duty ? "work" : "do not work", reason);
                consoleDutyChanged.fire(new ConsoleDutyChanged(duty, site.name(), reason));
            }
        }
    }

    private static String dutyReason(FencingView view) {
        return view.role() == SiteRole.PRIMARY ? "the primary's flags are clear" : view.why();
    }

    private SiteStatus statusNow() {
        FencingView view = view();
        Availability verdict = board.verdict();
        String reason = verdict instanceof Availability.Unavailable refusing ? refusing.reason() : "";
        return new SiteStatus(site.name(), site.role(), view.flags(), verdict.takesCalls(), reason,
                view.state().activityDetected(), view.demandsStonith(), runtime.version(), clock.instant());
    }

    private static boolean sameExceptTime(SiteStatus a, SiteStatus b) {
        return a.flags().equals(b.flags()) && a.takesCalls() == b.takesCalls() && a.reason().equals(b.reason())
                && a.activityDetected() == b.activityDetected() && a.demandsStonith() == b.demandsStonith()
                && a.role() == b.role();
    }
}
