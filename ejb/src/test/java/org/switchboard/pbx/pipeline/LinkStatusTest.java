package org.switchboard.pbx.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.ConnectionEvent.PbxFullyBooted;
import org.switchboard.pbx.model.ConnectionEvent.PbxSynchronized;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.scripted.AmiMessage;

/** Whether the board can be trusted after a login: the mirror is fresh once the login's snapshot is applied. */
class LinkStatusTest {

    @Test
    void givenTheLoginsFullyBootedArrivesDuringTheFirstSnapshot_thenTheMirrorIsStillFreshAfterIt() {
        AtomicBoolean once = new AtomicBoolean();
        try (Pipeline pipeline = Pipeline.connected(server -> server.onAction("CoreShowChannels",
                (action, standard) -> once.compareAndSet(false, true)
                        ? standard.thenEmit(AmiMessage.of("Event", "FullyBooted", "Privilege", "system,all",
                                "Uptime", "130", "LastReload", "130", "Status", "Fully Booted"))
                        : standard))) {
            pipeline.flush();

            assertThat(pipeline.pbxEvents()).extracting(PbxEvent::getClass).filteredOn(type ->
                    type == PbxSynchronized.class || type == PbxFullyBooted.class).last()
                    .isEqualTo(PbxSynchronized.class);
            assertThat(pipeline.mirror.stale()).as(pipeline.mirror.status().staleReason()).isFalse();
        }
    }
}
