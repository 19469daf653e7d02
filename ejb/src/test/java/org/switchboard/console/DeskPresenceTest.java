package org.switchboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.ConsoleSession;
import org.switchboard.console.model.ConsoleSettings;
import org.switchboard.console.model.Receptionist;
import org.switchboard.console.model.SessionId;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.Watcher;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.presence.model.WatcherId;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.ConsoleUpdate;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.PhonesUpdate.PhoneStatus;
import org.switchboard.protocol.PhonesUpdate.PhoneView;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.protocol.PresenceUpdate.Status;
import org.switchboard.protocol.PresenceUpdate.UserPresence;

/**
 * A console session as a presence source and watcher, against a small in-memory desk that records what it is asked
 * (the presence service itself is another part's; the ITs run the real one). The session's lane runs inline.
 */
class DeskPresenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    private static final UserId ANNA = new UserId("201");
    private static final UserId BOB = new UserId("202");
    private static final UserId CAROL = new UserId("204");

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final RecordingDesk presenceDesk = new RecordingDesk();
    private final DeskPresence presence = new DeskPresence(presenceDesk, timers, (desk, what, task) -> {
        task.run();
        return true;
    });
    private final Pushed client = new Pushed();
    private final Desk desk = loggedInDesk(client);

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    @Test
    void aSessionThatLogsInIsAConsoleLoginOfHerExtensionAvailableWithTheConsoleLease() {
        presence.loggedIn(desk, false);

        PresenceLogin login = presenceDesk.logins.get(LoginId.of(LoginKind.CONSOLE, desk.id()));
        assertThat(login.user()).isEqualTo(ANNA);
        assertThat(login.status()).contains(PresenceStatus.AVAILABLE);
        assertThat(login.origin()).isEqualTo("console:" + desk.id());
        assertThat(presenceDesk.leases).containsExactly(Duration.ofSeconds(90));
    }

    @Test
    void aClientThatDidNotAskForPresenceGetsNoPresenceUpdateAndWatchesNobody() {
        presence.loggedIn(desk, false);

        presence.shown(desk, client, phones(true, "201", "202"), true);

        assertThat(client.updates).isEmpty();
        assertThat(presenceDesk.watchers).isEmpty();
    }

    @Test
    void aFullPhonesListingWatchesTheirUsersAndSendsTheirPresenceWhole() {
        presenceDesk.set(BOB, PresenceStatus.AWAY, "lunch");
        presence.loggedIn(desk, true);

        presence.shown(desk, client, phones(true, "201", "202", "204"), true);

        assertThat(presenceDesk.watchers.keySet()).containsExactlyInAnyOrder(ANNA, BOB, CAROL);
        assertThat(client.presence()).containsExactly(new PresenceUpdate(desk.id(), 1, true, List.of(
                new UserPresence("201", Status.AVAILABLE, "", false, 1),
                new UserPresence("202", Status.AWAY, "lunch", false, 1),
                new UserPresence("204", Status.OFFLINE, "", false, 0))));
    }

    @Test
    void aChangeTheServiceTellsGoesOutAsAPartialUpdateAndAnOlderOneNot() {
        presence.loggedIn(desk, true);
        presence.shown(desk, client, phones(true, "202"), true);
        Watcher watcher = presenceDesk.watchers.get(BOB).get(0);

        watcher.presenceChanged(presenceDesk.set(BOB, PresenceStatus.DO_NOT_DISTURB, "meeting"));
        watcher.presenceChanged(new Presence(BOB, PresenceStatus.AVAILABLE, "", Map.of(), false, 0, CLOCK.instant()));

        assertThat(client.presence()).hasSize(2);
        assertThat(client.presence().get(1)).isEqualTo(new PresenceUpdate(desk.id(), 2, false, List.of(
                new UserPresence("202", Status.DO_NOT_DISTURB, "meeting", false, 1))));
    }

    @Test
    void aPhoneNewlyShownIsWatchedAndItsUserSentAtOnce() {
        presence.loggedIn(desk, true);
        presence.shown(desk, client, phones(true, "202"), true);

        presence.shown(desk, client, phones(false, "204", "202"), false);

        assertThat(presenceDesk.watchers.keySet()).containsExactlyInAnyOrder(BOB, CAROL);
        assertThat(client.presence().get(1)).isEqualTo(new PresenceUpdate(desk.id(), 2, false, List.of(
                new UserPresence("204", Status.OFFLINE, "", false, 0))));
    }

    @Test
    void setPresenceChangesTheStatusOfHerConsoleLoginAndHerNote() {
        presence.loggedIn(desk, true);

        CommandVerdict verdict = presence.set(desk, new ConsoleCommand.SetPresence(3, Status.BUSY,
                Optional.of("Back at 2 pm")));

        assertThat(verdict).isEqualTo(new CommandVerdict.Accepted());
        assertThat(presenceDesk.logins.get(LoginId.of(LoginKind.CONSOLE, desk.id())).status())
                .contains(PresenceStatus.BUSY);
        assertThat(presenceDesk.fetch(ANNA).note()).isEqualTo("Back at 2 pm");
    }

    @Test
    void setPresenceAfterPresenceForgotHerLoginLogsHerInAgainWithTheNewStatus() {
        presence.loggedIn(desk, true);
        presenceDesk.logins.clear();

        presence.set(desk, new ConsoleCommand.SetPresence(3, Status.AWAY, Optional.empty()));

        assertThat(presenceDesk.logins.get(LoginId.of(LoginKind.CONSOLE, desk.id())).status())
                .contains(PresenceStatus.AWAY);
    }

    @Test
    void setPresenceOfASessionWithoutConsoleLoginIsNotAllowed() {
        assertThat(presence.set(desk, new ConsoleCommand.SetPresence(3, Status.AWAY, Optional.empty())))
                .isInstanceOf(CommandVerdict.NotAllowed.class);
    }

    @Test
    void theEndOfTheSessionEndsHerConsoleLoginAndEveryWatch() {
        presence.loggedIn(desk, true);
        presence.shown(desk, client, phones(true, "202"), true);

        presence.ended(desk, "logged out");

        assertThat(presenceDesk.logins).isEmpty();
        assertThat(presenceDesk.watchers).isEmpty();
    }

    @Test
    void afterAPresenceRestartTheSessionLogsInWatchesAndListsAgain() {
        presence.loggedIn(desk, true);
        presence.set(desk, new ConsoleCommand.SetPresence(3, Status.AWAY, Optional.empty()));
        presence.shown(desk, client, phones(true, "202"), true);
        presenceDesk.logins.clear();
        presenceDesk.watchers.clear();

        presence.restarted();

        assertThat(presenceDesk.logins.get(LoginId.of(LoginKind.CONSOLE, desk.id())).status())
                .contains(PresenceStatus.AWAY);
        assertThat(presenceDesk.watchers.keySet()).containsExactly(BOB);
        assertThat(client.presence()).last().extracting(PresenceUpdate::full).isEqualTo(true);
    }

    private static Desk loggedInDesk(ClientLink client) {
        Receptionist anna = new Receptionist("anna", "Anna Reception", "PJSIP/201", "201", "PersonalQueue201",
                List.of("GeneralQueue"), true);
        ConsoleSession session = new ConsoleSession(SessionId.random(), "anna", "Anna Reception",
                ConsoleSettings.from(key -> null).supervision(), CLOCK);
        session.fire(Attempt.logIn(1, false));
        Desk desk = new Desk(session, anna, call -> null);
        desk.link(client);
        return desk;
    }

    private List<PhonesUpdate> phones(boolean full, String... extensions) {
        List<PhoneView> views = List.of(extensions).stream()
                .map(extension -> new PhoneView(extension, "PJSIP/" + extension, PhoneStatus.IDLE, true)).toList();
        return List.of(new PhonesUpdate(desk.id(), 99, full, views));
    }

    /** What went to the client. */
    private static final class Pushed implements ClientLink {
        final List<ConsoleUpdate> updates = new ArrayList<>();

        @Override
        public void push(ConsoleUpdate update) {
            updates.add(update);
        }

        @Override
        public void close(String reason) {
        }

        @Override
        public String describe() {
            return "test client";
        }

        List<PresenceUpdate> presence() {
            return updates.stream().filter(PresenceUpdate.class::isInstance).map(PresenceUpdate.class::cast).toList();
        }
    }

    /** Logins, notes and watches in maps; a user's presence is the status of her newest login, or offline. */
    private static final class RecordingDesk implements PresenceDesk {
        final Map<LoginId, PresenceLogin> logins = new LinkedHashMap<>();
        final Map<UserId, Presence> stated = new HashMap<>();
        final Map<UserId, List<Watcher>> watchers = new LinkedHashMap<>();
        final List<Duration> leases = new ArrayList<>();

        Presence set(UserId user, PresenceStatus status, String note) {
            Presence now = new Presence(user, status, note, Map.of(), false, fetch(user).version() + 1,
                    CLOCK.instant());
            stated.put(user, now);
            return now;
        }

        @Override
        public PresenceLogin logIn(UserId user, LoginKind kind, String key, String origin,
                Optional<PresenceStatus> status, Duration lease) {
            PresenceLogin login = new PresenceLogin(LoginId.of(kind, key), user, kind, origin, status,
                    CLOCK.instant(), CLOCK.instant().plus(lease));
            logins.put(login.id(), login);
            leases.add(lease);
            set(user, status.orElse(PresenceStatus.AVAILABLE), fetch(user).note());
            return login;
        }

        @Override
        public Optional<PresenceLogin> keepAlive(LoginId login) {
            return Optional.ofNullable(logins.get(login));
        }

        @Override
        public Optional<PresenceLogin> changeStatus(LoginId id, Optional<PresenceStatus> status) {
            PresenceLogin login = logins.get(id);
            if (login == null) {
                return Optional.empty();
            }
            PresenceLogin changed = new PresenceLogin(id, login.user(), login.kind(), login.origin(), status,
                    login.since(), login.leaseEnds());
            logins.put(id, changed);
            return Optional.of(changed);
        }

        @Override
        public boolean logOut(LoginId login, String reason) {
            return logins.remove(login) != null;
        }

        @Override
        public int logOutAll(String origin, String reason) {
            return 0;
        }

        @Override
        public List<PresenceLogin> logins(UserId user) {
            return logins.values().stream().filter(login -> login.user().equals(user)).toList();
        }

        @Override
        public List<PresenceLogin> loginsFrom(String origin) {
            return List.of();
        }

        @Override
        public Presence fetch(UserId user) {
            return stated.getOrDefault(user, Presence.unknown(user, CLOCK.instant()));
        }

        @Override
        public Presence setNote(UserId user, String note) {
            return set(user, fetch(user).status(), note);
        }

        @Override
        public Presence setAttributes(UserId user, Map<String, String> attributes) {
            return fetch(user);
        }

        @Override
        public void watch(Watcher watcher, Collection<UserId> users) {
            users.forEach(user -> watchers.computeIfAbsent(user, ignored -> new ArrayList<>()).add(watcher));
        }

        @Override
        public void unwatch(WatcherId watcher, Collection<UserId> users) {
            users.forEach(user -> watchers.computeIfPresent(user, (ignored, list) -> {
                list.removeIf(w -> w.id().equals(watcher));
                return list.isEmpty() ? null : list;
            }));
        }

        @Override
        public void unwatchAll(WatcherId watcher) {
            unwatch(watcher, Set.copyOf(watchers.keySet()));
        }

        @Override
        public List<WatcherId> watchersOf(UserId user) {
            return watchers.getOrDefault(user, List.of()).stream().map(Watcher::id).toList();
        }
    }
}
