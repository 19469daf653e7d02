package org.switchboard.pbx.model;

import static org.assertj.core.api.Assertions.assertThat;
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
    void anOriginateChannelId_isKeptWhenValidAndRefusedWhenAsteriskWouldRefuseIt() {
        PbxCommand.Originate originate = new PbxCommand.Originate("PJSIP/201", DialplanTarget.of("internal", "204"),
                "", Duration.ofSeconds(30), Map.of());

        assertThat(originate.channelId()).isEmpty();
        assertThat(originate.withChannelId("swb-1764151234.88").channelId()).contains("swb-1764151234.88");
        assertThatThrownBy(() -> originate.withChannelId("x".repeat(150)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 149");
        assertThatThrownBy(() -> originate.withChannelId(" ")).hasMessage("channelId must not be blank");
        assertThatThrownBy(() -> originate.withChannelId("a\r\nAction: Hangup"))
                .hasMessage("channelId must not contain a line break");
        assertThat(originate.withChannelId("x".repeat(149)).channelId()).hasValueSatisfying(id ->
                assertThat(id).hasSize(PbxCommand.Originate.MAX_CHANNEL_ID));
    }

    @Test
    void aCommandIdWithTheActionIdSeparator_isRefused() {
        assertThatThrownBy(() -> new CommandId("a#b")).isInstanceOf(IllegalArgumentException.class);
    }
}
