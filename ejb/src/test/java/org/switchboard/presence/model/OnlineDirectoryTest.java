package org.switchboard.presence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OnlineDirectoryTest {

    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(90);
    private static final UserId ANNA = new UserId("201");
    private static final UserId BEN = new UserId("202");

    private final OnlineDirectory directory = new OnlineDirectory();

    @Test
    void firstLoginOfAUser_isFirstOfUser_andSecondIsNot() {
        LoggedIn desk = directory.logIn(ANNA, LoginKind.CONSOLE, "s1", "s1", Optional.of(PresenceStatus.AWAY), LEASE,
                T0);
        LoggedIn passive = directory.logIn(ANNA, LoginKind.PASSIVE, "p1", "cti", Optional.empty(), LEASE, T0);

        assertThat(desk.firstOfUser()).isTrue();
        assertThat(passive.firstOfUser()).isFalse();
        assertThat(desk.login().id()).isEqualTo(new LoginId("console:s1"));
        assertThat(desk.login().leaseEnds()).isEqualTo(T0.plus(LEASE));
        assertThat(directory.logins(ANNA)).extracting(PresenceLogin::id)
                .containsExactly(new LoginId("console:s1"), new LoginId("passive:p1"));
    }

    @Test
    void loggingOutTheOnlyLoginOfOneKind_isNotLastWhileAnotherKindLives() {
        LoggedIn desk = directory.logIn(ANNA, LoginKind.CONSOLE, "s1", "s1", Optional.of(PresenceStatus.AVAILABLE),
                LEASE, T0);
        LoggedIn passive = directory.logIn(ANNA, LoginKind.PASSIVE, "p1", "cti", Optional.empty(), LEASE, T0);

        LoggedOut deskOut = directory.logOut(desk.login().id(), "closed", T0.plusSeconds(1)).orElseThrow();
        LoggedOut passiveOut = directory.logOut(passive.login().id(), "dropped", T0.plusSeconds(2)).orElseThrow();

        assertThat(deskOut.lastOfUser()).isFalse();
        assertThat(passiveOut.lastOfUser()).as("a passive login without status is still her last").isTrue();
        assertThat(passiveOut.reason()).isEqualTo("dropped");
        assertThat(directory.online(ANNA)).isFalse();
    }

    @Test
    void loggingOutAnEndedLogin_isEmpty() {
        assertThat(directory.logOut(new LoginId("console:nope"), "closed", T0)).isEmpty();
        assertThat(directory.renew(new LoginId("console:nope"), T0)).isEmpty();
        assertThat(directory.changeStatus(new LoginId("console:nope"), Optional.empty(), T0)).isEmpty();
    }

    @Test
    void aLoginPastItsLease_endsOnExpiry_andARenewedOneLives() {
        LoggedIn desk = directory.logIn(ANNA, LoginKind.CONSOLE, "s1", "s1", Optional.empty(), LEASE, T0);
        directory.logIn(BEN, LoginKind.CONSOLE, "s2", "s2", Optional.empty(), LEASE, T0);
        directory.renew(desk.login().id(), T0.plusSeconds(60));

        List<LoggedOut> ended = directory.expire(T0.plus(LEASE));

        assertThat(ended).singleElement().satisfies(out -> {
            assertThat(out.user()).isEqualTo(BEN);
            assertThat(out.reason()).isEqualTo(LoggedOut.LEASE_EXPIRED);
            assertThat(out.lastOfUser()).isTrue();
        });
        assertThat(directory.logins(ANNA)).singleElement()
                .satisfies(login -> assertThat(login.leaseEnds()).isEqualTo(T0.plusSeconds(60).plus(LEASE)));
    }

    @Test
    void aLoginFoundDue_isNotExpiredWhenRenewedBeforeItsTurn() {
        LoggedIn desk = directory.logIn(ANNA, LoginKind.CONSOLE, "s1", "s1", Optional.empty(), LEASE, T0);
        Instant late = T0.plus(LEASE);
        assertThat(directory.due(late)).containsExactly(desk.login().id());

        directory.renew(desk.login().id(), late);

        assertThat(directory.expire(desk.login().id(), late)).isEmpty();
        assertThat(directory.online(ANNA)).isTrue();
    }

    @Test
    void changeStatus_statesItFromNow_andKeepsTheOldOne() {
        LoggedIn desk = directory.logIn(ANNA, LoginKind.CONSOLE, "s1", "s1", Optional.of(PresenceStatus.AVAILABLE),
                LEASE, T0);

        StatusStated stated = directory.changeStatus(desk.login().id(), Optional.of(PresenceStatus.AWAY),
                T0.plusSeconds(5)).orElseThrow();

        assertThat(stated.before()).contains(PresenceStatus.AVAILABLE);
        assertThat(stated.login().status()).contains(PresenceStatus.AWAY);
        assertThat(stated.login().statusSince()).isEqualTo(T0.plusSeconds(5));
        assertThat(stated.login().since()).isEqualTo(T0);
    }

    @Test
    void statingOffline_isAClearError() {
        LoggedIn desk = directory.logIn(ANNA, LoginKind.CONSOLE, "s1", "s1", Optional.empty(), LEASE, T0);

        assertThatThrownBy(() -> directory.changeStatus(desk.login().id(), Optional.of(PresenceStatus.OFFLINE), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("log it out");
    }

    @Test
    void aLoginIdOfAnotherUser_isAClearError_andAZeroLeaseToo() {
        directory.logIn(ANNA, LoginKind.PHONE, "PJSIP/201", "PJSIP/201", Optional.empty(), LEASE, T0);

        assertThatThrownBy(() -> directory.logIn(BEN, LoginKind.PHONE, "PJSIP/201", "PJSIP/201", Optional.empty(),
                LEASE, T0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user 201");
        assertThatThrownBy(() -> directory.logIn(BEN, LoginKind.CONSOLE, "s", "s", Optional.empty(), Duration.ZERO,
                T0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    }

    @Test
    void loggingInAgainWithTheSameId_replacesTheLogin_keepingWhenItOpened() {
        directory.logIn(ANNA, LoginKind.CONSOLE, "s1", "s1", Optional.of(PresenceStatus.AWAY), LEASE, T0);

        LoggedIn again = directory.logIn(ANNA, LoginKind.CONSOLE, "s1", "s1", Optional.of(PresenceStatus.BUSY), LEASE,
                T0.plusSeconds(3));

        assertThat(again.firstOfUser()).isFalse();
        assertThat(again.login().since()).isEqualTo(T0);
        assertThat(directory.logins(ANNA)).singleElement()
                .satisfies(login -> assertThat(login.status()).contains(PresenceStatus.BUSY));
    }

    @Test
    void logOutAll_endsEveryLoginOfTheOrigin_only() {
        directory.logIn(ANNA, LoginKind.PASSIVE, "a", "cti", Optional.empty(), LEASE, T0);
        directory.logIn(BEN, LoginKind.PASSIVE, "b", "cti", Optional.empty(), LEASE, T0);
        directory.logIn(BEN, LoginKind.PASSIVE, "c", "crm", Optional.empty(), LEASE, T0);

        List<LoggedOut> ended = directory.logOutAll("cti", "integration restarted", T0);

        assertThat(ended).extracting(out -> out.login().id().value()).containsExactly("passive:a", "passive:b");
        assertThat(ended).extracting(LoggedOut::lastOfUser).containsExactly(true, false);
        assertThat(directory.loginsFrom("crm")).hasSize(1);
        assertThat(directory.loginsFrom("cti")).isEmpty();
    }

    @Test
    void reconcile_startsTheListed_endsTheUnlisted_andRenewsTheRest() {
        directory.logIn(ANNA, LoginKind.PHONE, "PJSIP/201", "PJSIP/201", Optional.empty(), LEASE, T0);
        directory.logIn(BEN, LoginKind.PHONE, "PJSIP/202", "PJSIP/202", Optional.empty(), LEASE, T0);
        directory.logIn(BEN, LoginKind.CONSOLE, "s2", "s2", Optional.empty(), LEASE, T0);
        Instant later = T0.plusSeconds(60);

        Reconciled reconciled = directory.reconcile(LoginKind.PHONE, List.of(
                phone(ANNA, "PJSIP/201"), phone(new UserId("203"), "PJSIP/203")), later);

        assertThat(reconciled.ended()).extracting(out -> out.login().id().value()).containsExactly("phone:PJSIP/202");
        assertThat(reconciled.ended().get(0).lastOfUser()).as("Ben's console lives").isFalse();
        assertThat(reconciled.ended().get(0).reason()).isEqualTo(LoggedOut.GONE_FROM_SOURCE);
        assertThat(reconciled.started()).extracting(in -> in.login().id().value()).containsExactly("phone:PJSIP/203");
        assertThat(directory.logins(ANNA)).singleElement()
                .satisfies(login -> assertThat(login.leaseEnds()).isEqualTo(later.plus(Duration.ofSeconds(600))));
        assertThat(directory.logins(BEN)).extracting(PresenceLogin::kind).containsExactly(LoginKind.CONSOLE);
    }

    @Test
    void reconcileOfOneOrigin_leavesOtherOriginsAlone() {
        directory.logIn(ANNA, LoginKind.PASSIVE, "a", "cti", Optional.empty(), LEASE, T0);
        directory.logIn(BEN, LoginKind.PASSIVE, "b", "crm", Optional.empty(), LEASE, T0);

        Reconciled reconciled = directory.reconcile(LoginKind.PASSIVE, "cti", List.of(), T0);

        assertThat(reconciled.ended()).extracting(LoggedOut::user).containsExactly(ANNA);
        assertThat(directory.online(BEN)).isTrue();
    }

    @Test
    void reconcile_statesAListedStatusThatDiffers() {
        directory.logIn(ANNA, LoginKind.CONSOLE, "s1", "s1", Optional.of(PresenceStatus.AVAILABLE), LEASE, T0);

        Reconciled reconciled = directory.reconcile(LoginKind.CONSOLE, List.of(new LoginClaim(ANNA, "s1", "s1",
                Optional.of(PresenceStatus.AWAY), LEASE)), T0.plusSeconds(1));

        assertThat(reconciled.changes()).filteredOn(StatusStated.class::isInstance).singleElement()
                .satisfies(change -> assertThat(change.login().status()).contains(PresenceStatus.AWAY));
    }

    @Test
    void reconcile_opensAgainALoginItListsUnderAnotherOrigin() {
        directory.logIn(ANNA, LoginKind.PASSIVE, "a", "cti", Optional.empty(), LEASE, T0);

        Reconciled reconciled = directory.reconcile(LoginKind.PASSIVE, "crm", List.of(new LoginClaim(ANNA, "a", "crm",
                Optional.empty(), LEASE)), T0.plusSeconds(1));

        assertThat(reconciled.started()).singleElement()
                .satisfies(in -> assertThat(in.login().origin()).isEqualTo("crm"));
        assertThat(directory.loginsFrom("cti")).isEmpty();
    }

    @Test
    void reconcile_opensTheNewLoginOfAUserBeforeEndingHerOldOne_soSheIsNeverOfflineOnTheWay() {
        directory.logIn(ANNA, LoginKind.PHONE, "PJSIP/201", "PJSIP/201", Optional.empty(), LEASE, T0);

        Reconciled reconciled = directory.reconcile(LoginKind.PHONE, List.of(phone(ANNA, "PJSIP/201-desk")), T0);

        assertThat(reconciled.changes()).extracting(DirectoryChange::kind)
                .containsExactly(DirectoryChange.Kind.LOGGED_IN, DirectoryChange.Kind.LOGGED_OUT);
        assertThat(reconciled.ended()).singleElement().satisfies(out -> assertThat(out.lastOfUser()).isFalse());
    }

    @Test
    void reconcile_endsALoginItListsForAnotherUser_andOpensItForHer() {
        directory.logIn(ANNA, LoginKind.PHONE, "hot-desk-1", "hot-desk-1", Optional.empty(), LEASE, T0);

        Reconciled reconciled = directory.reconcile(LoginKind.PHONE, List.of(phone(BEN, "hot-desk-1")), T0);

        assertThat(reconciled.ended()).extracting(LoggedOut::user).containsExactly(ANNA);
        assertThat(reconciled.started()).extracting(LoggedIn::user).containsExactly(BEN);
    }

    @Test
    void aClaimWithoutALease_isAClearError() {
        assertThatThrownBy(() -> new LoginClaim(ANNA, "s", "s", Optional.empty(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
    }

    @Test
    void alertOnNextLogin_goesOffOnceWithHerNextLogin() {
        assertThat(directory.alertOnNextLogin(ANNA)).isEmpty();
        assertThat(directory.alertPending(ANNA)).isTrue();

        LoggedIn first = directory.logIn(ANNA, LoginKind.PASSIVE, "p1", "cti", Optional.empty(), LEASE, T0);
        directory.logOut(first.login().id(), "dropped", T0);
        LoggedIn second = directory.logIn(ANNA, LoginKind.PASSIVE, "p2", "cti", Optional.empty(), LEASE, T0);

        assertThat(first.alerted()).isTrue();
        assertThat(second.alerted()).as("one shot").isFalse();
        assertThat(directory.alertPending(ANNA)).isFalse();
    }

    @Test
    void alertOnNextLogin_ofAUserOnlineAlready_isAnsweredAtOnce() {
        directory.logIn(ANNA, LoginKind.PHONE, "PJSIP/201", "PJSIP/201", Optional.empty(), LEASE, T0);

        assertThat(directory.alertOnNextLogin(ANNA)).contains(new LoginAlerted(ANNA, new LoginId("phone:PJSIP/201")));
        assertThat(directory.alertPending(ANNA)).isFalse();
    }

    @Test
    void nextLeaseEnd_isTheSoonest() {
        directory.logIn(ANNA, LoginKind.CONSOLE, "s1", "s1", Optional.empty(), LEASE, T0);
        directory.logIn(BEN, LoginKind.PASSIVE, "p", "cti", Optional.empty(), Duration.ofSeconds(30), T0);

        assertThat(directory.nextLeaseEnd()).contains(T0.plusSeconds(30));
    }

    private static LoginClaim phone(UserId user, String device) {
        return new LoginClaim(user, device, device, Optional.empty(), Duration.ofSeconds(600));
    }
}
