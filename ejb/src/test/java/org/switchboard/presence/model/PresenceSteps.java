package org.switchboard.presence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.switchboard.phone.model.PhoneStatus;

/**
 * The random steps of {@link RandomisedPresenceTest}, each done alike to the real parts (wired in a
 * {@link PresenceWorld}) and to the {@link ReferencePresence}, and written down in a log that replays as text.
 */
final class PresenceSteps {

    static final List<UserId> USERS = List.of(new UserId("201"), new UserId("202"), new UserId("203"),
            new UserId("204"), new UserId("205"));
    private static final List<String> ORIGINS = List.of("cti-a", "cti-b");
    private static final Duration CONSOLE_LEASE = Duration.ofSeconds(90);
    private static final Duration PHONE_LEASE = Duration.ofSeconds(600);
    private static final PresenceStatus[] STATED = {PresenceStatus.AVAILABLE, PresenceStatus.AWAY,
        PresenceStatus.BUSY, PresenceStatus.DO_NOT_DISTURB, PresenceStatus.ON_THE_PHONE};

    private final SplittableRandom random;
    private final PresenceWorld world = new PresenceWorld(Instant.parse("2026-11-26T08:00:00Z"));
    private final ReferencePresence reference = new ReferencePresence();
    private final List<String> log = new ArrayList<>();
    private final List<ReferencePresence.Login> droppedPassive = new ArrayList<>();
    private int keys;
    private int step;

    PresenceSteps(SplittableRandom random) {
        this.random = random;
        if (random.nextBoolean()) {
            world.inDisorder(random.split());
            log.add("0 messages in disorder");
        }
        if (random.nextInt(4) == 0) {
            world.losingUserOffline(random.split());
            log.add("0 some UserOffline events lost");
        }
    }

    /** Takes step {@code number}: a little time passes, then one random thing happens. */
    void take(int number) {
        step = number;
        world.advance(Duration.ofMillis(random.nextInt(4) == 0 ? 0 : random.nextInt(1, 800)));
        act();
    }

    PresenceWorld world() {
        return world;
    }

    ReferencePresence reference() {
        return reference;
    }

    List<String> log() {
        return log;
    }

    private void act() {
        int dice = random.nextInt(100);
        if (dice < 12) {
            consoleLogIn();
        } else if (dice < 18) {
            phoneRegisters();
        } else if (dice < 26) {
            passiveLogIn();
        } else if (dice < 31) {
            publication();
        } else if (dice < 41) {
            anyLogin().ifPresent(this::logOut);
        } else if (dice < 53) {
            anyLogin().filter(login -> login.kind() != LoginKind.PHONE).ifPresent(this::changeStatus);
        } else if (dice < 57) {
            anyLogin().ifPresent(this::renew);
        } else if (dice < 62) {
            consoleServiceRenews();
        } else if (dice < 66) {
            phoneSourceReconciles();
        } else if (dice < 72) {
            timePasses();
        } else if (dice < 75) {
            ctiRestarts();
        } else if (dice < 78) {
            ctiLogsInAgain();
        } else if (dice < 85) {
            phoneCall();
        } else if (dice < 88) {
            note();
        } else if (dice < 90) {
            attributes();
        } else if (dice < 92) {
            restartDirectory();
        } else if (dice < 94) {
            restartManager();
        } else if (dice < 95) {
            restartAll();
        } else if (dice < 96) {
            pbxReconnects();
        } else {
            watchers();
        }
    }

    private void consoleLogIn() {
        UserId user = anyUser();
        String key = "s" + (++keys);
        Optional<PresenceStatus> status = Optional.of(anyStatus());
        note("console-login %s %s %s", user, key, status.get());
        logIn(user, LoginKind.CONSOLE, key, key, status, CONSOLE_LEASE);
    }

    private void phoneRegisters() {
        UserId user = anyUser();
        String device = "PJSIP/" + user.value();
        note("phone-registers %s", device);
        logIn(user, LoginKind.PHONE, device, device, Optional.empty(), PHONE_LEASE);
    }

    private void passiveLogIn() {
        UserId user = anyUser();
        String origin = ORIGINS.get(random.nextInt(ORIGINS.size()));
        String key = origin + "-" + (++keys);
        Optional<PresenceStatus> status = random.nextBoolean() ? Optional.empty() : Optional.of(anyStatus());
        Duration lease = Duration.ofSeconds(random.nextInt(30, 300));
        note("passive-login %s %s %s lease %s", user, key, status, lease);
        logIn(user, LoginKind.PASSIVE, key, origin, status, lease);
    }

