package org.switchboard.pbx.scripted.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.StartupLists;

/**
 * What the demo office says about its configuration: the events of a PBX that boots (contacts register, devices
 * become idle, queue members are added) and the list answers of a startup sync (endpoints, contacts, queues,
 * parking lots, device and extension states), the latter as {@link StartupLists} because that is what
 * {@code PbxState.seed} reads.
 */
final class OfficeStartup {

    private record Endpoint(String name, String uri, int port, String auth) {
    }

    private static final String[] LISTS = {"PJSIPShowEndpoints", "PJSIPShowContacts", "QueueStatus", "Parkinglots",
        "DeviceStateList", "ExtensionStateList"};

    private final DemoOffice office;
    private final Clock clock;
    private final List<Endpoint> endpoints = new ArrayList<>();

    OfficeStartup(DemoOffice office, Clock clock) {
        this.office = office;
        this.clock = clock;
        office.phones().forEach(phone -> endpoints.add(new Endpoint(phone.extension(),
                "sip:" + phone.extension() + "@127.0.0.1:" + phone.port(), phone.port(), phone.extension())));
        endpoints.add(new Endpoint(DemoOffice.CONSOLE_PEER, "sip:" + DemoOffice.CONSOLE_PEER + "@127.0.0.1:5070",
                5070, ""));
        endpoints.add(new Endpoint(DemoOffice.TRUNK, "sip:127.0.0.1:5090", 5090, ""));
    }

    List<AmiMessage> bootEvents() {
        StepEvents events = new StepEvents(new Numbering(clock, new Random(0)));
        Random roundtrips = new Random(office.phones().size());
        for (Endpoint endpoint : endpoints) {
            contactStatus(events, endpoint, "Created", "0");
            contactStatus(events, endpoint, "Reachable", Integer.toString(400 + roundtrips.nextInt(900)));
            events.event("PeerStatus", StepEvents.SYSTEM).with("ChannelType", "PJSIP")
                    .with("Peer", "PJSIP/" + endpoint.name()).with("PeerStatus", "Reachable");
            events.event("DeviceStateChange", StepEvents.CALL).with("Device", "PJSIP/" + endpoint.name())
                    .with("State", "NOT_INUSE");
        }
        office.phones().forEach(phone -> events.event("ExtensionStatus", StepEvents.CALL).with(hint(phone)));
        for (QueueMember member : new QueueBoard(office, clock.instant().getEpochSecond()).members()) {
            events.event("QueueMemberAdded", StepEvents.AGENT).with(member.eventBlock());
        }
        office.queues().forEach(queue -> events.event("DeviceStateChange", StepEvents.CALL)
                .with("Device", QueueBoard.availDevice(queue.name())).with("State", "NOT_INUSE"));
        return events.messages();
    }

    StartupLists startupSync() {
        Map<String, List<AmiMessage>> answers = new LinkedHashMap<>();
        for (String list : LISTS) {
            answers.put(list, items(list));
        }
        return StartupLists.of(answers);
    }

    private List<AmiMessage> items(String list) {
        long now = clock.instant().getEpochSecond();
        return switch (list) {
            case "PJSIPShowEndpoints" -> endpoints.stream().map(endpoint -> AmiMessage.of("Event", "EndpointList",
                    "ActionID", "", "ObjectType", "endpoint", "ObjectName", endpoint.name(),
                    "Transport", "transport-udp", "Aor", endpoint.name(), "Auths", endpoint.auth(),
                    "OutboundAuths", "", "Contacts", endpoint.name() + "/" + endpoint.uri() + ",",
                    "DeviceState", "Not in use", "ActiveChannels", "0")).toList();
            case "PJSIPShowContacts" -> endpoints.stream().map(endpoint -> contact(endpoint, now)).toList();
            case "QueueStatus" -> queueStatus(now);
            case "Parkinglots" -> List.of(AmiMessage.of("Event", "Parkinglot", "ActionID", "",
                    "Name", DemoOffice.PARKING_LOT, "StartSpace", Integer.toString(DemoOffice.FIRST_SPACE),
                    "StopSpace", Integer.toString(DemoOffice.LAST_SPACE),
                    "Timeout", Integer.toString(DemoOffice.PARKING_SECONDS)));
            case "DeviceStateList" -> deviceStates();
            default -> office.phones().stream()
                    .map(phone -> AmiMessage.of("Event", "ExtensionStatus", "ActionID", "").withAll(hint(phone)))
                    .toList();
        };
    }

    private List<AmiMessage> queueStatus(long now) {
        List<AmiMessage> items = new ArrayList<>();
        QueueBoard board = new QueueBoard(office, now);
        for (DemoOffice.CallQueue queue : office.queues()) {
            items.add(AmiMessage.of("Event", "QueueParams", "Queue", queue.name(), "Max", "0",
                    "Strategy", "ringall", "Calls", "0", "Holdtime", "0", "TalkTime", "0", "Completed", "0",
                    "Abandoned", "0", "ServiceLevel", "0", "ServicelevelPerf", "0.0", "ServicelevelPerf2", "0.0",
                    "Weight", "0", "ActionID", ""));
            board.members(queue.name()).forEach(member ->
                    items.add(AmiMessage.of("Event", "QueueMember").withAll(member.listBlock()).with("ActionID", "")));
        }
        return items;
    }

    private List<AmiMessage> deviceStates() {
        List<AmiMessage> items = new ArrayList<>();
        endpoints.forEach(endpoint -> items.add(AmiMessage.of("Event", "DeviceStateChange", "ActionID", "",
                "Device", "PJSIP/" + endpoint.name(), "State", "NOT_INUSE")));
        office.queues().forEach(queue -> items.add(AmiMessage.of("Event", "DeviceStateChange", "ActionID", "",
                "Device", QueueBoard.availDevice(queue.name()), "State", "NOT_INUSE")));
        return items;
    }

    private AmiMessage contact(Endpoint endpoint, long now) {
        String id = UUID.nameUUIDFromBytes(endpoint.uri().getBytes(StandardCharsets.UTF_8)).toString()
                .replace("-", "");
        return AmiMessage.of("Event", "ContactList", "ActionID", "", "ObjectType", "contact",
                "ObjectName", endpoint.name() + ";@" + id, "ViaAddr", "127.0.0.1", "QualifyTimeout", "3.000000",
                "Qualify2xxOnly", "false", "CallId", "", "RegServer", "", "PruneOnBoot", "no", "Path", "",
                "Endpoint", endpoint.name(), "ViaPort", Integer.toString(endpoint.port()),
                "AuthenticateQualify", "no", "Uri", endpoint.uri(), "QualifyFrequency", "60",
                "UserAgent", "Demo " + endpoint.name(), "ExpirationTime", Long.toString(now + 3600),
                "OutboundProxy", "", "Status", "Reachable", "RoundtripUsec", "700");
    }

    private static void contactStatus(StepEvents events, Endpoint endpoint, String status, String roundtrip) {
        events.event("ContactStatus", StepEvents.SYSTEM).with("URI", endpoint.uri()).with("ContactStatus", status)
                .with("AOR", endpoint.name()).with("EndpointName", endpoint.name()).with("RoundtripUsec", roundtrip);
    }

    private static Map<String, String> hint(DemoOffice.Phone phone) {
        Map<String, String> hint = new LinkedHashMap<>();
        hint.put("Exten", phone.extension());
        hint.put("Context", "internal");
        hint.put("Hint", "PJSIP/" + phone.extension());
        hint.put("Status", "0");
        hint.put("StatusText", "Idle");
        return hint;
    }
}
