package org.switchboard.web.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.switchboard.presence.model.IntegrationName;

/** A passive login's wire id and its directory id, and why one integration cannot reach another's logins. */
class PassiveLoginIdsTest {

    @Test
    void theDirectoryIdNamesTheIntegrationAndTheWireIdIsTheUuid() {
        UUID id = UUID.fromString("0b8e4c1e-5a1f-4c5e-9a43-1d1f0f7c2a10");

        assertThat(PassiveLoginIds.loginId(new IntegrationName("cti-1"), id).value())
                .isEqualTo("passive:cti-1:0b8e4c1e-5a1f-4c5e-9a43-1d1f0f7c2a10");
        assertThat(PassiveLoginIds.wireId(PassiveLoginIds.loginId(new IntegrationName("cti-1"), id)))
                .isEqualTo(id.toString());
    }

    @Test
    void theSameUuidOfAnotherIntegrationIsAnotherLogin() {
        UUID id = UUID.randomUUID();

        assertThat(PassiveLoginIds.loginId(new IntegrationName("cti-1"), id))
                .isNotEqualTo(PassiveLoginIds.loginId(new IntegrationName("cti-2"), id));
    }

    @Test
    void theLongestIntegrationNameStillMakesALoginId() {
        IntegrationName longest = new IntegrationName("n".repeat(IntegrationName.MAX_LENGTH));

        assertThat(PassiveLoginIds.loginId(longest, UUID.randomUUID()).value()).hasSizeLessThan(160);
    }
}
