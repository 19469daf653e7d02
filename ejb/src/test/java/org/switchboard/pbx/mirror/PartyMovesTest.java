package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.pbx.model.PbxEvents.caller;
import static org.switchboard.pbx.model.PbxEvents.channel;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.shared.model.Move;

/** Each party state change comes out of the mirror as a move the service can log, with its ids. */
class PartyMovesTest {

    private final PbxMirror mirror = new PbxMirror();
    private final PbxEvents pbx = new PbxEvents();

    @Test
    void givenAPhoneGoesOffHookAndIsAnswered_thenEachStateChangeIsAMoveWithTheCallAndChannel() {
        ChannelRef phone = channel("PJSIP/203-00000008", "1795300732.10");

        Applied created = mirror.apply(pbx.inbound(phone, caller("203", ""), "internal", "204"));
        Applied repeated = mirror.apply(pbx.state(phone, ChannelState.RING));

        assertThat(created.moves()).singleElement().satisfies(move -> {
            assertThat(move.callId()).contains(phone.callId());
            assertThat(move.channelId()).contains(phone.id());
            assertThat(move.toString()).isEqualTo("PJSIP/203-00000008: NULL --CREATED_INBOUND--> INITIATED");
        });
        assertThat(repeated.moves()).extracting(Move::to).doesNotContain("INITIATED");
    }
}
