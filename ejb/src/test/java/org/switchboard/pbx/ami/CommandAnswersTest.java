package org.switchboard.pbx.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.switchboard.pbx.model.CommandId;
import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.model.PbxCommand;
import org.switchboard.pbx.model.PbxCommand.DialplanTarget;

/** What Asterisk's answers become, word for word from the recorded sessions. */
class CommandAnswersTest {

    private static final CommandId ID = new CommandId("swb-test-1");
    private static final PbxCommand REDIRECT = new PbxCommand.Redirect("PJSIP/trunk-00000017",
            DialplanTarget.of("internal", "203"));
    private static final PbxCommand ORIGINATE = new PbxCommand.Originate("PJSIP/201",
            DialplanTarget.of("internal", "204"), "\"Reception Desk 1\" <201>", Duration.ofSeconds(30), Map.of(), Optional.empty());

    @Test
    void success_isDoneWithTheMessageTrimmed_evenParksBareLineFeed() {
        assertThat(CommandAnswers.ofResponse(ID, REDIRECT, "Success", "Park successful\n"))
                .contains(new CommandResult.Done(ID, REDIRECT, "Park successful"));
    }

    @Test
    void originateQueued_isNotOverYet() {
        assertThat(CommandAnswers.ofResponse(ID, ORIGINATE, "Success", "Originate successfully queued")).isEmpty();
    }

    @Test
    void channelDoesNotExist_isAnUnknownChannel() {
        assertThat(CommandAnswers.ofResponse(ID, REDIRECT, "Error", "Channel does not exist: PJSIP/trunk-00000017"))
                .contains(new CommandResult.UnknownChannel(ID, REDIRECT, "Channel does not exist: PJSIP/trunk-00000017"));
        assertThat(CommandAnswers.ofResponse(ID, REDIRECT, "Error", "No such channel"))
                .hasValueSatisfying(result -> assertThat(result).isInstanceOf(CommandResult.UnknownChannel.class));
        assertThat(CommandAnswers.ofResponse(ID, REDIRECT, "Error", "Channel specified does not exist"))
                .hasValueSatisfying(result -> assertThat(result).isInstanceOf(CommandResult.UnknownChannel.class));
    }

    @Test
    void otherErrors_areRefusalsWithAsterisksMessage() {
        assertThat(CommandAnswers.ofResponse(ID, REDIRECT, "Error", "Unable to remove interface: Not there"))
                .contains(new CommandResult.Refused(ID, REDIRECT, "Unable to remove interface: Not there"));
        assertThat(CommandAnswers.ofResponse(ID, REDIRECT, "Error", null))
                .contains(new CommandResult.Refused(ID, REDIRECT, "refused without a message"));
    }

    @Test
    void originateResponse_answeredOrNot_withAsterisksReason() {
        CommandResult answered = CommandAnswers.ofOriginateResponse(ID, ORIGINATE, "Success", 4,
                "PJSIP/201-00000022", "1795642208.40");
        CommandResult busy = CommandAnswers.ofOriginateResponse(ID, ORIGINATE, "Failure", 5, null, null);

        assertThat(answered.succeeded()).isTrue();
        assertThat(answered).isEqualTo(new CommandResult.Originated(ID, ORIGINATE, true, 4, "PJSIP/201-00000022",
                "1795642208.40"));
        assertThat(busy.succeeded()).isFalse();
        assertThat(((CommandResult.Originated) busy).reasonText()).isEqualTo("busy");
    }

    @Test
    void everyCommand_hasItsActionWithTheConsolesHeaders() {
        assertThat(CommandActions.of(new PbxCommand.Park("PJSIP/trunk-00000000", Optional.of("PJSIP/202-00000003"),
                Optional.of("default"), Optional.of(705), Optional.of(Duration.ofSeconds(8)))))
                .isInstanceOfSatisfying(ParkIntoSpaceAction.class, park -> {
                    assertThat(park.getTimeoutChannel()).isEqualTo("PJSIP/202-00000003");
                    assertThat(park.getParkingSpace()).isEqualTo("705");
                    assertThat(park.getTimeout()).isEqualTo(8000);
                });
    }
}
