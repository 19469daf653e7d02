package org.switchboard.console;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.switchboard.console.model.ConsoleState;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.protocol.Bounds;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.PresenceUpdate;

/**
 * The console sessions in presence. Each logged-in session is a console login of its receptionist's user (her
 * account's extension), stating what she set with SET_PRESENCE or named at LOG_IN (available until then),
 * renewed (every 30 s by default) while the session lives and logged in again when presence forgot it; it ends when the session
 * ends. A session whose client asked for presence watches every user whose phone it shows in PHONES and sends
 * PRESENCE updates: a full listing with every full PHONES listing (log in, resync), then the changes the presence
 * service tells it, coalesced, on the session's lane. The calls that change presence (log in, renew, status, note,
 * watch, log out) go in order on the session's presence lane, so that the session never waits for presence to
 * store and publish, and a failure of presence is logged (SWB2016) without stopping the console: the next renewal
 * logs in again. The listings read presence ({@code fetch}, at once) on the session's lane, which alone touches the
 * session's state.
 * When the server stops, the console logins are not logged out one by one: the presence service stops with them,
 * and at the next start it settles every user whose logins did not come back (a node that stops beside another
 * running one leaves its console logins to their lease).
 */
final class DeskPresence {


    /** Serial lanes per session: {@link DeskLane}, the console's own and its presence lane. */
    interface Lanes {
        boolean later(Desk desk, String what, Runnable task);
    }

    private final PresenceDesk presence;
    private final Duration lease;
    private final Duration renewal;
    private final ScheduledExecutorService timers;
    private final Lanes lanes;
    private final Lanes presenceLanes;
    private final Map<String, PresenceSeat> seats = new ConcurrentHashMap<>();

    /** The console login's lease and renewal come from the presence settings. */
    DeskPresence(PresenceDesk presence, PresenceSettings settings, ScheduledExecutorService timers, Lanes lanes,
            Lanes presenceLanes) {
        this.presence = presence;
        this.lease = settings.consoleLease();
        this.renewal = settings.consoleRenewal();
        this.timers = timers;
        this.lanes = lanes;
        this.presenceLanes = presenceLanes;
    }

    /**
     * A log in or a take-over (on the desk's lane, before the session moves): her console login, renewed, stating
     * the status the log in names (a client logging in again after a lost connection keeps what she had set), else
     * what the session stated so far (available for a new session).
     */
    void loggedIn(Desk desk, boolean wanted, Optional<PresenceUpdate.Status> status) {
        PresenceSeat seat = seats.computeIfAbsent(desk.id(), id -> new PresenceSeat(desk,
                UserId.parse(desk.receptionist().extension()),
                () -> lanes.later(desk, "presence changes", () -> flush(desk))));
        seat.wanted(wanted);
        status.map(DeskPresence::status).ifPresent(seat::stated);
        if (!wanted && !seat.watched().isEmpty()) {
            call(desk, "the end of the watch", () -> presence.unwatchAll(seat.id()));
            seat.watched().clear();
        }
        call(desk, "the console login", () -> announce(seat));
        long every = renewal.toMillis();
        seat.renewal(timers.scheduleAtFixedRate(() -> call(desk, "the renewal of the console login",
                () -> renew(seat)), every, every, TimeUnit.MILLISECONDS));
    }

    /**
     * The server stops: no renewal fires any more, here or (the container's scheduler outlives an undeployment) in
     * the next deployment. The logins themselves are left to presence, which settles them at its next start.
     */
    void serverStopping() {
        seats.values().forEach(seat -> seat.renewal(null));
    }

    /** The session ended (on its lane): its console login ends and it watches nobody. */
    void ended(Desk desk, String reason) {
        PresenceSeat seat = seats.remove(desk.id());
        if (seat == null) {
            return;
        }
        seat.renewal(null);
        call(desk, "the end of the console login", () -> {
            if (seat.user().isPresent()) {
                presence.logOut(seat.login(), reason);
            }
            presence.unwatchAll(seat.id());
        });
    }

    /** SET_PRESENCE (on the desk's lane): the status her console login states, and her note when it has one. */
    CommandVerdict set(Desk desk, ConsoleCommand.SetPresence command) {
        PresenceSeat seat = seats.get(desk.id());
        if (seat == null || desk.session().state() == ConsoleState.LOGGED_OUT) {
            return new CommandVerdict.NotAllowed("SET_PRESENCE is not allowed in " + desk.session().state());
        }
        if (seat.user().isEmpty()) {
            return new CommandVerdict.Invalid("SET_PRESENCE: the extension " + desk.receptionist().extension()
                    + " of " + desk.session().login() + " is not a presence user");
        }
        PresenceStatus stated = status(command.status());
        seat.stated(stated);
        call(desk, "SET_PRESENCE", () -> {
            if (presence.changeStatus(seat.login(), Optional.of(stated)).isEmpty()) {
                ConsoleLog.LOG.consoleLoginRenewed(desk.id(), "it had ended when SET_PRESENCE came");
                announce(seat);
            }
            command.note().ifPresent(note -> presence.setNote(seat.user().get(), note));
        });
        return new CommandVerdict.Accepted();
    }