    private void publication() {
        UserId user = anyUser();
        String etag = "e" + (++keys);
        Optional<PresenceStatus> status = Optional.of(anyStatus());
        Duration lease = Duration.ofSeconds(random.nextInt(60, 400));
        note("publication %s %s %s lease %s", user, etag, status.get(), lease);
        logIn(user, LoginKind.PUBLICATION, etag, "sip:" + user + "@10.0.0.9", status, lease);
    }

    private void logIn(UserId user, LoginKind kind, String key, String origin, Optional<PresenceStatus> status,
            Duration lease) {
        world.logIn(user, kind, key, origin, status, lease);
        reference.logIn(user, kind, key, origin, status, lease, world.now());
    }

    private void logOut(ReferencePresence.Login login) {
        note("logout %s", login.id());
        assertThat(world.logOut(login.id(), "logged out")).as("live in the directory").isPresent();
        reference.logOut(login.id());
    }

    private void changeStatus(ReferencePresence.Login login) {
        Optional<PresenceStatus> status = login.kind() == LoginKind.PASSIVE && random.nextInt(3) == 0
                ? Optional.empty() : Optional.of(anyStatus());
        note("status %s %s", login.id(), status);
        world.changeStatus(login.id(), status);
        reference.state(login.id(), status, world.now());
    }

    private void renew(ReferencePresence.Login login) {
        note("renew %s", login.id());
        world.renew(login.id());
        reference.renew(login.id(), world.now());
    }

    private void consoleServiceRenews() {
        note("console-service-renews");
        for (ReferencePresence.Login login : reference.logins()) {
            if (login.kind() == LoginKind.CONSOLE) {
                world.renew(login.id());
                reference.renew(login.id(), world.now());
            }
        }
    }

    /** The phone source lists the registered phones; now and then one has unregistered. */
    private void phoneSourceReconciles() {
        List<ReferencePresence.Login> phones = reference.logins().stream()
                .filter(login -> login.kind() == LoginKind.PHONE).toList();
        Optional<ReferencePresence.Login> unregistered = phones.isEmpty() || random.nextBoolean()
                ? Optional.empty() : Optional.of(phones.get(random.nextInt(phones.size())));
        note("phone-source-reconciles (unregistered: %s)", unregistered.map(ReferencePresence.Login::key));
        List<LoginClaim> claims = new ArrayList<>();
        for (ReferencePresence.Login phone : phones) {
            if (unregistered.filter(gone -> gone.id().equals(phone.id())).isPresent()) {
                reference.logOut(phone.id());
            } else {
                claims.add(new LoginClaim(phone.user(), phone.key(), phone.origin(), Optional.empty(),
                        PHONE_LEASE));
                reference.renew(phone.id(), world.now());
            }
        }
        world.reconcile(LoginKind.PHONE, claims);
    }

    /** Time passes without renewals: whatever lease runs out ends silently, through the sweep. */
    private void timePasses() {
        Duration by = Duration.ofSeconds(random.nextInt(1, 200));
        note("time-passes %s", by);
        world.advance(by);
        world.sweep();
        reference.expire(world.now());
    }

    private void ctiRestarts() {
        String origin = ORIGINS.get(random.nextInt(ORIGINS.size()));
        note("cti-restarts %s", origin);
        reference.logins().stream().filter(login -> login.origin().equals(origin)).forEach(droppedPassive::add);
        world.logOutAll(origin, "integration restarted");
        reference.logOutAll(origin);
    }

    private void ctiLogsInAgain() {
        note("cti-logs-in-again %d", droppedPassive.size());
        for (ReferencePresence.Login old : droppedPassive) {
            String key = old.origin() + "-" + (++keys);
            logIn(old.user(), LoginKind.PASSIVE, key, old.origin(), old.status(), old.lease());
        }
        droppedPassive.clear();
    }

    private void phoneCall() {
        UserId user = anyUser();
        PhoneStatus status = PhoneStatus.values()[random.nextInt(PhoneStatus.values().length)];
        String device = "PJSIP/" + user.value();
        note("phone %s %s", device, status);
        world.phone(device, status);
        reference.phone(device, PresenceRule.busy(status));
    }

    private void note() {
        UserId user = anyUser();
        String text = List.of("", "lunch", "back at 3", "in a meeting").get(random.nextInt(4));
        note("note %s '%s'", user, text);
        world.note(user, text);
        reference.note(user, text);
    }

