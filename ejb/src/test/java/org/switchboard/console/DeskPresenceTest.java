package org.switchboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.console.model.Attempt;
import org.switchboard.console.model.ConsoleSession;
import org.switchboard.console.model.ConsoleSettings;
import org.switchboard.console.model.Receptionist;
import org.switchboard.console.model.SessionId;
import org.switchboard.presence.PresenceBusy;
import org.switchboard.presence.PresenceDesk;
import org.switchboard.presence.PresenceService;
import org.switchboard.presence.RunningPresence;
import org.switchboard.presence.model.LoginId;
import org.switchboard.presence.model.LoginKind;
import org.switchboard.presence.model.PresenceLogin;
import org.switchboard.presence.model.PresenceSettings;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.PhonesUpdate.PhoneStatus;
import org.switchboard.protocol.PhonesUpdate.PhoneView;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.protocol.PresenceUpdate.Status;
import org.switchboard.protocol.PresenceUpdate.UserPresence;
import org.switchboard.runtime.KeyedSerialExecutor;
import org.switchboard.testkit.Await;

/**
 * A console session as a presence source and watcher, against the real presence service outside the container
 * ({@link RunningPresence}, production settings), the session's steps on a serial lane as in the console service.
 */
class DeskPresenceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
    private static final UserId ANNA = new UserId("201");
    private static final UserId BOB = new UserId("202");
    private static final UserId CAROL = new UserId("204");

    private final RunningPresence running = new RunningPresence();
    private final PresenceService service = running.service;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);
    private final KeyedSerialExecutor lanes = new KeyedSerialExecutor(pool, 1000, 2, (key, e) -> e.printStackTrace());
    private final KeyedSerialExecutor presenceLanes = new KeyedSerialExecutor(pool, 1000, 2,
            (key, e) -> e.printStackTrace());
    private final DeskPresence presence = new DeskPresence(service, PresenceSettings.from(key -> null), timers,
            (desk, what, task) -> lanes.submit(desk.id(), task),
            (desk, what, task) -> presenceLanes.submit(desk.id(), task));
    private final PushedUpdates client = new PushedUpdates();
    private final Desk desk = loggedInDesk(client);

    @AfterEach
    void stop() {
        timers.shutdownNow();
        pool.shutdownNow();
        running.close();
    }

    @Test
    void aSessionThatLogsInIsAConsoleLoginOfHerExtensionAvailableWithTheConsoleLease() {
        onLane(() -> presence.loggedIn(desk, false, Optional.empty()));

        PresenceLogin login = service.logins(ANNA).get(0);
        assertThat(login.id()).isEqualTo(LoginId.of(LoginKind.CONSOLE, desk.id()));
        assertThat(login.origin()).isEqualTo("console:" + desk.id());
        assertThat(login.status()).contains(PresenceStatus.AVAILABLE);
        assertThat(Duration.between(login.since(), login.leaseEnds())).isEqualTo(Duration.ofSeconds(90));
        assertThat(service.fetch(ANNA).status()).isEqualTo(PresenceStatus.AVAILABLE);
    }

    @Test
    void aServerStoppingStopsEveryRenewal_andLeavesTheConsoleLoginToPresence() {
        onLane(() -> presence.loggedIn(desk, false, Optional.empty()));
        assertThat(timers.getQueue()).singleElement()
                .satisfies(renewal -> assertThat(((Future<?>) renewal).isCancelled()).isFalse());

        presence.serverStopping();

        assertThat(timers.getQueue()).allSatisfy(renewal -> assertThat(((Future<?>) renewal).isCancelled()).isTrue());
        assertThat(service.logins(ANNA)).hasSize(1);
    }

    @Test
    void aClientThatDidNotAskForPresenceGetsNoPresenceUpdateAndWatchesNobody() {
        onLane(() -> presence.loggedIn(desk, false, Optional.empty()));

        onLane(() -> presence.shown(desk, client, phones(true, "201", "202"), true));

        assertThat(client.of(PresenceUpdate.class)).isEmpty();
        assertThat(service.watchersOf(BOB)).isEmpty();
    }

    @Test
    void aFullPhonesListingWatchesTheirUsersAndSendsTheirPresenceWhole() {
        logInBob(Optional.of(PresenceStatus.AWAY));
        service.setNote(BOB, "lunch");
        onLane(() -> presence.loggedIn(desk, true, Optional.empty()));

        onLane(() -> presence.shown(desk, client, phones(true, "201", "202", "204"), true));

        assertThat(service.watchersOf(CAROL)).hasSize(1);
        PresenceUpdate full = client.of(PresenceUpdate.class).get(0);
        assertThat(full.full()).isTrue();
        assertThat(full.users()).extracting(UserPresence::user, UserPresence::status, UserPresence::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("201", Status.AVAILABLE, ""),
                        org.assertj.core.groups.Tuple.tuple("202", Status.AWAY, "lunch"),
                        org.assertj.core.groups.Tuple.tuple("204", Status.OFFLINE, ""));
        assertThat(full.users().get(1).version()).isEqualTo(service.fetch(BOB).version());
    }

    @Test
    void aChangeOfAWatchedColleagueGoesOutAsAPartialUpdateOfHerAlone() {
        PresenceLogin bob = logInBob(Optional.empty());
        onLane(() -> presence.loggedIn(desk, true, Optional.empty()));
        onLane(() -> presence.shown(desk, client, phones(true, "201", "202"), true));

        service.changeStatus(bob.id(), Optional.of(PresenceStatus.DO_NOT_DISTURB));

        UserPresence told = awaitPresence("202", user -> user.status() == Status.DO_NOT_DISTURB);
        assertThat(told.version()).isEqualTo(service.fetch(BOB).version());
        PresenceUpdate last = client.of(PresenceUpdate.class).get(client.of(PresenceUpdate.class).size() - 1);
        assertThat(last.full()).isFalse();
        assertThat(last.users()).extracting(UserPresence::user).containsExactly("202");
    }

    @Test
    void aColleagueWhoseLastLoginEndsIsToldOffline() {
        PresenceLogin bob = logInBob(Optional.empty());
        onLane(() -> presence.loggedIn(desk, true, Optional.empty()));
        onLane(() -> presence.shown(desk, client, phones(true, "202"), true));

        service.logOut(bob.id(), "test");

        awaitPresence("202", user -> user.status() == Status.OFFLINE);
    }

    @Test
    void aPhoneNewlyShownIsWatchedAndItsUserSentAtOnce() {
        onLane(() -> presence.loggedIn(desk, true, Optional.empty()));
        onLane(() -> presence.shown(desk, client, phones(true, "202"), true));

        onLane(() -> presence.shown(desk, client, phones(false, "204"), false));

        assertThat(service.watchersOf(CAROL)).hasSize(1);
        assertThat(client.of(PresenceUpdate.class).get(1)).isEqualTo(new PresenceUpdate(desk.id(), 2, false, List.of(
                new UserPresence("204", Status.OFFLINE, "", false, 0))));
    }

    @Test
    void setPresenceChangesTheStatusOfHerConsoleLoginAndHerNote() {
        onLane(() -> presence.loggedIn(desk, true, Optional.empty()));

        CommandVerdict verdict = onLane(() -> presence.set(desk, new ConsoleCommand.SetPresence(3, Status.BUSY,
                Optional.of("Back at 2 pm"))));

        assertThat(verdict).isEqualTo(new CommandVerdict.Accepted());
        assertThat(service.fetch(ANNA).status()).isEqualTo(PresenceStatus.BUSY);
        assertThat(service.fetch(ANNA).note()).isEqualTo("Back at 2 pm");
    }

    @Test
    void setPresenceAfterPresenceForgotHerLoginLogsHerInAgainWithTheNewStatus() {
        onLane(() -> presence.loggedIn(desk, true, Optional.empty()));
        service.logOut(LoginId.of(LoginKind.CONSOLE, desk.id()), "forgotten");

        onLane(() -> presence.set(desk, new ConsoleCommand.SetPresence(3, Status.AWAY, Optional.empty())));

        assertThat(service.fetch(ANNA).status()).isEqualTo(PresenceStatus.AWAY);
        assertThat(service.logins(ANNA)).extracting(PresenceLogin::kind).containsExactly(LoginKind.CONSOLE);
    }

    @Test
    void aLogInThatNamesHerStatus_startsHerConsoleLoginWithIt_neverAvailableOnTheWay() {
        onLane(() -> presence.loggedIn(desk, true, Optional.of(Status.DO_NOT_DISTURB)));

        assertThat(service.logins(ANNA)).singleElement()
                .satisfies(login -> assertThat(login.status()).contains(PresenceStatus.DO_NOT_DISTURB));
        assertThat(service.fetch(ANNA).status()).isEqualTo(PresenceStatus.DO_NOT_DISTURB);
        assertThat(service.fetch(ANNA).version()).as("one change: the log in, already stating her status")
                .isEqualTo(1);
    }

    @Test
    void aTakeOverKeepsWhatTheSessionStated_unlessTheNewLogInNamesAnother() {
        onLane(() -> presence.loggedIn(desk, true, Optional.empty()));
        onLane(() -> presence.set(desk, new ConsoleCommand.SetPresence(3, Status.BUSY, Optional.empty())));

        onLane(() -> presence.loggedIn(desk, true, Optional.empty()));
        assertThat(service.fetch(ANNA).status()).isEqualTo(PresenceStatus.BUSY);

        onLane(() -> presence.loggedIn(desk, true, Optional.of(Status.AWAY)));
        assertThat(service.fetch(ANNA).status()).isEqualTo(PresenceStatus.AWAY);
    }

    @Test
    void setPresenceOfASessionWithoutConsoleLoginIsNotAllowed() {
        assertThat(onLane(() -> presence.set(desk, new ConsoleCommand.SetPresence(3, Status.AWAY,
                Optional.empty())))).isInstanceOf(CommandVerdict.NotAllowed.class);
    }

    @Test
    void theEndOfTheSessionEndsHerConsoleLoginAndEveryWatch() {
        onLane(() -> presence.loggedIn(desk, true, Optional.empty()));
        onLane(() -> presence.shown(desk, client, phones(true, "202"), true));

        onLane(() -> presence.ended(desk, "logged out"));

        assertThat(service.logins(ANNA)).isEmpty();
        assertThat(service.fetch(ANNA).status()).isEqualTo(PresenceStatus.OFFLINE);
        assertThat(service.watchersOf(BOB)).isEmpty();
    }

    @Test
    void afterAPresenceRestartTheSessionLogsInWatchesAndListsAgain() {
        running.restartObservers.add(restarted -> presence.restarted());
        onLane(() -> presence.loggedIn(desk, true, Optional.empty()));
        onLane(() -> presence.set(desk, new ConsoleCommand.SetPresence(3, Status.AWAY, Optional.empty())));
        onLane(() -> presence.shown(desk, client, phones(true, "202"), true));
        int before = client.of(PresenceUpdate.class).size();

        service.restart("a test");

        Await.until("her console login back, away", () -> service.logins(ANNA).stream()
                .anyMatch(login -> login.status().equals(Optional.of(PresenceStatus.AWAY))), PATIENCE);
        Await.until("Bob watched again", () -> service.watchersOf(BOB).size() == 1, PATIENCE);
        Await.until("a full listing again", () -> client.of(PresenceUpdate.class).stream().skip(before)
                .anyMatch(PresenceUpdate::full), PATIENCE);
    }

    @Test
    void aPresenceServiceThatFails_leavesTheConsoleWorking() {
        PresenceDesk failing = (PresenceDesk) Proxy.newProxyInstance(PresenceDesk.class.getClassLoader(),
                new Class<?>[] {PresenceDesk.class}, (proxy, method, args) -> {
                    throw new PresenceBusy("presence is down");
                });
        List<String> failed = new CopyOnWriteArrayList<>();
        DeskPresence broken = new DeskPresence(failing, PresenceSettings.from(key -> null), timers,
                (desk, what, task) -> lanes.submit(desk.id(), task),
                (desk, what, task) -> presenceLanes.submit(desk.id(), () -> {
                    task.run();
                    failed.add(what);
                }));

        onLane(() -> broken.loggedIn(desk, true, Optional.empty()));
        onLane(() -> broken.shown(desk, client, phones(true, "202"), true));
        CommandVerdict verdict = onLane(() -> broken.set(desk, new ConsoleCommand.SetPresence(3, Status.AWAY,
                Optional.empty())));
        onLane(() -> broken.ended(desk, "logged out"));

        assertThat(verdict).isEqualTo(new CommandVerdict.Accepted());
        assertThat(failed).containsExactly("the console login", "a watch", "SET_PRESENCE",
                "the end of the console login");
        assertThat(client.of(PresenceUpdate.class)).isEmpty();
    }

    private PresenceLogin logInBob(Optional<PresenceStatus> status) {
        return service.logIn(BOB, LoginKind.PASSIVE, "bob-" + System.nanoTime(), "cti", status,
                Duration.ofSeconds(120));
    }

    private UserPresence awaitPresence(String user, java.util.function.Predicate<UserPresence> condition) {
        return Await.value("the presence of " + user + " (told: " + client.of(PresenceUpdate.class) + ")",
                () -> client.of(PresenceUpdate.class).stream().flatMap(update -> update.users().stream())
                        .filter(told -> told.user().equals(user)).reduce((first, second) -> second)
                        .filter(condition), PATIENCE);
    }

    /**
     * Runs a step on the session's lane as the console service does, and waits for it and for the calls to presence
     * it queued on the session's presence lane.
     */
    private <T> T onLane(Supplier<T> step) {
        T result = on(lanes, step);
        on(presenceLanes, () -> null);
        return result;
    }

    private <T> T on(KeyedSerialExecutor lane, Supplier<T> step) {
        CompletableFuture<T> done = new CompletableFuture<>();
        lane.submit(desk.id(), () -> {
            try {
                done.complete(step.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.orTimeout(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    private void onLane(Runnable step) {
        onLane(() -> {
            step.run();
            return null;
        });
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
}
