package org.switchboard.pbx.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.PbxCommand.DialplanTarget;

/** Bad input to a command is refused when the command is made, naming the field; nothing reaches the PBX. */
class PbxCommandTest {

    @Test
    void blankChannel_isRefusedNamingTheField() {
        assertThatThrownBy(() -> new PbxCommand.Hangup(" ", 16))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("channel must not be blank");
    }

    @Test
    void aLineBreak_cannotSmuggleAnotherAmiHeader() {
        assertThatThrownBy(() -> new PbxCommand.Redirect("PJSIP/201-1\r\nAction: Hangup",
                DialplanTarget.of("internal", "203")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("channel must not contain a line break");
        assertThatThrownBy(() -> new PbxCommand.QueuePause(Optional.empty(), "PJSIP/201", true, "Lunch\nX: y"))
                .hasMessage("reason must not contain a line break");
    }

    @Test
    void outOfRangeNumbers_areRefused() {
        assertThatThrownBy(() -> new PbxCommand.Hangup("PJSIP/201-1", 128)).hasMessageContaining("Q.850");
        assertThatThrownBy(() -> new PbxCommand.Park("PJSIP/201-1", Optional.empty(), Optional.empty(),
                Optional.of(0), Optional.empty())).hasMessageContaining("space");
        assertThatThrownBy(() -> new PbxCommand.Originate("PJSIP/201", DialplanTarget.of("internal", "204"), "",
                Duration.ZERO, Map.of(), Optional.empty())).hasMessageContaining("timeout");
        assertThatThrownBy(() -> new DialplanTarget("internal", "204", 0)).hasMessageContaining("priority");
    }

    @Test
    void aCommandIdWithTheActionIdSeparator_isRefused() {
        assertThatThrownBy(() -> new CommandId("a#b")).isInstanceOf(IllegalArgumentException.class);
    }
}
