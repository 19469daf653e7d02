package org.switchboard.pbx.scripted;

import java.time.Duration;

/**
 * An action the recorded client sent: when (time since the connection opened), how many bytes of the
 * server's stream it had received by then, and the action itself.
 */
public record RecordedAction(Duration at, long rxOffset, AmiMessage action) {

    public String name() {
        return action.getOr("Action", "");
    }

    public String actionId() {
        return action.getOr("ActionID", "");
    }
}
