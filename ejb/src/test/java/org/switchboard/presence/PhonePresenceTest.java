package org.switchboard.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.DeviceState;
import org.switchboard.phone.model.Phone;
import org.switchboard.phone.model.PhoneStatus;
import org.switchboard.phone.model.Registration;
import org.switchboard.presence.model.Presence;
import org.switchboard.presence.model.PresenceEvent;

class PhonePresenceTest {

    /** Runs what is queued only when asked, one task at a time: the lanes' order made visible. */
    private final ArrayDeque<Runnable> queued = new ArrayDeque<>();
    private final PresenceWork work = new PresenceWork(queued::add,
            Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC), new NothingKept());

    @Test
    void aReconcileOfManyPhones_queuesAChunkAtATime_soOtherChangesGetInBetween_andStillLogsEveryPhoneIn() {
        List<Phone> picture = IntStream.range(0, 1_000).mapToObj(i -> new Phone("PJSIP/" + (10_000 + i),
                PhoneStatus.IDLE, DeviceState.NOT_INUSE, Registration.REGISTERED, Optional.empty())).toList();
        PhonePresence phones = new PhonePresence(work, () -> picture, () -> false, Duration.ofMinutes(10));

        phones.reconcile("a test");

        assertThat(work.userBacklog()).isEqualTo(PhonePresence.CHUNK);
        int mostWaiting = 0;
        while (!queued.isEmpty()) {
            queued.poll().run();
            mostWaiting = Math.max(mostWaiting, work.userBacklog());
        }
        assertThat(mostWaiting).isLessThanOrEqualTo(PhonePresence.CHUNK);
        assertThat(work.state().directory().usersOnline()).hasSize(1_000);
    }

    private static final class NothingKept implements PresenceStage.Outlet {
        @Override
        public void saveAll(List<Presence> newest) {
        }

        @Override
        public void save(Presence presence) {
        }

        @Override
        public void publishAll(List<PresenceEvent> events, BiConsumer<PresenceEvent, Exception> notSent) {
        }
    }
}
