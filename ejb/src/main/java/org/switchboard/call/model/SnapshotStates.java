package org.switchboard.call.model;

import org.switchboard.pbx.model.ChannelState;
import org.switchboard.pbx.model.PbxSnapshot.LiveChannel;

/**
 * Reads a party state off a channel in a resynchronisation snapshot, which has the channel state, the
 * running application and the bridge but no history. First rule that applies: parked (in the parking
 * list, or running Park); bridged and up: established; waiting in a queue's list: queued; ringing:
 * alerting; busy: failed; running Dial: delivered; running Queue: queued; running MusicOnHold (a caller
 * redirected to a hold extension): held; Ring: initiated; Up:
 * established; an outgoing leg being dialled (Down, AppDial or AppQueue): alerting; anything else has no
 * role yet.
 *
 * <p>The snapshot does not show hold: a party the model had on hold stays held while the snapshot shows
 * it bridged and up.
 */
final class SnapshotStates {

    private SnapshotStates() {
    }

    static PartyState derive(LiveChannel channel, boolean queued, boolean parked) {
        String app = channel.application() == null ? "" : channel.application();
        ChannelState state = channel.state();
        if (parked || "Park".equals(app)) {
            return PartyState.PARKED;
        }
        if (channel.bridge().isPresent() && state == ChannelState.UP) {
            return PartyState.ESTABLISHED;
        }
        if (queued) {
            return PartyState.QUEUED;
        }
        if (state == ChannelState.RINGING) {
            return PartyState.ALERTING;
        }
        if (state == ChannelState.BUSY) {
            return PartyState.FAILED;
        }
        if ("Dial".equals(app)) {
            return PartyState.DELIVERED;
        }
        if ("Queue".equals(app)) {
            return PartyState.QUEUED;
        }
        if ("MusicOnHold".equals(app)) {
            return PartyState.HELD;
        }
        return byChannelState(state, app);
    }

    /** What the model keeps for a channel it knew: its own state where the snapshot cannot tell. */
    static PartyState reconcile(PartyState known, PartyState derived) {
        return known == PartyState.HELD && derived == PartyState.ESTABLISHED ? PartyState.HELD : derived;
    }

    private static PartyState byChannelState(ChannelState state, String app) {
        return switch (state) {
            case RING -> PartyState.INITIATED;
            case UP -> PartyState.ESTABLISHED;
            default -> ActiveChannel.OUTGOING_LEG_APPS.contains(app) ? PartyState.ALERTING : PartyState.NULL;
        };
    }
}
