package org.switchboard.pbx.ami;

import java.util.Locale;
import java.util.Optional;

import org.switchboard.pbx.model.CommandId;
import org.switchboard.pbx.model.CommandResult;
import org.switchboard.pbx.model.PbxCommand;

/**
 * The one mapping from what Asterisk answered to a {@link CommandResult}, on plain values so it is tested
 * without a PBX. {@code Response: Success} is done, except for an Originate, which waits for its
 * OriginateResponse; {@code Response: Error} is an unknown channel when Asterisk says the channel does not
 * exist (Redirect: {@code Channel does not exist: PJSIP/trunk-00000017}; Hangup: {@code No such channel};
 * Bridge: {@code Channel1 does not exists: ...}; Atxfer and BlindTransfer: {@code Channel specified does not
 * exist}), and a refusal otherwise. Messages are trimmed: Asterisk ends Park's with a bare LF.
 */
final class CommandAnswers {

    private CommandAnswers() {
    }

    /** The result of a response; empty when the command is not over yet (an Originate that was queued). */
    static Optional<CommandResult> ofResponse(CommandId id, PbxCommand command, String response, String message) {
        String text = message == null ? "" : message.strip();
        if ("Success".equalsIgnoreCase(response)) {
            return command instanceof PbxCommand.Originate
                    ? Optional.empty()
                    : Optional.of(new CommandResult.Done(id, command, text));
        }
        return Optional.of(unknownChannel(text)
                ? new CommandResult.UnknownChannel(id, command, text)
                : new CommandResult.Refused(id, command, text.isEmpty() ? "refused without a message" : text));
    }

    /** The result of an OriginateResponse event: {@code Response: Success} or {@code Failure}, and its Reason. */
    static CommandResult ofOriginateResponse(CommandId id, PbxCommand command, String response, Integer reason,
            String channel, String uniqueId) {
        return new CommandResult.Originated(id, command, "Success".equalsIgnoreCase(response),
                reason == null ? 0 : reason, channel == null ? "" : channel, uniqueId == null ? "" : uniqueId);
    }

    private static boolean unknownChannel(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.equals("no such channel") || lower.startsWith("channel") && lower.contains("does not exist");
    }
}
