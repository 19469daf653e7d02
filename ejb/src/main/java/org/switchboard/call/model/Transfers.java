package org.switchboard.call.model;

import org.switchboard.pbx.model.ChannelEvent.AttendedTransferred;
import org.switchboard.pbx.model.ChannelEvent.BlindTransferred;
import org.switchboard.pbx.model.ChannelRef;
import org.switchboard.shared.model.Consequences;

/**
 * BlindTransfer and AttendedTransfer become {@link CallTransferred} on the transferee's call; a failed
 * transfer reports nothing (the parties' own events tell what became of them).
 *
 * <p>The target of an attended transfer is the party the transferee talks to once the transfer is done:
 * when AttendedTransfer arrives, Asterisk has already put the transferee and the target in one bridge.
 * Seen through Local channels (AMI Atxfer consults through {@code Local/204@internal-...;1}, which
 * AttendedTransfer names as the target), that is the real phone. Only when the transferee is in no bridge
 * does the event's own target (or second transferer) name it.
 */
final class Transfers {

    private final LiveCalls calls;

    Transfers(LiveCalls calls) {
        this.calls = calls;
    }

    void blind(BlindTransferred event, Consequences out) {
        calls.find(event.channel(), event, out).filter(c -> event.succeeded()).ifPresent(c -> out.add(
                new CallTransferred(calls.callOf(c).id(), event.stamp().pbxTime(), CallTransferred.Kind.BLIND,
                        c.device(), event.transferee().map(ChannelRef::id), event.exten() + "@" + event.context())));
    }

    void attended(AttendedTransferred event, Consequences out) {
        if (!event.succeeded()) {
            calls.find(event.channel(), event, out);
            return;
        }
        calls.find(event.channel(), event, out).ifPresent(transferer -> {
            String target = event.transferee().flatMap(ref -> calls.find(ref, event, out))
                    .flatMap(calls::peerDevice)
                    .or(() -> event.target().or(event::secondTransferer).map(ChannelRef::device))
                    .orElse("");
            out.add(new CallTransferred(calls.callOf(transferer).id(), event.stamp().pbxTime(),
                    CallTransferred.Kind.ATTENDED, transferer.device(), event.transferee().map(ChannelRef::id),
                    target));
        });
    }
}
