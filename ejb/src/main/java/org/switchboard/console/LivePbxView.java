package org.switchboard.console;

import java.util.List;
import java.util.Optional;

import org.switchboard.call.model.Call;
import org.switchboard.pbx.LivePbx;
import org.switchboard.pbx.PbxCommands;
import org.switchboard.pbx.PbxLink;
import org.switchboard.phone.model.Phone;
import org.switchboard.queue.model.Queue;
import org.switchboard.shared.model.CallId;

/** The console's view of the PBX in the server: the live call model and the AMI link's command path. */
record LivePbxView(LivePbx live, PbxLink link) implements PbxView {

    @Override
    public Optional<Call> call(CallId id) {
        return live.call(id);
    }

    @Override
    public List<Call> calls() {
        return live.calls();
    }

    @Override
    public List<Phone> phones() {
        return live.phones();
    }

    @Override
    public List<Queue> queues() {
        return live.queues();
    }

    @Override
    public PbxCommands commands() {
        return link.commands();
    }
}
