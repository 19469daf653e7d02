package org.switchboard.call.model;

import static org.switchboard.call.model.PartyState.ALERTING;
import static org.switchboard.call.model.PartyState.CLEARED;
import static org.switchboard.call.model.PartyState.DELIVERED;
import static org.switchboard.call.model.PartyState.ESTABLISHED;
import static org.switchboard.call.model.PartyState.FAILED;
import static org.switchboard.call.model.PartyState.HELD;
import static org.switchboard.call.model.PartyState.INITIATED;
import static org.switchboard.call.model.PartyState.NULL;
import static org.switchboard.call.model.PartyState.PARKED;
import static org.switchboard.call.model.PartyState.QUEUED;
import static org.switchboard.call.model.PartyTrigger.ANSWERED;
import static org.switchboard.call.model.PartyTrigger.BRIDGE_ENTERED;
import static org.switchboard.call.model.PartyTrigger.BRIDGED_BEFORE_ANSWER;
import static org.switchboard.call.model.PartyTrigger.BRIDGE_LEFT;
import static org.switchboard.call.model.PartyTrigger.CALLING_IN;
import static org.switchboard.call.model.PartyTrigger.CREATED_INBOUND;
import static org.switchboard.call.model.PartyTrigger.CREATED_OUTBOUND;
import static org.switchboard.call.model.PartyTrigger.DIALLED;
import static org.switchboard.call.model.PartyTrigger.DIAL_ANSWERED;
import static org.switchboard.call.model.PartyTrigger.DIAL_FAILED;
import static org.switchboard.call.model.PartyTrigger.DIAL_STARTED;
import static org.switchboard.call.model.PartyTrigger.DIAL_UNANSWERED;
import static org.switchboard.call.model.PartyTrigger.HANGUP;
import static org.switchboard.call.model.PartyTrigger.HOLD;
import static org.switchboard.call.model.PartyTrigger.MUSIC_OFF;
import static org.switchboard.call.model.PartyTrigger.MUSIC_ON_HOLD;
import static org.switchboard.call.model.PartyTrigger.PARK;
import static org.switchboard.call.model.PartyTrigger.PARK_GIVE_UP;
import static org.switchboard.call.model.PartyTrigger.PARK_TIMEOUT;
import static org.switchboard.call.model.PartyTrigger.PICKUP;
import static org.switchboard.call.model.PartyTrigger.QUEUE_JOINED;
import static org.switchboard.call.model.PartyTrigger.QUEUE_LEFT;
import static org.switchboard.call.model.PartyTrigger.REFUSED;
import static org.switchboard.call.model.PartyTrigger.RINGING;
import static org.switchboard.call.model.PartyTrigger.UNHOLD;

import org.switchboard.shared.model.Outcome;
import org.switchboard.shared.model.TransitionTable;

/**
 * The party machine: every legal move of one channel of a call. Self-moves ({@code X --T--> X}) are
 * events the state absorbs because a real Asterisk sends them there; each is noted. Anything else is
 * rejected and becomes an anomaly.
 */
public final class PartyTransitions {

