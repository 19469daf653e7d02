package org.switchboard.presence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.presence.model.SubscriptionEffect.Notify;
import org.switchboard.presence.model.SubscriptionEffect.RequestAlert;

class SubscriptionManagerTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(90);
    private static final UserId ANNA = new UserId("201");
    private static final WatcherId DESK = new WatcherId("console:s9");
    private static final WatcherId PHONE = new WatcherId("sip:d1");

    private final OnlineDirectory directory = new OnlineDirectory();
    private final StatusProvider provider = new StatusProvider(directory);
    private final SubscriptionManager manager = new SubscriptionManager(provider::presence);

    @Test
    void watchingAnOnlineUser_fetchesHerPresenceAtOnce_andFindsHer() {
        List<PresenceEvent> events = logIn("s1", Optional.of(PresenceStatus.AWAY));

        SubscriptionStep step = manager.watch(DESK, List.of(ANNA));

        assertThat(step.effects()).containsExactly(new Notify(DESK, events.get(0).presence()));
        assertThat(manager.location(ANNA)).contains(LocationState.FOUND);
        assertThat(step.moves()).singleElement().hasToString("201: OFFLINE --WATCH--> FOUND");
    }

    @Test
    void watchingAUserNeverSeen_tellsOfflineVersionZero_andAsksForAnAlert() {
        SubscriptionStep step = manager.watch(DESK, List.of(ANNA));

        assertThat(step.notifications()).singleElement().satisfies(notify -> {
            assertThat(notify.presence().status()).isEqualTo(PresenceStatus.OFFLINE);
            assertThat(notify.presence().version()).isZero();
        });
        assertThat(step.alertRequests()).containsExactly(new RequestAlert(ANNA));
        assertThat(manager.location(ANNA)).contains(LocationState.OFFLINE);
    }

    @Test
    void userOffline_movesToOffline_tellsEveryWatcher_andAsksForAnAlert() {
        logIn("s1", Optional.empty());
        manager.watch(DESK, List.of(ANNA));
        manager.watch(PHONE, List.of(ANNA));
        List<PresenceEvent> out = provider.apply(directory.logOut(new LoginId("console:s1"), "closed", T0)
                .orElseThrow(), T0);

        SubscriptionStep step = manager.onUserOffline((UserOffline) out.get(0));
        SubscriptionStep repeated = manager.onPresenceChanged((PresenceChanged) out.get(1));

        assertThat(manager.location(ANNA)).contains(LocationState.OFFLINE);
        assertThat(step.notifications()).extracting(Notify::watcher).containsExactly(DESK, PHONE);
        assertThat(step.alertRequests()).containsExactly(new RequestAlert(ANNA));
        assertThat(repeated.notifications()).as("same version: told once").isEmpty();
    }

    @Test
    void loginAlerted_findsHerAgain_andTellsHerCurrentPresence() {
        manager.watch(DESK, List.of(ANNA));
        logIn("s1", Optional.of(PresenceStatus.BUSY));

        SubscriptionStep step = manager.onLoginAlerted(ANNA);

        assertThat(manager.location(ANNA)).contains(LocationState.FOUND);
        assertThat(step.notifications()).singleElement()
                .satisfies(notify -> assertThat(notify.presence().status()).isEqualTo(PresenceStatus.BUSY));
    }

    @Test
    void aNewerOnlinePresenceWhileOffline_findsHer_withoutAnAlert() {
        manager.watch(DESK, List.of(ANNA));
        List<PresenceEvent> in = logIn("s1", Optional.empty());

        SubscriptionStep step = manager.onPresenceChanged((PresenceChanged) in.get(0));

        assertThat(manager.location(ANNA)).contains(LocationState.FOUND);
        assertThat(step.notifications()).hasSize(1);
    }

    @Test
    void anOlderPresence_isNotPassedOn() {
        List<PresenceEvent> first = logIn("s1", Optional.of(PresenceStatus.AWAY));
        logIn("s2", Optional.of(PresenceStatus.BUSY));
        manager.watch(DESK, List.of(ANNA));

        SubscriptionStep stale = manager.onPresenceChanged((PresenceChanged) first.get(0));

        assertThat(stale.notifications()).isEmpty();
        assertThat(manager.newest(ANNA)).hasValueSatisfying(p -> assertThat(p.status()).isEqualTo(
                PresenceStatus.BUSY));
    }

    @Test
    void aWatcherJoiningLater_isToldAtOnce_andTheOthersAreNotToldTwice() {
        manager.watch(DESK, List.of(ANNA));
        logIn("s1", Optional.of(PresenceStatus.AWAY)).forEach(this::publish);

        SubscriptionStep joined = manager.watch(PHONE, List.of(ANNA));

        assertThat(joined.notifications()).extracting(Notify::watcher).containsExactly(PHONE);
    }

    @Test
    void aWatcherWatchingAgainAfterUnwatching_isToldHerPresenceAgain() {
        logIn("s1", Optional.of(PresenceStatus.AWAY));
        manager.watch(DESK, List.of(ANNA));
        manager.unwatch(DESK, List.of(ANNA));

        SubscriptionStep again = manager.watch(DESK, List.of(ANNA));

        assertThat(again.notifications()).extracting(Notify::watcher).containsExactly(DESK);
    }

    @Test
    void aMissedUserOffline_isMadeGoodByTheOfflinePresenceChanged() {
        logIn("s1", Optional.empty());
        manager.watch(DESK, List.of(ANNA));
        List<PresenceEvent> out = provider.apply(directory.logOut(new LoginId("console:s1"), "closed", T0)
                .orElseThrow(), T0);

        SubscriptionStep step = manager.onPresenceChanged((PresenceChanged) out.get(1));

        assertThat(manager.location(ANNA)).contains(LocationState.OFFLINE);
        assertThat(step.alertRequests()).containsExactly(new RequestAlert(ANNA));
        assertThat(step.notifications()).hasSize(1);
    }

    @Test
    void aUserOfflineArrivingAfterHerNextLogin_tellsNobodyTheOldNews() {
        logIn("s1", Optional.empty());
        manager.watch(DESK, List.of(ANNA));
        List<PresenceEvent> out = provider.apply(directory.logOut(new LoginId("console:s1"), "closed", T0)
                .orElseThrow(), T0);
        List<PresenceEvent> back = logIn("s2", Optional.of(PresenceStatus.BUSY));
        manager.onPresenceChanged((PresenceChanged) back.get(0));

        SubscriptionStep late = manager.onUserOffline((UserOffline) out.get(0));

        assertThat(late.notifications()).isEmpty();
        assertThat(late.alertRequests()).as("the directory answers it at once: she is online")
                .containsExactly(new RequestAlert(ANNA));
        assertThat(directory.alertOnNextLogin(ANNA)).isPresent();
    }

    @Test
    void onTwoNodes_theNodeWhoseAlertWasUsedUpByTheOther_findsHerByHerNextPresenceChanged() {
        SubscriptionManager otherNode = new SubscriptionManager(provider::presence);
        WatcherId farWatcher = new WatcherId("console:far");
        manager.watch(DESK, List.of(ANNA)).alertRequests().forEach(alert -> directory.alertOnNextLogin(alert.user()));
        otherNode.watch(farWatcher, List.of(ANNA)).alertRequests()
                .forEach(alert -> directory.alertOnNextLogin(alert.user()));

        LoggedIn in = directory.logIn(ANNA, LoginKind.CONSOLE, "s1", "s1", Optional.of(PresenceStatus.AWAY), LEASE,
                T0);
        PresenceChanged changed = (PresenceChanged) provider.apply(in, T0).get(0);
        manager.onLoginAlerted(in.user());
        SubscriptionStep far = otherNode.onPresenceChanged(changed);

        assertThat(in.alerted()).as("one alert, used up by this node").isTrue();
        assertThat(otherNode.location(ANNA)).contains(LocationState.FOUND);
        assertThat(far.notifications()).extracting(Notify::watcher).containsExactly(farWatcher);
        assertThat(manager.location(ANNA)).contains(LocationState.FOUND);
    }

    @Test
    void eventsOfUsersNobodyWatches_doNothing() {
        List<PresenceEvent> in = logIn("s1", Optional.empty());

        assertThat(manager.onPresenceChanged((PresenceChanged) in.get(0))).isEqualTo(SubscriptionStep.NONE);
        assertThat(manager.location(ANNA)).isEmpty();
    }

    @Test
    void unwatch_andUnwatchAll_forgetTheWatcher_andAUserWithoutWatchers() {
        UserId ben = new UserId("202");
        manager.watch(DESK, List.of(ANNA, ben));
        manager.watch(PHONE, List.of(ANNA));

        manager.unwatch(DESK, List.of(ben));
        assertThat(manager.watchedBy(DESK)).containsExactly(ANNA);
        assertThat(manager.location(ben)).isEmpty();

        manager.unwatchAll(DESK);
        assertThat(manager.watchersOf(ANNA)).containsExactly(PHONE);
        assertThat(manager.watchers()).containsExactly(PHONE);
    }

    @Test
    void directoryRestarted_fetchesEveryWatchedUserAgain_andAsksAgainForTheAlertsOfThoseOffline() {
        manager.watch(DESK, List.of(ANNA, new UserId("202")));
        logIn("s1", Optional.empty());

        SubscriptionStep step = manager.onDirectoryRestarted();

        assertThat(step.alertRequests()).containsExactly(new RequestAlert(new UserId("202")));
        assertThat(step.notifications()).singleElement()
                .satisfies(notify -> assertThat(notify.presence().user()).isEqualTo(ANNA));
        assertThat(manager.location(ANNA)).contains(LocationState.FOUND);
    }

    private void publish(PresenceEvent event) {
        if (event instanceof PresenceChanged changed) {
            manager.onPresenceChanged(changed);
        }
    }

    private List<PresenceEvent> logIn(String key, Optional<PresenceStatus> status) {
        return provider.apply(directory.logIn(ANNA, LoginKind.CONSOLE, key, key, status, LEASE, T0), T0);
    }
}
