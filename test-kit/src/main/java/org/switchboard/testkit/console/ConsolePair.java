package org.switchboard.testkit.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import org.switchboard.protocol.ConsoleCommand;
import org.switchboard.protocol.SiteUpdate;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.testkit.Await;

/**
 * A receptionist's console in a pair of sites: one {@link ConsoleTestClient} per site, each logged in with
 * {@code failover}, so that each site tells it in SITE updates whether the receptionists work there. It works with
 * the site whose SITE update last said {@code active}; when another site says so, it switches: its commands go
 * there from then on, and it resumes her session there (the new site's STATE and lines, which that site's PBX
 * decides; her pause in the queues as she had it on the old site, sent as PAUSE or UNPAUSE when the new site's
 * session differs). A link to one site that breaks does not stop it working with the other.
 *
 * <p>Two-server tests: {@code ConsolePair.connect(primarySipPort, secondarySipPort)}, {@link #logIn}, then
 * {@link #awaitWorkingOn(String)} with the site name ({@code SWB_SITE_NAME}) and {@link #send}/{@link #awaitState} on
 * whichever site works; {@link #switches()} gives when each switch was heard and done, for the figures.
 */
public final class ConsolePair implements AutoCloseable {

    private final List<ConsoleTestClient> clients;
    private final ExecutorService switcher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "console-pair-switch");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Switch> switches = new CopyOnWriteArrayList<>();
    private volatile ConsoleTestClient working;
    private volatile boolean resumed;
    private volatile boolean pausedWish;

    /**
     * A switch of site: from where (empty for the first site she works on) to where, the SITE update's reason, when
     * the SITE update was read and when the session was resumed there ({@link System#nanoTime()}).
     */
    public record Switch(Optional<String> from, String to, String reason, long heardNanos, long resumedNanos) {
    }

    private ConsolePair(List<ConsoleTestClient> clients) {
        this.clients = new CopyOnWriteArrayList<>(clients);
        this.clients.forEach(this::listen);
    }

    private void listen(ConsoleTestClient client) {
        client.onUpdate(received -> {
            if (received.update() instanceof SiteUpdate site) {
                switcher.execute(() -> heard(client, site, received.nanoTime()));
            } else if (received.update() instanceof StateUpdate state && client == working && atWork(state)) {
                pausedWish = state.paused();
            }
        });
    }

    /** Connects to both sites' SIP ports on 127.0.0.1 over TCP. */
    public static ConsolePair connect(int firstSipPort, int secondSipPort) {
        return of(ConsoleTestClient.connect(firstSipPort), ConsoleTestClient.connect(secondSipPort));
    }

    /** A pair of clients already connected (over TCP or a SIP WebSocket), one per site. */
    public static ConsolePair of(ConsoleTestClient first, ConsoleTestClient second) {
        return new ConsolePair(List.of(first, second));
    }

    /**
     * Logs in on every site whose link is open, asking for SITE updates, paused in the queues or not; the answers
     * in the order of the sites. A site that refuses or cannot be reached leaves the other working.
     */
    public List<ConsoleTestClient.Answer> logIn(String login, String password, boolean paused) {
        pausedWish = paused;
        List<ConsoleTestClient.Answer> answers = new ArrayList<>();
        for (ConsoleTestClient client : clients) {
            try {
                answers.add(client.logIn(login, password, paused, false, true));
            } catch (RuntimeException | AssertionError e) {
                answers.add(new ConsoleTestClient.Answer(503, "no answer: " + e.getMessage(), Optional.empty()));
            }
        }
        return answers;
    }

    /**
     * Replaces the link to the site at {@code index} (in the order the sites were given) by {@code fresh}, such as
     * after that site was started again, and logs in there with failover, her pause as she has it; the old link is
     * closed, the other site's link is left as it is. When she worked on the replaced link, she works nowhere until
     * a site says active again.
     */
    public ConsoleTestClient.Answer logInAgain(int index, ConsoleTestClient fresh, String login, String password) {
        ConsoleTestClient old = clients.set(index, fresh);
        listen(fresh);
        if (old == working) {
            switcher.execute(() -> {
                if (working == old) {
                    working = null;
                    resumed = false;
                }
            });
        }
        old.close();
        return fresh.logIn(login, password, pausedWish, false, true);
    }

    /** The client of the site she works on now; fails when no site said active yet. */
    public ConsoleTestClient working() {
        return Optional.ofNullable(working).orElseThrow(() -> new AssertionError("no site said active yet: "
                + sites()));
    }

    /** The name of the site she works on now, when one said active. */
    public Optional<String> workingSite() {
        return Optional.ofNullable(working).flatMap(ConsoleTestClient::site).map(SiteUpdate::site);
    }

    /** Waits until she works on {@code site} (its SITE update said active) and her session was resumed there. */
    public ConsoleTestClient awaitWorkingOn(String site) {
        return awaitWorkingOn(site, ConsoleTestClient.PATIENCE);
    }

    public ConsoleTestClient awaitWorkingOn(String site, Duration patience) {
        return Await.value("working on " + site + " (sites: " + sites() + ", switches: " + switches + ")",
                () -> Optional.ofNullable(working).filter(client -> resumed
                        && client.site().map(told -> told.site().equals(site) && told.active()).orElse(false)),
                patience);
    }

    /** Sends a command to the site she works on. */
    public ConsoleTestClient.Answer send(LongFunction<ConsoleCommand> command) {
        return working().send(command);
    }

    /** Waits until the STATE of the site she works on (whichever it is by then) satisfies {@code condition}. */
    public StateUpdate awaitState(String description, Predicate<StateUpdate> condition) {
        return Await.value(description + " (working on " + workingSite().orElse("none") + ")",
                () -> Optional.ofNullable(working).flatMap(ConsoleTestClient::state).filter(condition),
                ConsoleTestClient.PATIENCE);
    }

    /** The client of the named site (the name its SITE updates give). */
    public ConsoleTestClient client(String site) {
        return clients.stream().filter(client -> client.site().map(told -> told.site().equals(site)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no SITE update from " + site + ": " + sites()));
    }

    /** The clients, in the order the sites were given. */
    public List<ConsoleTestClient> clients() {
        return List.copyOf(clients);
    }

    /** The switches of site so far, the first choice included, in order. */
    public List<Switch> switches() {
        return List.copyOf(switches);
    }

    /** On the switcher's thread: a site said where to work. */
    private void heard(ConsoleTestClient client, SiteUpdate site, long heardNanos) {
        if (!site.active() || client == working) {
            return;
        }
        Optional<String> from = Optional.ofNullable(working).flatMap(ConsoleTestClient::site).map(SiteUpdate::site);
        resumed = false;
        working = client;
        try {
            resume(client);
        } catch (RuntimeException | AssertionError e) {
            // her session there is as the site has it; the test sees it in the state
        }
        resumed = true;
        switches.add(new Switch(from, site.site(), site.reason(), heardNanos, System.nanoTime()));
    }

    /** The new site's session is at work: her pause in the queues as she had it. */
    private void resume(ConsoleTestClient client) {
        StateUpdate state = client.awaitState("the session at work on " + client.site().map(SiteUpdate::site)
                .orElse("?"), ConsolePair::atWork);
        boolean wish = pausedWish;
        if (state.paused() != wish) {
            client.send(wish ? seq -> new ConsoleCommand.Pause(seq, Optional.of("resumed after a switch of site"))
                    : ConsoleCommand.Unpause::new);
        }
    }

    private static boolean atWork(StateUpdate state) {
        return !state.state().equals("PASSIVE") && !state.state().equals("LOGGED_OUT") && state.loggedOut().isEmpty();
    }

    private List<String> sites() {
        return clients.stream().map(client -> client.site().map(told -> told.site() + (told.active() ? " active"
                : " passive")).orElse("no SITE") + (client.connected() ? "" : " (link lost)")).toList();
    }

    @Override
    public void close() {
        switcher.shutdownNow();
        clients.forEach(ConsoleTestClient::close);
    }
}