    public static final TransitionTable<PartyState, PartyTrigger> TABLE =
            TransitionTable.of(PartyState.class, PartyTrigger.class)
        .allow(NULL,        CREATED_INBOUND,  INITIATED)
        .allow(NULL,        CREATED_OUTBOUND, NULL)        // no role until it is dialled or calls in
        .allow(NULL,        CALLING_IN,       INITIATED)   // chan_sip: created Down, then Ring
        .allow(NULL,        DIALLED,          ALERTING)
        .allow(NULL,        RINGING,          ALERTING)
        .allow(NULL,        ANSWERED,         ESTABLISHED)
        .allow(NULL,        DIAL_STARTED,     DELIVERED)
        .allow(NULL,        BRIDGE_ENTERED,   ESTABLISHED)
        .allow(NULL,        BRIDGED_BEFORE_ANSWER, ALERTING) // Atxfer's Local channel, its far end not up yet
        .allow(NULL,        HANGUP,           CLEARED)     // a probe goes away without a role
        .allow(INITIATED,   DIAL_STARTED,     DELIVERED)
        .allow(INITIATED,   ANSWERED,         ESTABLISHED) // answered by a dialplan application
        .allow(INITIATED,   REFUSED,          FAILED)
        .allow(INITIATED,   QUEUE_JOINED,     QUEUED)
        .allow(INITIATED,   BRIDGE_ENTERED,   ESTABLISHED)
        .allow(INITIATED,   BRIDGE_LEFT,      INITIATED)   // a timed-out parked call leaves the lot's bridge
        .allow(INITIATED,   HANGUP,           CLEARED)
        .allow(ALERTING,    RINGING,          ALERTING)    // Newstate Ringing after DialBegin
        .allow(ALERTING,    ANSWERED,         ESTABLISHED)
        .allow(ALERTING,    DIAL_FAILED,      FAILED)
        .allow(ALERTING,    REFUSED,          FAILED)
        .allow(ALERTING,    BRIDGE_ENTERED,   ESTABLISHED)
        .allow(ALERTING,    HANGUP,           CLEARED)
        .allow(DELIVERED,   DIAL_STARTED,     DELIVERED)   // ringing several phones
        .allow(DELIVERED,   DIAL_ANSWERED,    ESTABLISHED)
        .allow(DELIVERED,   DIAL_UNANSWERED,  INITIATED)
        .allow(DELIVERED,   ANSWERED,         DELIVERED)   // answered by the dialplan while it still dials
        .allow(DELIVERED,   REFUSED,          FAILED)
        .allow(DELIVERED,   BRIDGE_ENTERED,   ESTABLISHED)
        .allow(DELIVERED,   MUSIC_ON_HOLD,    DELIVERED)   // Dial's m option: music instead of ringback
        .allow(DELIVERED,   MUSIC_OFF,        DELIVERED)
        .allow(DELIVERED,   HANGUP,           CLEARED)
        .allow(ESTABLISHED, ANSWERED,         ESTABLISHED) // DialEnd ANSWER follows Newstate Up
        .allow(ESTABLISHED, DIAL_STARTED,     DELIVERED)   // an originate's first leg, a transferee
        .allow(ESTABLISHED, BRIDGE_ENTERED,   ESTABLISHED)
        .allow(ESTABLISHED, BRIDGE_LEFT,      ESTABLISHED)
        .allow(ESTABLISHED, HOLD,             HELD)
        .allow(ESTABLISHED, MUSIC_ON_HOLD,    HELD)        // redirected to music on hold
        .allow(ESTABLISHED, UNHOLD,           ESTABLISHED) // phones send Unhold without Hold (transfer)
        .allow(ESTABLISHED, QUEUE_JOINED,     QUEUED)
        .allow(ESTABLISHED, QUEUE_LEFT,       ESTABLISHED) // QueueCallerLeave follows the member's answer
        .allow(ESTABLISHED, PARK,             PARKED)
        .allow(ESTABLISHED, HANGUP,           CLEARED)
        .allow(HELD,        UNHOLD,           ESTABLISHED)
        .allow(HELD,        MUSIC_OFF,        ESTABLISHED) // redirected or bridged away from the music
        .allow(HELD,        BRIDGE_ENTERED,   HELD)
        .allow(HELD,        BRIDGE_LEFT,      HELD)
        .allow(HELD,        PARK,             PARKED)
        .allow(HELD,        HANGUP,           CLEARED)
        .allow(QUEUED,      DIAL_STARTED,     QUEUED)      // the queue rings its members
        .allow(QUEUED,      DIAL_ANSWERED,    ESTABLISHED)
        .allow(QUEUED,      DIAL_UNANSWERED,  QUEUED)      // the queue keeps trying
        .allow(QUEUED,      ANSWERED,         QUEUED)
        .allow(QUEUED,      QUEUE_LEFT,       INITIATED)   // timeout, abandon: back to the dialplan
        .allow(QUEUED,      BRIDGE_ENTERED,   ESTABLISHED)
        .allow(QUEUED,      MUSIC_ON_HOLD,    QUEUED)      // a queue without its r option plays music
        .allow(QUEUED,      MUSIC_OFF,        QUEUED)
        .allow(QUEUED,      HANGUP,           CLEARED)
        .allow(PARKED,      PARK,             PARKED)      // the ParkedCalls list repeats ParkedCall
        .allow(PARKED,      PICKUP,           ESTABLISHED)
        .allow(PARKED,      PARK_TIMEOUT,     INITIATED)
        .allow(PARKED,      PARK_GIVE_UP,     INITIATED)   // a Redirect took it out, or it hangs up next
        .allow(PARKED,      BRIDGE_ENTERED,   PARKED)
        .allow(PARKED,      BRIDGE_LEFT,      PARKED)
        .allow(PARKED,      HANGUP,           CLEARED)
        .allow(FAILED,      DIAL_FAILED,      FAILED)      // app_queue repeats DialEnd CANCEL
        .allow(FAILED,      HANGUP,           CLEARED)
        .build();

    private PartyTransitions() {
    }

    public static Outcome<PartyState, PartyTrigger> fire(PartyState state, PartyTrigger trigger) {
        return TABLE.fire(state, trigger);
    }
}
