package org.switchboard.it.presence;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.switchboard.presence.PresenceEventsCodec;
import org.switchboard.presence.model.PresenceStatus;

/**
 * The CTI server of the randomised test over the presence API: it logs users in passively with a short lease and
 * keeps every login it means to keep alive (a keep-alive every second, as the API's contract asks, well inside the
 * lease); a login it stops keeping alive dies silently when its lease runs out. It also reads a user's presence (the
 * fetch) and sets her note.
 */
final class CtiIntegration implements PresenceView, AutoCloseable {

    /** The lease it asks for: short, allowed by the H2 run's bound (SWB_PRESENCE_PASSIVE_LEASE_MIN=PT3S in the pom). */
    static final Duration LEASE = Duration.ofSeconds(5);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(1);

    private final PresenceApiClient api;
    private final List<String> users;
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService keeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cti-keep-alive");
        thread.setDaemon(true);
        return thread;
    });

    CtiIntegration(PresenceApiClient api, List<String> users) {
        this.api = api;
        this.users = users;
        keeper.scheduleWithFixedDelay(this::keepAlive, KEEP_ALIVE.toMillis(), KEEP_ALIVE.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Logs the user in passively, stating {@code status} or none; the login's id, kept alive from now on. */
    String logIn(String user, Optional<PresenceStatus> status) {
        String id = api.logIn("{\"user\":\"" + user + "\",\"leaseSeconds\":" + LEASE.toSeconds()
                + status.map(s -> ",\"status\":\"" + PresenceEventsCodec.word(s) + "\"").orElse("") + "}");
        kept.add(id);
        return id;
    }

    void logOut(String id) {
        kept.remove(id);
        expect(204, api.delete("/passive-logins/" + id), "log out " + id);
    }

    /** Keeps a login alive now; fails unless the API answers 200 (the login lives). */
    void keepAlive(String id) {
        expect(200, api.put("/passive-logins/" + id + "/lease"), "keep-alive " + id);
    }

    /** Logs out all its logins at once, as it does when it restarts; how many ended. */
    int logOutAll() {
        kept.clear();
        HttpResponse<String> response = api.delete("/passive-logins");
        expect(200, response, "log out all");
        return PresenceApiClient.json(response).getInt("ended");
    }

    /** Stops keeping the login alive, as when the CTI server dies: its lease runs out. */
    void dies(String id) {
        kept.remove(id);
    }

    /** The presence service forgot its logins (it restarted): it stops keeping them alive (their keep-alive gets 404). */
    void forget(String id) {
        kept.remove(id);
    }

    void note(String user, String note) {
        expect(200, api.put("/users/" + user + "/note", "{\"note\":\"" + note + "\"}"), "note of " + user);
    }

    private void keepAlive() {
        for (String id : kept) {
            try {
                api.put("/passive-logins/" + id + "/lease");
            } catch (RuntimeException e) {
                // the application is being redeployed: the next round tries again
            }
        }
    }

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    @Override
    public String name() {
        return "fetch over the presence API";
    }

    @Override
    public List<String> watches() {
        return users;
    }

    @Override
    public Optional<ExpectedPresence.Seen> seen(String user) {
        HttpResponse<String> response = api.get("/users/" + user + "/presence");
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        JsonObject presence = PresenceApiClient.json(response);
        return Optional.of(new ExpectedPresence.Seen(PresenceEventsCodec.status(presence.getString("status")),
                presence.getString("note", "")));
    }

    @Override
    public void close() {
        keeper.shutdownNow();
    }
}
