package org.switchboard.testkit.sip;

import java.util.Optional;

/** The final response to a request that may start a dialog, and the dialog when it did (a 2xx). */
public record DialogReply(SipReply reply, Optional<AgentDialog> dialog) {

    public int status() {
        return reply.status();
    }

    /** The dialog; fails the test when the request did not start one. */
    public AgentDialog started() {
        return dialog.orElseThrow(() -> new AssertionError("no dialog: the answer was " + reply));
    }
}
