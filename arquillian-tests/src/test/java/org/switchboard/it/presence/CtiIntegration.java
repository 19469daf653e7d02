package org.switchboard.it.presence;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.switchboard.presence.PresenceEventsCodec;
import org.switchboard.presence.model.PresenceStatus;

/**
 * The CTI server of the randomised test over the presence API: it logs users in passively and keeps every login it
 * means to keep alive (a keep-alive every second, as the API's contract asks, well inside the lease); a login it stops
 * keeping alive dies silently when its lease runs out. A login that may die so asks for a short lease
 * ({@link #SHORT_LEASE}, so that its death shows within seconds, and its keep-alives are what keeps it); the others
 * ask for {@link #LONG_LEASE}, so that a machine that stalls for seconds under load does not end them. It notes every
 * keep-alive of a kept login that came later than its lease allowed (the test's own lateness, not the server's). It
 * also reads a user's presence (the fetch) and sets her note and attributes.
 */
final class CtiIntegration implements PresenceView, AutoCloseable {

    /** The lease of a login that may die: short, allowed by the H2 run's bound (SWB_PRESENCE_PASSIVE_LEASE_MIN=PT3S). */
    static final Duration SHORT_LEASE = Duration.ofSeconds(5);
    /** The lease of the other logins: a keep-alive late by this much is no stall of a busy machine any more. */
    static final Duration LONG_LEASE = Duration.ofSeconds(60);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(1);

    /** A login it keeps alive: its lease, and when its lease was last renewed (the log in or the last keep-alive). */
    private record Kept(String user, Duration lease, long renewedAt) {
    }

    private final PresenceApiClient api;
    private final List<String> users;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Map<String, Duration> leases = new ConcurrentHashMap<>();
    private final List<String> late = new java.util.concurrent.CopyOnWriteArrayList<>();
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

    /**
     * Logs the user in passively with this lease, stating {@code status} or none; the login's id, kept alive from
     * now on.
     */
    String logIn(String user, Optional<PresenceStatus> status, Duration lease) {
        long asked = System.nanoTime();
        String id = api.logIn("{\"user\":\"" + user + "\",\"leaseSeconds\":" + lease.toSeconds()
                + status.map(s -> ",\"status\":\"" + PresenceEventsCodec.word(s) + "\"").orElse("") + "}");
        leases.put(id, lease);
        kept.put(id, new Kept(user, lease, asked));
        return id;
    }

    /** The lease the login asked for. */
    Duration lease(String id) {
        return leases.getOrDefault(id, LONG_LEASE);
    }

    /**
     * The keep-alives so far that came after their login's lease had run out (the test could not keep up: the login
     * ended by the contract), for a failure's message; empty when none did.
     */
    String lateKeepAlives() {
        return late.isEmpty() ? "" : "the test's keep-alives came too late (its machine stalled): " + late;
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

    /** Replaces all the user's attributes (an empty map clears them). */
    void attributes(String user, Map<String, String> attributes) {
        JsonObjectBuilder members = Json.createObjectBuilder();
        attributes.forEach(members::add);
        String body = Json.createObjectBuilder().add("attributes", members).build().toString();
        expect(200, api.put("/users/" + user + "/attributes", body), "attributes of " + user);
    }

    private void keepAlive() {
        for (Map.Entry<String, Kept> entry : kept.entrySet()) {
            String id = entry.getKey();
            Kept login = entry.getValue();
            long sent = System.nanoTime();
            if (sent - login.renewedAt() > login.lease().toNanos()) {
                late.add(login.user() + "'s login " + id + " kept alive " + (sent - login.renewedAt()) / 1_000_000
                        + " ms after its last renewal (lease " + login.lease().toSeconds() + " s)");
            }
            try {
                if (api.put("/passive-logins/" + id + "/lease").statusCode() == 200) {
                    kept.replace(id, login, new Kept(login.user(), login.lease(), sent));
                }
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
        Map<String, String> attributes = new HashMap<>();
        presence.getJsonObject("attributes").forEach((name, value) -> attributes.put(name,
                ((jakarta.json.JsonString) value).getString()));
        return Optional.of(new ExpectedPresence.Seen(PresenceEventsCodec.status(presence.getString("status")),
                presence.getString("note", ""), attributes));
    }

    @Override
    public boolean showsAttributes() {
        return true;
    }

    @Override
    public void close() {
        keeper.shutdownNow();
    }
}
