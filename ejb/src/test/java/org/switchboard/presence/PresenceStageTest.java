package org.switchboard.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceChanged;
import org.switchboard.presence.model.PresenceEvent;
import org.switchboard.presence.model.PresenceStatus;
import org.switchboard.presence.model.UserId;
import org.switchboard.testkit.Await;

class PresenceStageTest {

    private static final Duration SOON = Duration.ofSeconds(10);
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final RecordingOutlet outlet = new RecordingOutlet();
    private final List<PresenceEvent> toldHere = new CopyOnWriteArrayList<>();
    private final PresenceStage stage = new PresenceStage(pool, outlet, (in, event) -> toldHere.add(event));

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void changesHandedWhileATransactionRuns_shareTheNextOne_newestPerUser_andArePublishedInTheOrderHanded() {
        outlet.holdNextSave();
        stage.store(null, List.of(changed("401", 1)));
        outlet.awaitHeld();
        // while the first transaction runs, three users' changes wait: they make one batch
        stage.store(null, List.of(changed("402", 1), changed("402", 2)));
        stage.store(null, List.of(changed("403", 1)));
        stage.store(null, List.of(changed("402", 3)));
        outlet.open();
        stage.flush();

        assertThat(outlet.transactions).containsExactly(List.of("401@1"), List.of("402@3", "403@1"));
        assertThat(outlet.log).containsExactly("store 401@1", "publish 401@1", "store 402@3,403@1",
                "publish 402@1", "publish 402@2", "publish 403@1", "publish 402@3");
    }

    @Test
    void aContinuation_runsOnlyOnceEverythingHandedBeforeIsPublished() throws Exception {
        outlet.holdNextSave();
        stage.store(null, List.of(changed("404", 1)));
        outlet.awaitHeld();
        CountDownLatch done = new CountDownLatch(1);
        stage.then(() -> {
            outlet.log.add("then");
            done.countDown();
        });
        assertThat(done.getCount()).isEqualTo(1);

        outlet.open();
        done.await();

        assertThat(outlet.log).containsExactly("store 404@1", "publish 404@1", "then");
    }

    @Test
    void aContinuation_runsAtOnce_whenNothingWaits() {
        List<String> ran = new ArrayList<>();
        stage.then(() -> ran.add(Thread.currentThread().getName()));

        assertThat(ran).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aBatchWhoseTransactionFails_isStoredUserByUser_andEveryChangeIsPublishedAll() {
        outlet.refuse = "406";
        outlet.holdNextSave();
        stage.store(null, List.of(changed("405", 1)));
        outlet.awaitHeld();
        stage.store(null, List.of(changed("406", 1)));
        stage.store(null, List.of(changed("407", 1)));
        outlet.open();
        stage.flush();

        assertThat(outlet.stored).containsOnlyKeys("405", "407");
        assertThat(outlet.log).filteredOn(line -> line.startsWith("publish"))
                .containsExactly("publish 405@1", "publish 406@1", "publish 407@1");
    }

    @Test
    void anEventThatCannotBePublished_isToldToThisNodesWatchers_andTheOthersStillGo() {
        outlet.unsendable = "409";
        stage.store(null, List.of(changed("408", 1)));
        stage.store(null, List.of(changed("409", 1)));
        stage.store(null, List.of(changed("410", 1)));
        stage.flush();

        assertThat(toldHere).extracting(event -> event.user().value()).containsExactly("409");
        assertThat(outlet.log).filteredOn(line -> line.startsWith("publish"))
                .containsExactly("publish 408@1", "publish 410@1");
    }

    @Test
    void flush_waitsUntilWhatWasHandedIsStoredAndPublished() throws Exception {
        outlet.holdNextSave();
        stage.store(null, List.of(changed("411", 1)));
        outlet.awaitHeld();
        CountDownLatch flushed = new CountDownLatch(1);
        Thread restart = new Thread(() -> {
            stage.flush();
            flushed.countDown();
        });
        restart.start();
        Await.until("the flush waits", () -> restart.getState() == Thread.State.WAITING, SOON);
        assertThat(flushed.getCount()).isEqualTo(1);

        outlet.open();
        flushed.await();

        assertThat(outlet.log).containsExactly("store 411@1", "publish 411@1");
    }

    private static PresenceChanged changed(String user, long version) {
        return new PresenceChanged(new Presence(new UserId(user), PresenceStatus.AVAILABLE, "", Map.of(), false,
                version, NOW), "login passive:" + user);
    }

    private static String label(Presence presence) {
        return presence.user().value() + "@" + presence.version();
    }

    /** Records what the stage stores and publishes; can hold a transaction, refuse a user, fail an event. */
    private static final class RecordingOutlet implements PresenceStage.Outlet {
        final List<String> log = new CopyOnWriteArrayList<>();
        final List<List<String>> transactions = new CopyOnWriteArrayList<>();
        final Map<String, Presence> stored = new ConcurrentHashMap<>();
        volatile String refuse = "";
        volatile String unsendable = "";
        private volatile CountDownLatch held;
        private final CountDownLatch opened = new CountDownLatch(1);

        void holdNextSave() {
            held = new CountDownLatch(1);
        }

        void awaitHeld() {
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void open() {
            opened.countDown();
        }

        @Override
        public void saveAll(List<Presence> newest) {
            List<String> labels = newest.stream().map(PresenceStageTest::label).toList();
            log.add("store " + String.join(",", labels));
            transactions.add(labels);
            CountDownLatch hold = held;
            if (hold != null && hold.getCount() > 0) {
                hold.countDown();
                try {
                    opened.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (newest.stream().anyMatch(presence -> presence.user().value().equals(refuse))) {
                throw new IllegalStateException("the commit failed");
            }
            newest.forEach(presence -> stored.put(presence.user().value(), presence));
        }

        @Override
        public void save(Presence presence) {
            if (presence.user().value().equals(refuse)) {
                throw new IllegalStateException("a constraint of " + refuse);
            }
            stored.put(presence.user().value(), presence);
        }

        @Override
        public void publishAll(List<PresenceEvent> events, BiConsumer<PresenceEvent, Exception> notSent) {
            for (PresenceEvent event : events) {
                if (event.user().value().equals(unsendable)) {
                    notSent.accept(event, new IllegalStateException("the broker refused it"));
                } else {
                    log.add("publish " + label(event.presence()));
                }
            }
        }
    }
}
