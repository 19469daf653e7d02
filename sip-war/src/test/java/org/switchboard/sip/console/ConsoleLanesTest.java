package org.switchboard.sip.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.ConsoleMediaTypes;
import org.switchboard.sip.SipLanes;

class ConsoleLanesTest {

    private static final String HOLD = "{\"command\":\"HOLD\",\"seq\":7,\"line\":1}";

    /** Runs tasks at once, or keeps them while held. */
    private static final class Gate implements Executor {
        private final List<Runnable> held = new ArrayList<>();
        private boolean holding;

        @Override
        public synchronized void execute(Runnable task) {
            if (holding) {
                held.add(task);
            } else {
                new Thread(task, "gate").start();
            }
        }

        synchronized void hold() {
            holding = true;
        }

        void release() {
            List<Runnable> tasks;
            synchronized (this) {
                holding = false;
                tasks = List.copyOf(held);
                held.clear();
            }
            tasks.forEach(this::execute);
        }
    }

    private final Gate gate = new Gate();
    private final ConsoleEndpoint server = new ConsoleEndpoint(gate);

    @AfterEach
    void stop() {
        gate.release();
        server.close();
    }

    @Test
    void givenEveryLaneSlotTaken_whenACommandComes_then503WithRetryAfter_andOptionsAndTheWaitingCommandAreStillAnswered()
            throws Exception {
        try (ConsoleClient client = server.loggedIn("anna")) {
            gate.hold();
            // the first command of a lane takes a worker (held at the gate); the others wait in the lane
            long[] waiting = new long[SipLanes.CAPACITY];
            for (int i = 0; i < waiting.length; i++) {
                waiting[i] = client.sendOnly("MESSAGE", ConsoleMediaTypes.COMMAND, HOLD, "Switchboard-Session: s-anna");
            }

            SipText refused = client.command(HOLD);
            SipText options = client.options();
            gate.release();
            for (long number : waiting) {
                assertThat(client.awaitResponse(number).status()).isEqualTo(200);
            }

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.reason()).isEqualTo("Server busy, retry later");
            assertThat(refused.header("Retry-After")).hasValue("5");
            assertThat(options.status()).isEqualTo(200);
            assertThat(server.desk.submitted).hasSize(SipLanes.CAPACITY);
        }
    }
}
