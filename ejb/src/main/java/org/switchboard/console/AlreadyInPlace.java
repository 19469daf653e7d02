package org.switchboard.console;

import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.model.PbxCommand;

/**
 * The PBX's refusals that mean the console got what it wanted: Asterisk answers a QueueAdd of a member already
 * in the queue with {@code Unable to add interface: Already there}, and a QueueRemove of one that is not in it
 * with {@code Unable to remove interface: Not there} (both recorded in ami-traces, queue-member-add-remove), and a
 * pause of a phone that is in no queue with {@code Interface not found} (queue-member-pause): nothing rings it.
 */
final class AlreadyInPlace {

    private AlreadyInPlace() {
    }

    static boolean matches(CommandResult result) {
        if (!(result instanceof CommandResult.Refused refused)) {
            return false;
        }
        return refused.command() instanceof PbxCommand.QueueAdd && refused.message().endsWith("Already there")
                || refused.command() instanceof PbxCommand.QueueRemove && refused.message().endsWith("Not there")
                || refused.command() instanceof PbxCommand.QueuePause pause && pause.paused()
                        && refused.message().endsWith("Interface not found");
    }
}
