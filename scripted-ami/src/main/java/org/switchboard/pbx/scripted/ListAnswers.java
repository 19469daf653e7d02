package org.switchboard.pbx.scripted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.switchboard.pbx.scripted.state.PbxState;

/**
 * The list actions, answered from the PBX state in Asterisk 20's format: {@code Response: Success} with
 * {@code EventList: start} and a Message, one event per item, then the completion event with
 * {@code EventList: Complete} and the count (under ListItems, and the extra names some lists use).
 * PJSIPShowContacts without a contact is answered {@code Response: Error}, {@code Message: No Contacts found},
 * as Asterisk 20 and 22 do (actions/snapshot-no-registrations). SIPpeers lists chan_sip's peers.
 */
final class ListAnswers {

    /** @param whenEmpty the Error message Asterisk answers instead of an empty list, or null when it lists none */
    private record ListAction(String message, String complete, List<String> countKeys,
                              Function<AmiMessage, List<AmiMessage>> items, String whenEmpty) {
    }

    private final Map<String, ListAction> byAction;

    ListAnswers(PbxState state) {
        byAction = Map.ofEntries(
                entry("CoreShowChannels", "Channels will follow", "CoreShowChannelsComplete",
                        action -> state.coreShowChannels()),
                Map.entry("status", new ListAction("Channel status will follow", "StatusComplete",
                        List.of("ListItems", "Items"), action -> state.status(), null)),
                entry("QueueStatus", "Queue status will follow", "QueueStatusComplete",
                        action -> state.queueStatus(action.getOr("Queue", ""), action.getOr("Member", ""))),
                entry("QueueSummary", "Queue summary will follow", "QueueSummaryComplete",
                        action -> state.queueSummary(action.getOr("Queue", ""))),
                Map.entry("parkedcalls", new ListAction("Parked calls will follow", "ParkedCallsComplete",
                        List.of("ListItems", "Total"), action -> state.parkedCalls(action.getOr("ParkingLot", "")),
                        null)),
                entry("Parkinglots", "Parking lots will follow", "ParkinglotsComplete", action -> state.parkingLots()),
                entry("DeviceStateList", "Device State Changes will follow", "DeviceStateListComplete",
                        action -> state.deviceStates()),
                entry("ExtensionStateList", "Extension Statuses will follow", "ExtensionStateListComplete",
                        action -> state.extensionStates()),
                entry("PJSIPShowEndpoints", "A listing of Endpoints follows, presented as EndpointList events",
                        "EndpointListComplete", action -> state.endpoints()),
                Map.entry("pjsipshowcontacts", new ListAction(
                        "A listing of Contacts follows, presented as ContactList events", "ContactListComplete",
                        List.of("ListItems"), action -> state.contacts(), "No Contacts found")),
                entry("SIPpeers", "Peer status list will follow", "PeerlistComplete", action -> state.peers()),
                entry("BridgeList", "Bridge listing will follow", "BridgeListComplete",
                        action -> state.bridges(action.getOr("BridgeType", ""))));
    }

    private static Map.Entry<String, ListAction> entry(String action, String message, String complete,
                                                       Function<AmiMessage, List<AmiMessage>> items) {
        return Map.entry(action.toLowerCase(), new ListAction(message, complete, List.of("ListItems"), items, null));
    }

    /** The standard reaction to a list action, or empty when the action is not one. */
    Optional<Reaction> answer(AmiMessage action) {
        ListAction list = byAction.get(action.getOr("Action", "").toLowerCase());
        if (list == null) {
            return Optional.empty();
        }
        List<AmiMessage> items = list.items().apply(action);
        if (items.isEmpty() && list.whenEmpty() != null) {
            return Optional.of(Reaction.error(list.whenEmpty()));
        }
        List<AmiMessage> replies = new ArrayList<>();
        replies.add(AmiMessage.of("Response", "Success", "ActionID", "", "EventList", "start",
                "Message", list.message()));
        replies.addAll(items);
        AmiMessage complete = AmiMessage.of("Event", list.complete(), "ActionID", "", "EventList", "Complete");
        for (String key : list.countKeys()) {
            complete = complete.with(key, Integer.toString(items.size()));
        }
        replies.add(complete);
        return Optional.of(new Reaction(replies, List.of()));
    }
}
