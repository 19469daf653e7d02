package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.ContactStatus;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.pbx.model.PbxSnapshot;
import org.switchboard.phone.model.Phone;

/** While the link is down the picture says it is stale and why, and a phone is not shown as plainly registered. */
class StalePictureTest {

    private final PbxEvents pbx = new PbxEvents();
    private final PbxMirror mirror = new PbxMirror();

    @Test
    void givenARegisteredPhone_whenTheLinkDrops_thenTheSummarySaysStaleAndWhyAndTheRegistrationIsLastKnown() {
        mirror.apply(pbx.synchronize(new PbxSnapshot(Instant.parse("2026-11-25T09:00:00Z"), List.of(), List.of(),
                List.of(), Map.of(), List.of(new PbxSnapshot.Contact("PJSIP/201", "201", "sip:201@127.0.0.1:5061",
                        ContactStatus.REACHABLE)))));
        Phone phone = mirror.phone("PJSIP/201").orElseThrow();
        assertThat(mirror.status().summary()).startsWith("live, synchronised at ");
        assertThat(phone.registrationShown(mirror.stale())).isEqualTo("registered");

        mirror.apply(pbx.disconnected());

        assertThat(mirror.status().summary()).startsWith("stale (AMI disconnected: connection reset); shown as last known")
                .contains("last synchronised at ");
        assertThat(mirror.phone("PJSIP/201").orElseThrow().registrationShown(mirror.stale()))
                .isEqualTo("registered (last known, stale)");
    }

    @Test
    void givenNeverSynchronised_thenTheSummarySaysSo() {
        assertThat(mirror.status().summary()).isEqualTo("stale (not synchronised yet); shown as last known, never synchronised");
    }
}
