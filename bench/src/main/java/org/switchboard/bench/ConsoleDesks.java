package org.switchboard.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ObjLongConsumer;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

import org.switchboard.pbx.scripted.LiveOffice;
import org.switchboard.protocol.PresenceUpdate;
import org.switchboard.protocol.StateUpdate;
import org.switchboard.testkit.console.ConsoleTestClient;

/**
 * The receptionists of a console benchmark, one per desk that {@code DemoOffice.withDesks} added to the scripted
 * PBX (phone {@code PJSIP/301}, personal queue {@code PersonalQueue301}, ...): their accounts created over JMX
 * ({@code org.switchboard:type=Receptionists}), one {@link ConsoleTestClient} each on its own TCP connection,
 * logged in paused (so that the PBX rings none of them and queued calls stay waiting), with OPTIONS keep-alives,
 * and one outside call waiting in each desk's personal queue. Every STATE update any client receives goes to the
 * current {@link #watch watcher} with the nanoTime it was read at; when the clients asked for presence, every
 * PRESENCE update goes to the {@link #watchPresence presence watcher} with the desk's index, and the clients do
 * not keep their updates (thousands a second).
 */
final class ConsoleDesks implements AutoCloseable {

    static final int FIRST_EXTENSION = 301;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(10);
    private static final Duration SEEN = Duration.ofSeconds(30);

    /** One receptionist at her desk: the call waiting in her personal queue is the target of her commands. */
    record Desk(int index, String login, String extension, ConsoleTestClient client, String waitingCall) {
    }

    private final List<Desk> desks;
    private final java.util.concurrent.atomic.AtomicLong states = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong phones = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong presences = new java.util.concurrent.atomic.AtomicLong();
    private volatile ObjLongConsumer<StateUpdate> watcher = (update, nanoTime) -> { };
    private volatile PresenceWatcher presenceWatcher = (desk, update, nanoTime) -> { };

    /** Hears the PRESENCE updates of every client, on its reading thread. */
    interface PresenceWatcher {
        void presence(int desk, PresenceUpdate update, long nanoTime);
    }

    private ConsoleDesks(List<Desk> desks) {
        this.desks = desks;
    }

    /**
     * Creates {@code count} accounts (login {@code bench301}, password the login, general queues
     * {@code generalQueues}, comma-separated, maybe empty), logs a client in for each, and puts one outside call in
     * each personal queue, waiting until every client's STATE shows it.
     */
    static ConsoleDesks open(MBeanServerConnection jmx, LiveOffice office, int sipPort, int count,
            String generalQueues) {
        return open(jmx, office, sipPort, count, generalQueues, Optional.empty());
    }

    /**
     * As {@link #open(MBeanServerConnection, LiveOffice, int, int, String)}; with a presence watcher, the clients ask
     * for presence, and every PRESENCE update goes to it from the first (the full listing at log in) on.
     */
    static ConsoleDesks open(MBeanServerConnection jmx, LiveOffice office, int sipPort, int count,
            String generalQueues, Optional<PresenceWatcher> presence) {
        boolean withPresence = presence.isPresent();
        long start = System.nanoTime();
        ObjectName receptionists = ServerGauges.name("Receptionists");
        List<ConsoleTestClient> clients = new ArrayList<>();
        ConsoleDesks opened = new ConsoleDesks(new ArrayList<>());
        presence.ifPresent(opened::watchPresence);
        try {
            for (int i = 0; i < count; i++) {
                String extension = Integer.toString(FIRST_EXTENSION + i);
                String login = "bench" + extension;
                jmx.invoke(receptionists, "createReceptionist", new Object[] {login, "Bench Desk " + extension,
                    login, "PJSIP/" + extension, extension, "PersonalQueue" + extension, generalQueues},
                        new String[] {String.class.getName(), String.class.getName(), String.class.getName(),
                            String.class.getName(), String.class.getName(), String.class.getName(),
                            String.class.getName()});
                ConsoleTestClient client = ConsoleTestClient.connect(sipPort);
                clients.add(client);
                client.keepUpdates(!withPresence);
                int index = i;
                client.onUpdate(received -> {
                    if (received.update() instanceof StateUpdate state) {
                        opened.states.incrementAndGet();
                        opened.watcher.accept(state, received.nanoTime());
                    } else if (received.update() instanceof PresenceUpdate listing) {
                        opened.presences.incrementAndGet();
                        opened.presenceWatcher.presence(index, listing, received.nanoTime());
                    } else {
                        opened.phones.incrementAndGet();
                    }
                });
                ConsoleTestClient.Answer answer = client.logIn(login, login, true, withPresence);
                if (answer.status() != 200) {
                    throw new IllegalStateException("log in of " + login + " answered " + answer);
                }
                client.keepAlive(KEEP_ALIVE);
            }
            long loggedIn = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String extension = Integer.toString(FIRST_EXTENSION + i);
                office.trunkCalls("9" + extension, "+3225553" + extension, "Waiting for " + extension);
            }
            for (int i = 0; i < count; i++) {
                String extension = Integer.toString(FIRST_EXTENSION + i);
                StateUpdate state = clients.get(i).awaitState("a call waiting in PersonalQueue" + extension,
                        update -> !update.waiting().isEmpty(), SEEN);
                opened.desks.add(new Desk(i, "bench" + extension, extension, clients.get(i),
                        state.waiting().get(0).callId()));
            }
            System.out.printf("%d receptionists: accounts created and logged in (paused) over SIP in %.1f s; a call"
                    + " waits in each personal queue, seen by every client %.1f s later%n", count,
                    (loggedIn - start) / 1e9, (System.nanoTime() - loggedIn) / 1e9);
            return opened;
        } catch (IOException | JMException | RuntimeException e) {
            clients.forEach(ConsoleTestClient::close);
            throw new IllegalStateException("setting up the receptionists failed: " + e, e);
        }
    }

    List<Desk> desks() {
        return desks;
    }

    int size() {
        return desks.size();
    }

    /** From now on, every STATE update goes to {@code next} on the reading thread of its client. */
    void watch(ObjLongConsumer<StateUpdate> next) {
        watcher = next;
    }

    /** From now on, every PRESENCE update goes to {@code next} on the reading thread of its client. */
    void watchPresence(PresenceWatcher next) {
        presenceWatcher = next;
    }

    /** The updates every client has read so far: STATE, PHONES and PRESENCE. */
    long[] updatesRead() {
        return new long[] {states.get(), phones.get(), presences.get()};
    }

    /** What the clients read since {@code before} (an {@link #updatesRead}), their gaps and closed links so far. */
    String readSince(long[] before) {
        long[] now = updatesRead();
        return String.format("read %,d STATE, %,d PHONES and %,d PRESENCE updates in all; %d gaps in the sequence"
                + " numbers so far, %d connections closed by the server", now[0] - before[0], now[1] - before[1],
                now[2] - before[2], gaps(), closedByServer());
    }

    /** Gaps in the sequence numbers the clients saw, in all (each one makes its client send a RESYNC). */
    int gaps() {
        return desks.stream().mapToInt(desk -> desk.client().gaps()).sum();
    }

    /** How many clients the server closed. */
    long closedByServer() {
        return desks.stream().filter(desk -> desk.client().closedByServer()).count();
    }

    @Override
    public void close() {
        desks.forEach(desk -> desk.client().close());
    }
}
