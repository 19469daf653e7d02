package org.switchboard.failover.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.switchboard.queue.model.QueueChanged;
import org.switchboard.queue.model.QueueChanged.Change;
import org.switchboard.shared.model.CallId;

class ReceptionActivityRuleTest {

    private static final Set<String> RECEPTION = Set.of("GeneralQueue", "PersonalQueue201");

    private final ReceptionActivityRule rule = new ReceptionActivityRule();

    @Test
    void aCallJoiningTheGeneralQueue_isActivity() {
        assertThat(rule.activity(joined("GeneralQueue", "1795642139.14"), RECEPTION))
                .contains(new CallId("1795642139.14"));
    }

    @Test
    void aCallJoiningAReceptionistsPersonalQueue_isActivity() {
        assertThat(rule.activity(joined("PersonalQueue201", "1795642139.20"), RECEPTION))
                .contains(new CallId("1795642139.20"));
    }

    @Test
    void aCallJoiningAQueueNoReceptionistServes_isNotActivity() {
        assertThat(rule.activity(joined("SalesQueue", "1795642139.30"), RECEPTION)).isEmpty();
    }

    @Test
    void theSameCall_countsOnce_evenThroughAnotherReceptionQueue() {
        rule.activity(joined("PersonalQueue201", "1795642139.40"), RECEPTION);

        assertThat(rule.activity(joined("GeneralQueue", "1795642139.40"), RECEPTION)).isEmpty();
        assertThat(rule.activity(joined("GeneralQueue", "1795642139.41"), RECEPTION))
                .contains(new CallId("1795642139.41"));
    }

    @Test
    void otherQueueChanges_areNotActivity_evenInAReceptionQueue() {
        for (Change change : Change.values()) {
            if (change != Change.CALLER_JOINED) {
                QueueChanged event = new QueueChanged("GeneralQueue", Instant.EPOCH, change,
                        Optional.of(new CallId("1795642139.50")), Optional.empty(), "");
                assertThat(ReceptionActivityRule.candidate(event)).as(change.name()).isFalse();
                assertThat(rule.activity(event, RECEPTION)).as(change.name()).isEmpty();
            }
        }
    }

    @Test
    void theOldestReportedCalls_areForgottenPastTheBound() {
        rule.activity(joined("GeneralQueue", "call-0"), RECEPTION);
        for (int i = 1; i <= ReceptionActivityRule.REMEMBERED; i++) {
            rule.activity(joined("GeneralQueue", "call-" + i), RECEPTION);
        }

        assertThat(rule.activity(joined("GeneralQueue", "call-" + ReceptionActivityRule.REMEMBERED), RECEPTION)).isEmpty();
        assertThat(rule.activity(joined("GeneralQueue", "call-0"), RECEPTION)).contains(new CallId("call-0"));
    }

    private static QueueChanged joined(String queue, String call) {
        return new QueueChanged(queue, Instant.parse("2026-11-26T12:00:00Z"), Change.CALLER_JOINED,
                Optional.of(new CallId(call)), Optional.empty(), "");
    }
}