    private void attributes() {
        UserId user = anyUser();
        Map<String, String> values = List.of(Map.<String, String>of(), Map.of("room", "4.12"),
                Map.of("room", "1.01", "team", "front desk")).get(random.nextInt(3));
        note("attributes %s %s", user, values);
        world.attributes(user, values);
        reference.attributes(user, values);
    }

    /** The directory and the provider restart; the subscription manager stays. */
    private void restartDirectory() {
        note("restart-directory-and-provider");
        world.restartDirectory(reannounceLogins());
    }

    /** The whole presence service restarts: the sources and the watchers announce themselves again. */
    private void restartAll() {
        boolean watchesFirst = random.nextBoolean();
        note("restart-all (watches announced %s)", watchesFirst ? "first" : "last");
        Runnable logins = reannounceLogins();
        world.restartAll(() -> {
            if (watchesFirst) {
                world.rewatch();
                logins.run();
            } else {
                logins.run();
                world.rewatch();
            }
        });
    }

    /** The PBX connection came back: the phone source lists the phones and their calls again. */
    private void pbxReconnects() {
        List<String> busy = new ArrayList<>(reference.busyPhones());
        Optional<String> hungUpMeanwhile = busy.isEmpty() || random.nextBoolean() ? Optional.empty()
                : Optional.of(busy.remove(random.nextInt(busy.size())));
        note("pbx-reconnects (call ended meanwhile: %s)", hungUpMeanwhile);
        hungUpMeanwhile.ifPresent(device -> reference.phone(device, false));
        phoneSourceReconciles();
        Map<String, PhoneStatus> notIdle = new HashMap<>();
        busy.forEach(device -> notIdle.put(device, PhoneStatus.BUSY_EXTERNAL));
        notIdle.put("PJSIP/299", PhoneStatus.RINGING_INTERNAL);
        world.reconcilePhones(notIdle);
    }

    /**
     * Restarts the reference and answers how the sources announce their logins to the new directory: consoles
     * one by one, phones by the phone source's reconcile, with the busy phones; passive logins and publications
     * are gone (the integration may log in again later).
     */
    private Runnable reannounceLogins() {
        reference.logins().stream().filter(login -> login.kind() == LoginKind.PASSIVE)
                .forEach(droppedPassive::add);
        List<ReferencePresence.Login> back = reference.restart(world.now());
        return () -> {
            List<LoginClaim> phones = new ArrayList<>();
            for (ReferencePresence.Login login : back) {
                if (login.kind() == LoginKind.CONSOLE) {
                    world.logIn(login.user(), login.kind(), login.key(), login.origin(), login.status(),
                            login.lease());
                } else {
                    phones.add(new LoginClaim(login.user(), login.key(), login.origin(), login.status(),
                            login.lease()));
                }
            }
            world.reconcile(LoginKind.PHONE, phones);
            reference.busyPhones().forEach(device -> world.phone(device, PhoneStatus.BUSY_INTERNAL));
        };
    }

    private void restartManager() {
        note("restart-subscription-manager");
        world.restartManager();
    }

    private void watchers() {
        int dice = random.nextInt(4);
        if (dice == 0) {
            newWatcher("w" + (++keys));
        } else if (world.watches().isEmpty()) {
            return;
        } else {
            List<WatcherId> ids = List.copyOf(world.watches().keySet());
            WatcherId watcher = ids.get(random.nextInt(ids.size()));
            UserId user = anyUser();
            if (dice == 1) {
                note("watch %s %s", watcher, user);
                world.watch(watcher, List.of(user));
            } else if (dice == 2) {
                note("unwatch %s %s", watcher, user);
                world.unwatch(watcher, List.of(user));
            } else {
                note("unwatch-all %s", watcher);
                world.unwatchAll(watcher);
            }
        }
    }

    void newWatcher(String name) {
        WatcherId watcher = new WatcherId("console:" + name);
        List<UserId> users = USERS.stream().filter(user -> random.nextInt(3) > 0).toList();
        note("new-watcher %s %s", watcher, users);
        world.watch(watcher, users);
    }

    private Optional<ReferencePresence.Login> anyLogin() {
        List<ReferencePresence.Login> logins = reference.logins();
        return logins.isEmpty() ? Optional.empty() : Optional.of(logins.get(random.nextInt(logins.size())));
    }

    private UserId anyUser() {
        return USERS.get(random.nextInt(USERS.size()));
    }

    private PresenceStatus anyStatus() {
        return STATED[random.nextInt(STATED.length)];
    }

    private void note(String format, Object... args) {
        log.add(step + " @" + world.now() + " " + String.format(format, args));
    }
}
