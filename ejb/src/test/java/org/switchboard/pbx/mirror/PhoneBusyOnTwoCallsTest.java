package org.switchboard.pbx.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.pbx.model.PbxEvents.caller;
import static org.switchboard.pbx.model.PbxEvents.channel;
import static org.switchboard.pbx.model.PbxEvents.leg;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.PbxEvent;
import org.switchboard.pbx.model.PbxEvents;
import org.switchboard.phone.model.PhoneStatus;

/**
 * A phone with two calls at once (talking internally while an external call rings it) is busy while it
 * talks, then ringing while only the other call rings it, then idle: its status follows every call on it,
 * not only the last one, and busy wins over ringing.
 */
class PhoneBusyOnTwoCallsTest {

    private final PbxMirror mirror = new PbxMirror();
    private final PbxEvents pbx = new PbxEvents();

    @Test
    void givenInternalCallThenExternalCallRinging_whenTheInternalOneEnds_thenThePhoneRingsExternal() {
        ChannelRef desk = channel("PJSIP/201-00000001", "1795300800.1");
        ChannelRef colleague = leg("PJSIP/203-00000002", "1795300800.2", desk);
        ChannelRef trunk = channel("PJSIP/trunk-00000003", "1795300801.3");
        ChannelRef deskAgain = leg("PJSIP/201-00000004", "1795300801.4", trunk);

        apply(pbx.inbound(desk, caller("201", ""), "internal", "203"), pbx.outbound(colleague, caller("203", "")),
                pbx.dial(desk, colleague), pbx.state(colleague, ChannelState.UP),
                pbx.dialEnd(desk, colleague, "ANSWER"), pbx.state(desk, ChannelState.UP),
                pbx.enter(colleague, "b-1", 1), pbx.enter(desk, "b-1", 2));
        assertThat(status("PJSIP/201")).isEqualTo(PhoneStatus.BUSY_INTERNAL);

        apply(pbx.inbound(trunk, caller("+3225550199", "Caller"), "from-trunk", "201"),
                pbx.outbound(deskAgain, caller("201", "")), pbx.dial(trunk, deskAgain),
                pbx.state(deskAgain, ChannelState.RINGING));
        assertThat(status("PJSIP/201")).as("talking and ringing").isEqualTo(PhoneStatus.BUSY_INTERNAL);

        apply(pbx.leave(colleague, "b-1", 1), pbx.leave(desk, "b-1", 0), pbx.hangup(colleague), pbx.hangup(desk));
        assertThat(status("PJSIP/201")).isEqualTo(PhoneStatus.RINGING_EXTERNAL);
        assertThat(status("PJSIP/203")).isEqualTo(PhoneStatus.IDLE);

        apply(pbx.dialEnd(trunk, deskAgain, "CANCEL"), pbx.hangup(deskAgain), pbx.hangup(trunk));
        assertThat(status("PJSIP/201")).isEqualTo(PhoneStatus.IDLE);
        assertThat(mirror.calls()).isEmpty();
    }

    private void apply(PbxEvent... events) {
        for (PbxEvent event : events) {
            assertThat(mirror.apply(event).anomalies()).as("anomalies of %s", event).isEmpty();
        }
    }

    private PhoneStatus status(String device) {
        return mirror.phone(device).orElseThrow().status();
    }
}