    /**
     * PHONES updates went to the client (on the desk's lane): the session watches the users of those phones, and
     * sends their presence, all of it after a full listing, else that of the users it did not watch yet.
     */
    void shown(Desk desk, ClientLink client, List<PhonesUpdate> phones, boolean full) {
        PresenceSeat seat = seats.get(desk.id());
        if (seat == null || !seat.wanted()) {
            return;
        }
        Set<UserId> users = new LinkedHashSet<>();
        phones.forEach(update -> update.phones().forEach(phone -> UserId.ofPhone(phone.device()).ifPresent(users::add)));
        if (full) {
            Set<UserId> gone = new LinkedHashSet<>(seat.watched());
            gone.removeAll(users);
            if (!gone.isEmpty()) {
                call(desk, "the end of a watch", () -> presence.unwatch(seat.id(), gone));
                seat.watched().removeAll(gone);
            }
        }
        Set<UserId> fresh = new LinkedHashSet<>(users);
        fresh.removeAll(seat.watched());
        seat.watched().addAll(fresh);
        if (!fresh.isEmpty()) {
            call(desk, "a watch", () -> presence.watch(seat, fresh));
        }
        send(seat, client, full ? users : fresh, full);
    }

    /** Sends the changes the presence service told (on the desk's lane). */
    void flush(Desk desk) {
        PresenceSeat seat = seats.get(desk.id());
        if (seat == null) {
            return;
        }
        List<Presence> changes = seat.takeArrived().values().stream().filter(seat::sends)
                .sorted(Comparator.comparing(changed -> changed.user().value())).toList();
        desk.link().filter(client -> seat.wanted()).ifPresent(client -> push(seat, client, changes, false));
    }

    /**
     * The presence service restarted and forgot every login and watch: each session logs in again, watches again
     * and sends a full listing (versions may have been reloaded, so nothing is taken as sent already).
     */
    void restarted() {
        for (PresenceSeat seat : seats.values()) {
            Desk desk = seat.desk();
            lanes.later(desk, "presence restarted", () -> {
                if (seats.get(desk.id()) != seat) {
                    return;
                }
                Set<UserId> watched = Set.copyOf(seat.watched());
                call(desk, "the console login and watch again after a restart of presence", () -> {
                    announce(seat);
                    if (!watched.isEmpty()) {
                        presence.watch(seat, watched);
                    }
                });
                seat.forgetSent();
                if (seat.wanted() && !watched.isEmpty()) {
                    desk.link().ifPresent(client -> send(seat, client, watched, true));
                }
            });
        }
    }

    /** Renews her console login (on the presence lane), or logs it in again when presence forgot it. */
    private void renew(PresenceSeat seat) {
        if (seats.get(seat.desk().id()) == seat && seat.user().isPresent()
                && presence.keepAlive(seat.login()).isEmpty()) {
            ConsoleLog.LOG.consoleLoginRenewed(seat.desk().id(), "its lease had run out or presence restarted");
            announce(seat);
        }
    }

    /** A call to the presence service on the session's presence lane; its failure is logged, never thrown. */
    private void call(Desk desk, String what, Runnable call) {
        presenceLanes.later(desk, what, () -> {
            try {
                call.run();
            } catch (RuntimeException e) {
                ConsoleLog.LOG.presenceFailed(what, desk.id(), String.valueOf(e));
            }
        });
    }

    /** Logs her console login in (on the presence lane), stating what she set. */
    private void announce(PresenceSeat seat) {
        Desk desk = seat.desk();
        seat.user().ifPresentOrElse(user -> presence.logIn(user, LoginKind.CONSOLE, desk.id(), seat.id().value(),
                Optional.of(seat.stated()), lease), () -> ConsoleLog.LOG.noPresenceUser(desk.id(),
                        desk.session().login(), desk.receptionist().extension()));
    }

    /** The users' presence now, fetched at once; a full listing sends every one, else only what is newer. */
    private void send(PresenceSeat seat, ClientLink client, Set<UserId> users, boolean full) {
        List<Presence> now;
        try {
            now = users.stream().map(presence::fetch).filter(fetched -> full || seat.sends(fetched)).toList();
        } catch (RuntimeException e) {
            ConsoleLog.LOG.presenceFailed("the presence listing", seat.desk().id(), String.valueOf(e));
            return;
        }
        push(seat, client, now, full);
    }

    private static void push(PresenceSeat seat, ClientLink client, List<Presence> users, boolean full) {
        users.forEach(seat::sent);
        List<PresenceUpdate.UserPresence> views = users.stream().map(DeskPresence::view).toList();
        Desk desk = seat.desk();
        PresenceUpdate.batches(desk.id(), desk::nextSeq, full, views).forEach(client::push);
    }

    private static PresenceUpdate.UserPresence view(Presence presence) {
        return new PresenceUpdate.UserPresence(presence.user().value(), wire(presence.status()),
                Bounds.text(presence.note(), Bounds.PRESENCE_NOTE_CHARS), presence.onPhone(), presence.version());
    }

    /** The one mapping between the model's statuses and the protocol's, both ways. */
    static PresenceUpdate.Status wire(PresenceStatus status) {
        return switch (status) {
            case AVAILABLE -> PresenceUpdate.Status.AVAILABLE;
            case AWAY -> PresenceUpdate.Status.AWAY;
            case BUSY -> PresenceUpdate.Status.BUSY;
            case DO_NOT_DISTURB -> PresenceUpdate.Status.DO_NOT_DISTURB;
            case ON_THE_PHONE -> PresenceUpdate.Status.ON_THE_PHONE;
            case OFFLINE -> PresenceUpdate.Status.OFFLINE;
        };
    }

    static PresenceStatus status(PresenceUpdate.Status wire) {
        return switch (wire) {
            case AVAILABLE -> PresenceStatus.AVAILABLE;
            case AWAY -> PresenceStatus.AWAY;
            case BUSY -> PresenceStatus.BUSY;
            case DO_NOT_DISTURB -> PresenceStatus.DO_NOT_DISTURB;
            case ON_THE_PHONE -> PresenceStatus.ON_THE_PHONE;
            case OFFLINE -> PresenceStatus.OFFLINE;
        };
    }
}
