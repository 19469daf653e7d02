package org.switchboard.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.call.model.Direction;
import org.switchboard.cdr.CdrService;
import org.switchboard.cdr.model.CallDetailRecord;
import org.switchboard.cdr.model.Disposition;
import org.switchboard.it.ShippedEar;
import org.switchboard.shared.model.CallId;

/**
 * A call's record is stored exactly once, with the same SQL on H2 and on PostgreSQL (the database two sites may
 * share): a second record of the same call (the other site's) is ignored and the first stays, two sites storing
 * the same calls at the same moment from two transactions both succeed and leave one row each, and a refused
 * duplicate neither logs an error nor dooms the caller's transaction.
 */
@ExtendWith(ArquillianExtension.class)
class CallRecordStoreIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ShippedEar.withTestsOf(CallRecordStoreIT.class);
    }

    @Inject
    CdrService cdrs;

    @Resource
    ManagedExecutorService executor;

    @Resource
    UserTransaction transaction;

    private static CallDetailRecord record(String callId, String answeredBy) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new CallDetailRecord(new CallId(callId), "+3225550101", "External Caller", "9000", start,
                Optional.of(start.plusSeconds(4)), start.plusSeconds(30), Duration.ofSeconds(4), Duration.ofSeconds(26),
                Disposition.ANSWERED, Direction.INBOUND, Optional.of("GeneralQueue"), Optional.of(answeredBy),
                "PJSIP/trunk-00000001", "PJSIP/202-00000002", "reception", "Queue", "GeneralQueue", "", false);
    }

    private static String newCallId() {
        return "it." + UUID.randomUUID();
    }

    @Test
    @Tag("database")
    void givenAStoredRecord_whenTheSameCallIsStoredAgain_thenItIsIgnoredAndTheFirstRecordStaysAsStored() {
        String call = newCallId();
        CallDetailRecord first = record(call, "PJSIP/202");

        assertThat(cdrs.record(first)).isTrue();
        assertThat(cdrs.record(record(call, "PJSIP/201"))).isFalse();

        assertThat(cdrs.find(new CallId(call))).contains(first);
    }

    @Test
    @Tag("database")
    void givenACallersTransaction_whenItStoresADuplicate_thenItsTransactionStaysActive() throws Exception {
        String call = newCallId();
        assertThat(cdrs.record(record(call, "PJSIP/202"))).isTrue();
        String other = newCallId();

        transaction.begin();
        try {
            assertThat(cdrs.record(record(call, "PJSIP/201"))).isFalse();
            assertThat(transaction.getStatus()).isEqualTo(Status.STATUS_ACTIVE);
            assertThat(cdrs.record(record(other, "PJSIP/201"))).isTrue();
        } finally {
            transaction.commit();
        }

        assertThat(cdrs.find(new CallId(other))).isPresent();
    }

    @Test
    @Tag("database")
    void givenTwoSitesStoringTheSameCallsAtTheSameMoment_thenBothSucceedEachCallHasOneRowAndNoErrorIsLogged()
            throws Exception {
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(newCallId());
        }
        CyclicBarrier together = new CyclicBarrier(2);
        LogWatch log = LogWatch.start();
        try {
            Future<List<Boolean>> siteA = executor.submit(() -> storeAll(calls, "PJSIP/201", together));
            Future<List<Boolean>> siteB = executor.submit(() -> storeAll(calls, "PJSIP/202", together));

            List<Boolean> a = siteA.get();
            List<Boolean> b = siteB.get();
            for (int i = 0; i < calls.size(); i++) {
                assertThat(a.get(i) ^ b.get(i)).as("exactly one site stored %s", calls.get(i)).isTrue();
                String winner = a.get(i) ? "PJSIP/201" : "PJSIP/202";
                assertThat(cdrs.find(new CallId(calls.get(i)))).hasValueSatisfying(stored ->
                        assertThat(stored.answeredBy()).as("the first stored wins").contains(winner));
            }
        } finally {
            log.stop();
        }
        assertThat(log.errorsOrWarningsAbout(calls)).as("warnings and errors naming the calls").isEmpty();
        assertThat(log.duplicatesNoted()).as("SWB5005 lines").containsExactlyInAnyOrderElementsOf(calls);
    }

    private List<Boolean> storeAll(List<String> calls, String answeredBy, CyclicBarrier together) throws Exception {
        List<Boolean> stored = new ArrayList<>();
        for (String call : calls) {
            together.await();
            stored.add(cdrs.record(record(call, answeredBy)));
        }
        return stored;
    }
}
