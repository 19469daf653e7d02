package org.switchboard.console;

import java.util.List;
import java.util.Optional;

import org.switchboard.call.model.Call;
import org.switchboard.pbx.PbxCommands;
import org.switchboard.phone.model.Phone;
import org.switchboard.queue.model.Queue;
import org.switchboard.shared.model.CallId;

/**
 * What the console needs of the PBX: the call model's live calls, phones and queues (immutable views, safe from
 * any thread) and the way to act on it. In the server this is {@code LivePbx} and {@code PbxLink}.
 */
interface PbxView {

    Optional<Call> call(CallId id);

    List<Call> calls();

    List<Phone> phones();

    List<Queue> queues();

    PbxCommands commands();
}
