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
 * account's extension), stating what she set with SET_PRESENCE (available until then), renewed (every 30 s by
 * default) while the session lives and logged in again when presence forgot it; it ends when the session
 * ends. A session whose client asked for presence watches every user whose phone it shows in PHONES and sends
 * PRESENCE updates: a full listing with every full PHONES listing (log in, resync), then the changes the presence
 * service tells it, coalesced, on the session's lane. Everything but the watcher callback runs on that lane.
 * When the server stops, the console logins are not logged out one by one: the presence service stops with them,
 * and at the next start it settles every user whose logins did not come back (a node that stops beside another
 * running one leaves its console logins to their lease).
 */
final class DeskPresence {


    /** The sessions' serial lanes: {@link DeskWork#later}. */
    interface Lanes {
        boolean later(Desk desk, String what, Runnable task);
    }

    private final PresenceDesk presence;
    private final Duration lease;
    private final Duration renewal;
    private final ScheduledExecutorService timers;
    private final Lanes lanes;
    private final Map<String, PresenceSeat> seats = new ConcurrentHashMap<>();

    /** The console login's lease and renewal come from the presence settings. */
    DeskPresence(PresenceDesk presence, PresenceSettings settings, ScheduledExecutorService timers, Lanes lanes) {
        this.presence = presence;
        this.lease = settings.consoleLease();
        this.renewal = settings.consoleRenewal();
        this.timers = timers;
        this.lanes = lanes;
    }

    /** A log in or a take-over (on the desk's lane, before the session moves): her console login, renewed. */
    void loggedIn(Desk desk, boolean wanted) {
        PresenceSeat seat = seats.computeIfAbsent(desk.id(), id -> new PresenceSeat(desk,
                UserId.parse(desk.receptionist().extension()),
                () -> lanes.later(desk, "presence changes", () -> flush(desk))));
        seat.wanted(wanted);
        if (!wanted && !seat.watched().isEmpty()) {
            presence.unwatchAll(seat.id());
            seat.watched().clear();
        }
        announce(seat);
        long every = renewal.toMillis();
        seat.renewal(timers.scheduleAtFixedRate(() -> lanes.later(desk, "the presence renewal", () -> renew(desk)),
                every, every, TimeUnit.MILLISECONDS));
    }

    /** The session ended (on its lane): its console login ends and it watches nobody. */
    void ended(Desk desk, String reason) {
        PresenceSeat seat = seats.remove(desk.id());
        if (seat == null) {
            return;
        }
        seat.renewal(null);
        if (seat.user().isPresent()) {
            presence.logOut(seat.login(), reason);
        }
        presence.unwatchAll(seat.id());
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
        seat.stated(status(command.status()));
        if (presence.changeStatus(seat.login(), Optional.of(seat.stated())).isEmpty()) {
            ConsoleLog.LOG.consoleLoginRenewed(desk.id(), "it had ended when SET_PRESENCE came");
            announce(seat);
        }
        command.note().ifPresent(note -> presence.setNote(seat.user().get(), note));
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
                presence.unwatch(seat.id(), gone);
                seat.watched().removeAll(gone);
            }
        }
        Set<UserId> fresh = new LinkedHashSet<>(users);
        fresh.removeAll(seat.watched());
        seat.watched().addAll(fresh);
        if (!fresh.isEmpty()) {
            presence.watch(seat, fresh);
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
                announce(seat);
                seat.forgetSent();
                if (seat.wanted() && !seat.watched().isEmpty()) {
                    presence.watch(seat, Set.copyOf(seat.watched()));
                    desk.link().ifPresent(client -> send(seat, client, Set.copyOf(seat.watched()), true));
                }
            });
        }
    }

    private void renew(Desk desk) {
        PresenceSeat seat = seats.get(desk.id());
        if (seat != null && seat.user().isPresent() && presence.keepAlive(seat.login()).isEmpty()) {
            ConsoleLog.LOG.consoleLoginRenewed(desk.id(), "its lease had run out or presence restarted");
            announce(seat);
        }
    }

    private void announce(PresenceSeat seat) {
        Desk desk = seat.desk();
        seat.user().ifPresentOrElse(user -> presence.logIn(user, LoginKind.CONSOLE, desk.id(), seat.id().value(),
                Optional.of(seat.stated()), lease), () -> ConsoleLog.LOG.noPresenceUser(desk.id(),
                        desk.session().login(), desk.receptionist().extension()));
    }

    /** The users' presence now, fetched at once; a full listing sends every one, else only what is newer. */
    private void send(PresenceSeat seat, ClientLink client, Set<UserId> users, boolean full) {
        List<Presence> now = users.stream().map(presence::fetch).filter(fetched -> full || seat.sends(fetched))
                .toList();
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
