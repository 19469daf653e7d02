package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.pbx.ami.AmiConnection;
import org.switchboard.pbx.ami.AmiSettings;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.scripted.AmiFaults;
import org.switchboard.pbx.scripted.Reaction;
import org.switchboard.testkit.Await;

/**
 * With the production settings, a PBX that was away (refused connections) and then could not be read (its
 * snapshots failed), several times each, is synchronised within a couple of seconds once it is back: the
 * failures before do not stretch the wait.
 */
class RecoveryAfterFailuresTest {

    private static final Duration A_COUPLE_OF_SECONDS = Duration.ofSeconds(4);
    private static final Duration LONG_WAIT = Duration.ofSeconds(20);

    private final AtomicBoolean snapshotsFail = new AtomicBoolean();
    /**
     * While {@link #snapshotsFail}, the PBX lets us log in and then drops the link instead of answering the
     * snapshot's first list (a refused list no longer fails a snapshot: the snapshot goes on without it).
     */
    private final Pipeline pipeline = Pipeline.started("startup-sync", Pipeline::productionSettings,
            server -> server.onAction("CoreShowChannels", (action, standard) -> {
                if (!snapshotsFail.get()) {
                    return standard;
                }
                CompletableFuture.runAsync(() -> AmiFaults.of(server).dropConnections());
                return Reaction.reply();
            }));

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void givenFailedConnectsThenFailedSnapshots_whenThePbxIsBack_thenSynchronisedWithinACoupleOfSeconds() {
        AmiSettings production = Pipeline.productionSettings(pipeline.server.port());
        Await.until("first snapshot", () -> pipeline.count(PbxSynchronized.class) == 1, LONG_WAIT);

        AmiFaults.of(pipeline.server).refuseConnections(true);
        AmiFaults.of(pipeline.server).dropConnections();
        long attemptsBefore = pipeline.connection.stats().reconnectAttempts();
        Await.until("two refused attempts",
                () -> pipeline.connection.stats().reconnectAttempts() >= attemptsBefore + 2, LONG_WAIT);
        snapshotsFail.set(true);
        AmiFaults.of(pipeline.server).refuseConnections(false);
        long disconnectsBefore = pipeline.connection.stats().disconnects();
        Await.until("two logins whose snapshot failed",
                () -> pipeline.connection.stats().disconnects() >= disconnectsBefore + 2, LONG_WAIT);
        assertThat(pipeline.count(PbxSynchronized.class)).isEqualTo(1);

        snapshotsFail.set(false);
        long back = System.nanoTime();
        Await.until("synchronised again", () -> pipeline.count(PbxSynchronized.class) == 2
                && pipeline.connection.state() == AmiConnection.State.CONNECTED, A_COUPLE_OF_SECONDS);
        Duration blind = Duration.ofNanos(System.nanoTime() - back);

        assertThat(blind).as("time from the PBX's return to a synchronised link")
                .isLessThanOrEqualTo(production.backoffMax().plus(production.readTimeout()));
        assertThat(pipeline.mirror.stale()).isFalse();
    }
}
