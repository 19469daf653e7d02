package org.switchboard.pbx;

import java.util.concurrent.CompletionStage;

import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.model.PbxCommand;

/**
 * The way the application acts on the PBX: one {@link PbxCommand} in, one {@link CommandResult} out. The
 * stage completes on a container thread, never on the AMI pump's or asterisk-java's, and never
 * exceptionally: a refusal, an unknown channel, a link that is down and a timeout are results. The same result
 * also reaches the PBX event consumers as a {@code CommandAnswered} event, after every event the PBX sent
 * before its answer. Implemented over AMI by {@code pbx.ami.AmiCommands}; {@link PbxLink#commands()} gives it.
 */
@FunctionalInterface
public interface PbxCommands {

    CompletionStage<CommandResult> send(PbxCommand command);
}
