package org.switchboard.sip.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.switchboard.protocol.ConsoleCodec;
import org.switchboard.protocol.ConsoleUpdate;
import org.switchboard.protocol.Decoded;
import org.switchboard.protocol.LineNo;
import org.switchboard.protocol.PhonesUpdate;
import org.switchboard.protocol.PhonesUpdate.PhoneStatus;
import org.switchboard.protocol.StateUpdate;

/** Small updates for the transport's tests, and the updates a client received, decoded with the real codec. */
final class Updates {

    private Updates() {
    }

    /** An IDLE state of {@code session}, nothing on the lines. */
    static StateUpdate state(String session, long seq) {
        return state(session, seq, "IDLE", false);
    }

    /** A state of {@code session} named {@code state}, paused or not, nothing on the lines. */
    static StateUpdate state(String session, long seq, String state, boolean paused) {
        return new StateUpdate(session, seq, Instant.parse("2026-11-26T09:00:00Z"), state,
                new StateUpdate.Receptionist("anna", "Anna Reception"), paused, List.of(), Optional.empty(),
                List.of(StateUpdate.LineView.empty(LineNo.ONE), StateUpdate.LineView.empty(LineNo.TWO)), List.of(), 0,
                List.of(), 0, Optional.empty(), Optional.empty());
    }

    /** A PHONES batch; pairs of extension and status. */
    static PhonesUpdate phones(String session, long seq, boolean full, Object... extensionAndStatus) {
        List<PhonesUpdate.PhoneView> list = new ArrayList<>();
        for (int i = 0; i < extensionAndStatus.length; i += 2) {
            String extension = (String) extensionAndStatus[i];
            list.add(new PhonesUpdate.PhoneView(extension, "PJSIP/" + extension, (PhoneStatus) extensionAndStatus[i + 1], true));
        }
        return new PhonesUpdate(session, seq, full, list);
    }

    /** The update in a MESSAGE the server sent. */
    static ConsoleUpdate of(SipText message) {
        Decoded<ConsoleUpdate> decoded = new ConsoleCodec().decodeUpdate(message.header("Content-Type").orElse(null),
                message.body());
        if (decoded instanceof Decoded.Ok<ConsoleUpdate> ok) {
            return ok.value();
        }
        throw new AssertionError("not an update: " + decoded + " in " + message.bodyText());
    }
}
