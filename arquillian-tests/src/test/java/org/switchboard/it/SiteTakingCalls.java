package org.switchboard.it;

import java.time.Duration;
import java.time.Instant;

import org.switchboard.failover.Fencing;
import org.switchboard.health.HealthBoard;
import org.switchboard.health.model.Probe;
import org.switchboard.health.model.ProbeLevel;
import org.switchboard.health.model.ProbeReading;
import org.switchboard.pbx.scripted.ScriptedAmiServer;
import org.switchboard.testkit.Await;

/**
 * In the container: brings the single primary of the test server to taking calls, as an operator would. It
 * starts the scripted PBX, waits until the server has logged in to it and the console availability probe has read
 * OK since (PBX link up, model live; a reading from before, when an earlier test's PBX was still up, does not
 * count), then activates the console service (the manual recovery: an earlier test that stopped its PBX left this primary
 * SMITHed, durably) and waits for the verdict. Closing it stops the PBX, after which the primary SMITHs again.
 */
public final class SiteTakingCalls implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ScriptedAmiServer pbx;

    private SiteTakingCalls(ScriptedAmiServer pbx) {
        this.pbx = pbx;
    }

    public static SiteTakingCalls start(HealthBoard board, Fencing fencing) {
        ScriptedAmiServer pbx = ScriptedPbx.start();
        try {
            Await.until("the server logged in to the scripted PBX", () -> pbx.logins() > 0, PATIENCE);
            Instant loggedIn = Instant.now();
            Await.until("the console availability probe OK since the log in", () -> board.latest().stream()
                    .filter(reading -> reading.probe() == Probe.CONSOLE_AVAILABILITY)
                    .filter(reading -> reading.at().isAfter(loggedIn)).map(ProbeReading::level)
                    .anyMatch(level -> level == ProbeLevel.OK), PATIENCE);
            fencing.activate();
            Await.until("the site taking calls", () -> board.verdict().takesCalls(), PATIENCE);
            return new SiteTakingCalls(pbx);
        } catch (RuntimeException | AssertionError e) {
            pbx.close();
            throw e;
        }
    }

    @Override
    public void close() {
        pbx.close();
    }
}
