package org.switchboard.it.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.pair.TestGateway.Routed;
import org.switchboard.pbx.scripted.AmiFaults;
import org.switchboard.testkit.Await;

/**
 * The pair's failover and recovery with the fencing flags, as the seed's table and runbook say: each failure of the
 * primary (its AMI link dies, its database breaks, it is deactivated by hand, its PBX deadlocks, it is killed) makes
 * it refuse the PBX's qualify, the next reception call goes to the secondary, which sees the activity, demands
 * STONITH, and takes the consoles (her session there leaves PASSIVE, the one on the primary becomes PASSIVE); the
 * flags reach row 1100 on both sites; the call is stored once, by the secondary. The manual recovery (secondary
 * deactivate, primary activate, consoles back to the primary, secondary activate) brings the pair back to row 0000.
 * A primary that comes back by itself after a kill stays refusing (no flapping); a split of the cluster link leaves
 * neither both sites refusing nor both active.
 *
 * <p>Reads the contracts of issue 11 (session 4): the {@code ConsoleService} and {@code Pair} MXBeans, the flag
 * files, PASSIVE sessions. Needs H1 (verdict, fencing, qualify silence, MXBean), H2 (the probes: database
 * consistency, the PBX self test against the scripted PBX's SIP side), H3 (the pair link: STONITH through the
 * cluster, activity, PeerInView) and H4 (PASSIVE sessions).
 */
