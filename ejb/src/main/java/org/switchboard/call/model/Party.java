package org.switchboard.call.model;

import java.time.Instant;
import java.util.Optional;

import org.switchboard.pbx.model.CallerId;
import org.switchboard.pbx.model.ChannelState;
import org.switchboard.shared.model.BridgeId;
import org.switchboard.shared.model.ChannelId;
import org.switchboard.shared.model.DeviceKind;

/**
 * One party of a call, as a read-only value: the channel, the device behind it, its state in the party
 * machine and since when (on our clock, to compare with a {@link java.time.Clock}), what it shows on
 * either side, and whom it is bridged to.
 *
 * @param name the channel name, e.g. {@code PJSIP/202-00000003}
 * @param device the device, e.g. {@code PJSIP/202}
 * @param bridgedPeer whom the party talks to: the first other channel in the same bridge, seen through Local
 *        channels (the party beyond them), if any
 */
public record Party(ChannelId channel, String name, String device, DeviceKind kind, PartyState state,
        Instant since, ChannelState channelState, CallerId caller, CallerId connected, Optional<BridgeId> bridge,
        Optional<ChannelId> bridgedPeer) {
}
