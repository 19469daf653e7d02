package org.switchboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.console.model.Receptionist;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.queue.model.Queue;
import org.switchboard.queue.model.QueueMember;

/** The JMX check of the sessions against Asterisk's queues, for PASSIVE sessions (the other site has the duty). */
class QueueConsistencyTest {

    private static final Receptionist ANNA = new Receptionist("anna", "Anna Reception", "PJSIP/201", "201",
            "PersonalQueue201", List.of("GeneralQueue"), true);

    @Test
    void aPassiveSessionAgreesWithItsPhonePausedOrAbsent_andNotWithItUnpaused() {
        Desk.Summary passive = new Desk.Summary("anna", "s-1", "PASSIVE", false, "null", "null", "", 0);

        assertThat(QueueConsistency.differences(List.of(passive), login -> Optional.of(ANNA),
                List.of(queue("GeneralQueue", true), queue("PersonalQueue201", true)))).isEmpty();
        assertThat(QueueConsistency.differences(List.of(passive), login -> Optional.of(ANNA), List.of())).isEmpty();
        assertThat(QueueConsistency.differences(List.of(passive), login -> Optional.of(ANNA),
                List.of(queue("GeneralQueue", false), queue("PersonalQueue201", true))))
                .containsExactly("anna (PJSIP/201) in GeneralQueue: passive (the receptionists work on the other"
                        + " site), but the phone is an unpaused member");
    }

    private static Queue queue(String name, boolean paused) {
        return new Queue(name, "ringall", List.of(), List.of(new QueueMember("PJSIP/201", "Anna Reception",
                DeviceState.NOT_INUSE, paused, paused ? "passive" : "", 0, Optional.empty(), false, 0, true)));
    }
}
