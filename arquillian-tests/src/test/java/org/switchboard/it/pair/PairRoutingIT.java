package org.switchboard.it.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.it.pair.TestGateway.Routed;
import org.switchboard.testkit.Await;

/**
 * The pair's routing of reception calls, with two real servers: while the primary's console service answers the
 * PBX's qualify the gateway sends the reception calls to the primary; when the primary dies (SIGKILL of its java
 * process) its qualify goes unanswered, the next call goes to the secondary, which stores it once, and the primary
 * started again on its data directory comes back. These hold with or without the fencing (with it, the primary
 * comes back refusing, at row 1100, which is why this class runs after {@link PairFencingIT}: the execution runs the
 * classes in alphabetical order).
 */
@Tag("pair")
@ExtendWith(PairServers.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PairRoutingIT {

    private static Pair pair;

    @BeforeAll
    static void pair(Pair started) {
        pair = started;
    }

    @Test
    @Order(1)
    void whileThePrimaryAnswersTheQualify_aReceptionCallGoesToThePrimary_andIsStoredThereOnly() {
        Await.until("the primary answering the PBX's qualify",
                () -> TestGateway.qualify(pair.primary).isPresent(), PairSite.SETTLE);

        Routed call = pair.gateway.receptionCall();

        assertThat(call.site()).isEqualTo(pair.primary.name());
        assertThat(call.qualifyStatus()).as("the primary's answer to the qualify").contains(200);
        Await.until("the call's CDR stored by the primary",
                () -> pair.primary.cdrCount(call.callId(), TestGateway.RECORDED_DAY) > 0, PairSite.SETTLE);
        assertThat(pair.primary.cdrCount(call.callId(), TestGateway.RECORDED_DAY)).isEqualTo(1);
        assertThat(pair.secondary.cdrCount(call.callId(), TestGateway.RECORDED_DAY)).isZero();
    }

    @Test
    @Order(2)
    void aPrimaryKilledWithSigkill_leavesTheQualifyUnanswered_theNextCallGoesToTheSecondary_andIsStoredOnce() {
        Await.until("the primary answering the PBX's qualify",
                () -> TestGateway.qualify(pair.primary).isPresent(), PairSite.SETTLE);
        long javaPid = pair.primary.server().pid();

        Instant failure = Instant.now();
        pair.killPrimary();
        Routed call = pair.gateway.receptionCall();
        Instant routed = Instant.now();

        assertThat(ProcessHandle.of(javaPid)).as("the primary's java process").isEmpty();
        assertThat(call.qualifyStatus()).as("the qualify of the killed primary").isEmpty();
        assertThat(call.site()).isEqualTo(pair.secondary.name());
        PairFigures.record("sigkill", "first reception call routed to the secondary", failure, routed);
        Await.until("the call's CDR stored by the secondary",
                () -> pair.secondary.cdrCount(call.callId(), TestGateway.RECORDED_DAY) > 0, PairSite.SETTLE);
        PairFigures.record("sigkill", "the secondary stored the call (CDR exported)", failure, Instant.now());

        pair.restartPrimary();

        assertThat(pair.secondary.cdrCount(call.callId(), TestGateway.RECORDED_DAY)).as("the secondary's CDRs of the call")
                .isEqualTo(1);
        assertThat(pair.primary.cdrCount(call.callId(), TestGateway.RECORDED_DAY)).as("the primary's CDRs of the call").isZero();
        assertThat(pair.primary.server().pid()).as("a new java process on the same base directory")
                .isNotEqualTo(javaPid);
    }
}
