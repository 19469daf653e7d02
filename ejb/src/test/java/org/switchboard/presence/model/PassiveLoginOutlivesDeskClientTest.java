package org.switchboard.presence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The seed's defect (../shared/seeds/000_*), step by step at model level: a user with a desk client and a passive
 * login made by a CTI server; the desk logs out first; then the passive login drops. Here the drop of her last
 * login produces UserOffline whatever the statuses were, the subscription manager asks to be alerted of her next
 * login, that login finds her again, and every watcher (also one that only fetches) sees her true status
 * throughout.
 */
class PassiveLoginOutlivesDeskClientTest {

    private static final Instant START = Instant.parse("2026-11-26T08:00:00Z");
    private static final UserId ANNA = new UserId("201");
    private static final WatcherId BEN = new WatcherId("console:ben");
    private static final WatcherId CARLA = new WatcherId("sip:carla-dialog");
    private static final Duration CONSOLE_LEASE = Duration.ofSeconds(90);
    private static final Duration PASSIVE_LEASE = Duration.ofSeconds(120);

    private final PresenceWorld world = new PresenceWorld(START);

    @Test
    void theDropOfAPassiveLoginAfterTheDeskLoggedOut_isUserOffline_andHerNextLoginIsSeen() {
        // 1. the server (re)started; Ben's console watches Anna, who is not logged in
        world.watch(BEN, List.of(ANNA));
        world.deliver();
        assertThat(world.seen(BEN, ANNA)).hasValueSatisfying(p -> assertStatus(p, PresenceStatus.OFFLINE));
        assertThat(world.directory().alertPending(ANNA)).as("alert asked for her first login").isTrue();

        // 2. the CTI server (re)started and logs Anna in passively, without a status
        world.advance(Duration.ofSeconds(1));
        LoggedIn passive = world.logIn(ANNA, LoginKind.PASSIVE, "cti-1", "cti", Optional.empty(), PASSIVE_LEASE);
        world.deliver();
        assertThat(passive.alerted()).isTrue();
        assertThat(world.manager().location(ANNA)).contains(LocationState.FOUND);
        assertThat(world.seen(BEN, ANNA)).hasValueSatisfying(p -> assertStatus(p, PresenceStatus.AVAILABLE));

        // 3. Anna's desk client logs in and says she is away
        world.advance(Duration.ofSeconds(1));
        LoggedIn desk = world.logIn(ANNA, LoginKind.CONSOLE, "desk-1", "desk-1", Optional.of(PresenceStatus.AWAY),
                CONSOLE_LEASE);
        world.deliver();
        assertThat(world.seen(BEN, ANNA)).hasValueSatisfying(p -> assertStatus(p, PresenceStatus.AWAY));

        // 4. the desk client logs out first: she is still online through the passive login
        world.advance(Duration.ofSeconds(1));
        int before = world.published().size();
        LoggedOut deskOut = world.logOut(desk.login().id(), "client closed").orElseThrow();
        world.deliver();
        assertThat(deskOut.lastOfUser()).isFalse();
        assertThat(world.published().subList(before, world.published().size()))
                .as("a log out drives the watchers, but is no UserOffline while a login lives")
                .singleElement().isInstanceOf(PresenceChanged.class);
        assertThat(world.seen(BEN, ANNA)).hasValueSatisfying(p -> assertStatus(p, PresenceStatus.AVAILABLE));

        // 5. the CTI server restarts: its passive logins drop; UserOffline must be produced
        world.advance(Duration.ofSeconds(1));
        before = world.published().size();
        List<LoggedOut> dropped = world.logOutAll("cti", "integration restarted");
        world.deliver();
        assertThat(dropped).singleElement().satisfies(out -> assertThat(out.lastOfUser()).isTrue());
        List<PresenceEvent> events = world.published().subList(before, world.published().size());
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(UserOffline.class, offline -> {
            assertThat(offline.lastLogin()).contains(passive.login().id());
            assertThat(offline.lastKind()).contains(LoginKind.PASSIVE);
        });
        assertThat(events.get(1)).isInstanceOf(PresenceChanged.class);

        // 6. the subscription manager went OFFLINE and asked to be alerted of her next login
        assertThat(world.manager().location(ANNA)).contains(LocationState.OFFLINE);
        assertThat(world.directory().alertPending(ANNA)).isTrue();
        assertThat(world.seen(BEN, ANNA)).hasValueSatisfying(p -> assertStatus(p, PresenceStatus.OFFLINE));

        // 7. her next login is alerted: FOUND again, and Ben sees her
        world.advance(Duration.ofSeconds(5));
        LoggedIn back = world.logIn(ANNA, LoginKind.CONSOLE, "desk-2", "desk-2", Optional.of(PresenceStatus.AVAILABLE),
                CONSOLE_LEASE);
        world.deliver();
        assertThat(back.alerted()).isTrue();
        assertThat(world.directory().alertPending(ANNA)).isFalse();
        assertThat(world.manager().location(ANNA)).contains(LocationState.FOUND);
        assertThat(world.seen(BEN, ANNA)).hasValueSatisfying(p -> assertStatus(p, PresenceStatus.AVAILABLE));

        // 8. from then on every change reaches the watchers, and a watcher that only fetches sees the same
        world.advance(Duration.ofSeconds(1));
        world.changeStatus(back.login().id(), Optional.of(PresenceStatus.DO_NOT_DISTURB));
        world.watch(CARLA, List.of(ANNA));
        world.deliver();
        assertThat(world.seen(BEN, ANNA)).hasValueSatisfying(p -> assertStatus(p, PresenceStatus.DO_NOT_DISTURB));
        assertThat(world.seen(CARLA, ANNA)).hasValueSatisfying(p -> assertStatus(p, PresenceStatus.DO_NOT_DISTURB));
        assertThat(world.seen(CARLA, ANNA).orElseThrow().version())
                .isEqualTo(world.seen(BEN, ANNA).orElseThrow().version());
    }

    @Test
    void aPassiveLoginThatDiesSilentlyAfterTheDeskLoggedOut_isUserOfflineWhenItsLeaseRunsOut() {
        world.watch(BEN, List.of(ANNA));
        world.logIn(ANNA, LoginKind.PASSIVE, "cti-1", "cti", Optional.empty(), PASSIVE_LEASE);
        LoggedIn desk = world.logIn(ANNA, LoginKind.CONSOLE, "desk-1", "desk-1", Optional.of(PresenceStatus.AVAILABLE),
                CONSOLE_LEASE);
        world.advance(Duration.ofSeconds(10));
        world.logOut(desk.login().id(), "client closed");
        world.deliver();
        assertThat(world.seen(BEN, ANNA)).hasValueSatisfying(p -> assertStatus(p, PresenceStatus.AVAILABLE));

        world.advance(PASSIVE_LEASE);
        List<LoggedOut> expired = world.sweep();
        world.deliver();

        assertThat(expired).singleElement().satisfies(out -> {
            assertThat(out.reason()).isEqualTo(LoggedOut.LEASE_EXPIRED);
            assertThat(out.lastOfUser()).isTrue();
        });
        assertThat(world.published()).filteredOn(UserOffline.class::isInstance).hasSize(1);
        assertThat(world.manager().location(ANNA)).contains(LocationState.OFFLINE);
        assertThat(world.directory().alertPending(ANNA)).isTrue();
        assertThat(world.seen(BEN, ANNA)).hasValueSatisfying(p -> assertStatus(p, PresenceStatus.OFFLINE));
    }

    private static void assertStatus(Presence presence, PresenceStatus status) {
        assertThat(presence.status()).isEqualTo(status);
    }
}
