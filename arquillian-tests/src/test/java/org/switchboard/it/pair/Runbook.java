package org.switchboard.it.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.switchboard.testkit.Await;

/**
 * The seed's recovery runbook as the pair's tests run it after a failover (docs/runbook-recovery.md), and the check of
 * the fencing row on both sites that its steps wait on. Shared by the failover scenarios ({@link PairFencingIT}) and
 * the browser's switch ({@link PairBrowserIT}), which differ only in how the consoles are watched ({@link Desks}).
 */
final class Runbook {

    static final String ROW_ZERO = "0000";
    /** How long each step of a failover or of the recovery may take to show. */
    static final Duration STEP = Duration.ofSeconds(30);

    /** Where the receptionists' consoles work, as the test watches them. */
    interface Desks {

        /** Waits until the consoles work on {@code site}; returns when they did. */
        Instant awaitWorking(PairSite site);

        /** Waits until the consoles' sessions on {@code site} are PASSIVE; returns when that was seen. */
        Instant awaitPassive(PairSite site);
    }

    private Runbook() {
    }

    /**
     * The seed's runbook: the primary's parts healthy again (only its flags keep it refusing), secondary deactivate,
     * primary activate, consoles back to the primary, secondary activate.
     */
    static void recovers(Pair pair, String scenario, Desks consoles) {
        Await.until(scenario + ": recovery, the primary's parts healthy (its PartsVerdict available)",
                () -> "available".equals(pair.primary.attributeOrNull("Health", "PartsVerdict")), STEP);
        assertThat(pair.primary.attribute("ConsoleService", "TakesCalls")).as("the primary before its activate")
                .isEqualTo(false);
        pair.secondary.invoke("ConsoleService", "deactivate");
        awaitRows(pair, "1110", scenario + ": recovery, the secondary deactivated: row 1110");
        assertThat(pair.secondary.attribute("ConsoleService", "ActivityDetected")).as("activity forgotten")
                .isEqualTo(false);

        pair.primary.invoke("ConsoleService", "activate");
        awaitRows(pair, "0010", scenario + ": recovery, the primary activated: row 0010");
        assertThat(pair.primary.attribute("ConsoleService", "TakesCalls")).isEqualTo(true);
        consoles.awaitWorking(pair.primary);

        pair.secondary.invoke("ConsoleService", "activate");
        awaitRows(pair, ROW_ZERO, scenario + ": recovered: row 0000");
        consoles.awaitPassive(pair.secondary);
        assertThat(pair.gateway.receptionCall().site()).as("the first call after the recovery")
                .isEqualTo(pair.primary.name());
    }

    /** Waits until the ConsoleService of both sites shows {@code row} (valid); says what they showed if not. */
    static void awaitRows(Pair pair, String row, String description) {
        try {
            Await.until(description, () -> row.equals(pair.primary.attributeOrNull("ConsoleService", "Row"))
                    && row.equals(pair.secondary.attributeOrNull("ConsoleService", "Row")), STEP);
        } catch (AssertionError e) {
            throw new AssertionError(description + ": primary shows " + pair.primary.attributeOrNull("ConsoleService",
                    "Status") + "; secondary shows " + pair.secondary.attributeOrNull("ConsoleService", "Status"), e);
        }
        assertThat(pair.primary.attribute("ConsoleService", "RowValid")).isEqualTo(true);
        assertThat(pair.secondary.attribute("ConsoleService", "RowValid")).isEqualTo(true);
    }
}