@Tag("pair")
@ExtendWith(PairServers.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PairFencingIT {

    static final String ROW_ZERO = Runbook.ROW_ZERO;
    static final Duration FAILOVER = Runbook.STEP;

    private static Pair pair;
    private static PairConsoles consoles;

    @BeforeAll
    static void pair(Pair started) {
        pair = started;
        awaitRows(ROW_ZERO, "both sites normal at start");
        consoles = PairConsoles.logIn(pair);
    }

    @AfterAll
    static void logOut() {
        if (consoles != null) {
            consoles.close();
        }
    }

    /** Every scenario starts from row 0000: the primary takes the calls and the consoles work there. */
    @BeforeEach
    void normal() {
        awaitRows(ROW_ZERO, "row 0000 before the scenario");
        assertThat(pair.primary.attribute("ConsoleService", "TakesCalls")).isEqualTo(true);
        assertThat(TestGateway.qualify(pair.primary)).as("the primary's answer to the qualify").contains(200);
        consoles.awaitWorking(pair, pair.primary);
        consoles.awaitPassive(pair, pair.secondary);
    }

    @Test
    @Order(1)
    void thePrimarysAmiLinkDies_theCallsAndConsolesGoToTheSecondary_row1100_thenTheRecoveryBringsRow0000() {
        Instant failure = Instant.now();
        pair.primary.cutAmiLink();

        failsOver("ami-link-dies", failure);

        pair.primary.restoreAmiLink();
        pair.primary.awaitAmiConnected();
        recovers("ami-link-dies");
    }

    /** The table of the receptionist accounts renamed away through the primary's own datasource ({@link DatabaseFault}). */
    @Test
    @Order(2)
    void thePrimarysDatabaseBreaks_theCallsAndConsolesGoToTheSecondary_row1100_thenTheRecoveryBringsRow0000() {
        Instant failure = Instant.now();
        DatabaseFault.breakOn(pair.primary);

        failsOver("database-breaks", failure);

        DatabaseFault.repairOn(pair.primary);
        recovers("database-breaks");
    }

    @Test
    @Order(3)
    void thePrimaryDeactivatedByHand_theCallsAndConsolesGoToTheSecondary_row1100_thenTheRecoveryBringsRow0000() {
        Instant failure = Instant.now();
        String status = (String) pair.primary.invoke("ConsoleService", "deactivate");

        assertThat(status).as("the primary's status line after deactivate").contains("deactivated");
        assertThat(pair.primary.attribute("ConsoleService", "OwnFlags")).isEqualTo("10");
        failsOver("deactivated-by-hand", failure);

        recovers("deactivated-by-hand");
    }

    /** The primary's PBX plays a deadlocked Asterisk: its sockets stay open, nothing is answered (the PBX self test). */
    @Test
    @Order(4)
    void thePrimarysPbxDeadlocks_theCallsAndConsolesGoToTheSecondary_row1100_thenTheRecoveryBringsRow0000() {
        AmiFaults pbx = AmiFaults.of(pair.primary.pbx());
        Instant failure = Instant.now();
        pbx.freeze();

        try {
            failsOver("pbx-deadlocked", failure);
        } finally {
            pbx.thaw();
        }

        pair.primary.awaitAmiConnected();
        recovers("pbx-deadlocked");
    }

    @Test
    @Order(5)
    void aKilledPrimary_losesTheCallsAndConsolesToTheSecondary_andStartedAgainStaysRefusing_untilTheRecovery() {
        Instant failure = Instant.now();
        pair.killPrimary();

        Routed call = pair.gateway.receptionCall();
        assertThat(call.site()).as("the first call after the kill").isEqualTo(pair.secondary.name());
        PairFigures.record("sigkill", "first reception call routed to the secondary", failure, Instant.now());
        awaitStoredOnceBySecondary(call, "sigkill", failure);
        PairFigures.record("sigkill", "every console switched (working on the secondary)", failure,
                consoles.awaitWorking(pair, pair.secondary));
        Await.until("the secondary detected the activity and demands STONITH",
                () -> Boolean.TRUE.equals(pair.secondary.attributeOrNull("ConsoleService", "ActivityDetected")), FAILOVER);
        assertThat(pair.secondary.attribute("ConsoleService", "ConsolesWorkHere")).isEqualTo(true);

        pair.restartPrimary();

        assertThat(TestGateway.qualify(pair.primary)).as("the qualify of the primary started again").isEmpty();
        awaitRows("1100", "the primary started again heard the STONITH demand: row 1100");
        assertThat(pair.primary.attribute("ConsoleService", "TakesCalls")).isEqualTo(false);
        assertThat(flagFile(pair.primary, "STONITH")).as("the primary's durable STONITH flag").isEqualTo("1");
        assertThat(flagFile(pair.primary, "SMITH")).as("the primary's durable SMITH flag").isEqualTo("1");
        for (int next = 0; next < 3; next++) {
            assertThat(pair.gateway.receptionCall().site()).as("no flapping: call %d after the restart", next + 1)
                    .isEqualTo(pair.secondary.name());
        }
        consoles.logInAgainOnThePrimary(pair);
        consoles.awaitPassive(pair, pair.primary);
        assertThat(pair.primary.cdrCount(call.callId(), TestGateway.RECORDED_DAY)).isZero();

        recovers("sigkill");
    }

    @Test
    @Order(6)
    void aSplitOfTheClusterLink_leavesThePrimaryTakingTheCallsAndTheSecondaryInactive_andHealsBackToRow0000() {
        pair.splitClusterLink();
        try {
            Await.until("both sites lost each other from the JGroups view",
                    () -> Boolean.FALSE.equals(pair.primary.attributeOrNull("Pair", "PeerInView"))
                            && Boolean.FALSE.equals(pair.secondary.attributeOrNull("Pair", "PeerInView")), Pair.CLUSTER_CHANGE);

            assertThat(pair.primary.attribute("ConsoleService", "TakesCalls")).as("the primary refusing?")
                    .isEqualTo(true);
            assertThat(pair.primary.attribute("ConsoleService", "ConsolesWorkHere")).isEqualTo(true);
            assertThat(pair.secondary.attribute("ConsoleService", "ConsolesWorkHere")).as("both sites active?")
                    .isEqualTo(false);
            Routed call = pair.gateway.receptionCall();
            assertThat(call.site()).as("a reception call during the split").isEqualTo(pair.primary.name());
            assertThat(pair.secondary.attribute("ConsoleService", "ActivityDetected")).isEqualTo(false);
        } finally {
            pair.healClusterLink();
        }
        Await.until("both sites see each other again",
                () -> Boolean.TRUE.equals(pair.primary.attributeOrNull("Pair", "PeerInView"))
                        && Boolean.TRUE.equals(pair.secondary.attributeOrNull("Pair", "PeerInView")), Pair.CLUSTER_CHANGE);
        awaitRows(ROW_ZERO, "row 0000 after the split healed");
    }

    /**
     * After a failure of the primary at {@code failure}: its qualify goes silent, the next reception call goes to the
     * secondary and is stored once there, the consoles switch, and both sites show row 1100.
     */
    private static void failsOver(String scenario, Instant failure) {
        Await.until(scenario + ": the primary stops answering the PBX's qualify",
                () -> TestGateway.qualify(pair.primary).isEmpty(), FAILOVER);
        PairFigures.record(scenario, "the primary refuses (its qualify unanswered)", failure, Instant.now());
        assertThat((String) pair.primary.attribute("ConsoleService", "Verdict")).startsWith("refusing");

        Routed call = pair.gateway.receptionCall();
        assertThat(call.site()).as("the next reception call").isEqualTo(pair.secondary.name());
        PairFigures.record(scenario, "first reception call routed to the secondary", failure, Instant.now());
        awaitStoredOnceBySecondary(call, scenario, failure);
        PairFigures.record(scenario, "every console switched (working on the secondary)", failure,
                consoles.awaitWorking(pair, pair.secondary));
        consoles.awaitPassive(pair, pair.primary);

        awaitRows("1100", scenario + ": failover mode, STONITH demanded and stored: row 1100");
        assertSitePagesShow("1100");
        assertThat(pair.primary.attribute("ConsoleService", "TakesCalls")).isEqualTo(false);
        assertThat(pair.secondary.attribute("ConsoleService", "ActivityDetected")).isEqualTo(true);
        assertThat(pair.secondary.attribute("ConsoleService", "ConsolesWorkHere")).isEqualTo(true);
        assertThat(pair.primary.attribute("ConsoleService", "ConsolesWorkHere")).isEqualTo(false);
        assertThat(pair.primary.cdrCount(call.callId(), TestGateway.RECORDED_DAY)).as("the primary's CDRs of it")
                .isZero();
    }

    /** The seed's runbook ({@link Runbook#recovers}). */
    private static void recovers(String scenario) {
        Runbook.recovers(pair, scenario, consoles);
    }

    /**
     * The admin console's Site page of each site shows the pair: its row (valid, marked in the table), where the
     * consoles work, and the other site as heard over the pair link.
     */
    private static void assertSitePagesShow(String row) {
        for (PairSite site : new PairSite[] {pair.primary, pair.secondary}) {
            PairSite other = site == pair.primary ? pair.secondary : pair.primary;
            String page = site.server().page("/switchboard/site.xhtml");
            assertThat(page).as(site.name() + "'s Site page").containsPattern("<dd id=\"fencing-row\"[^>]*>" + row
                    + "[^<]{1,12}valid").containsPattern("(▶|&#9654;|&#x25[bB]6;) " + row).contains("<dd id=\"peer\">" + other.name() + " (")
                    .doesNotContain("#{");
        }
        assertThat(pair.primary.server().page("/switchboard/site.xhtml"))
                .contains("<dd id=\"console-duty\">do not work on this site (sessions PASSIVE)</dd>")
                .containsPattern("<dd id=\"peer\">" + pair.secondary.name() + " \\([^<]*; demands STONITH of the primary");
        assertThat(pair.secondary.server().page("/switchboard/site.xhtml"))
                .contains("<dd id=\"console-duty\">work on this site</dd>")
                .containsPattern("<dd id=\"peer\">" + pair.primary.name() + " \\([^<]*\\): refuses calls");
    }

    private static void awaitStoredOnceBySecondary(Routed call, String scenario, Instant failure) {
        Await.until(scenario + ": the call's CDR stored by the secondary",
                () -> pair.secondary.cdrCount(call.callId(), TestGateway.RECORDED_DAY) > 0, FAILOVER);
        PairFigures.record(scenario, "the secondary stored the call (CDR exported)", failure, Instant.now());
        assertThat(pair.secondary.cdrCount(call.callId(), TestGateway.RECORDED_DAY)).isEqualTo(1);
    }

    private static void awaitRows(String row, String description) {
        Runbook.awaitRows(pair, row, description);
    }

    private static String flagFile(PairSite site, String flag) {
        Path file = site.server().base().resolve("data/switchboard/fencing").resolve(flag);
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
