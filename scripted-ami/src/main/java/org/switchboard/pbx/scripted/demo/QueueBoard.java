package org.switchboard.pbx.scripted.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The demo PBX's queues at run time: who waits in which queue (positions count from 1), what each member's
 * status is, and the queue devices Asterisk keeps ({@code Queue:X} rings while callers wait,
 * {@code Queue:X_avail} is in use while no member is free). A member's status follows its phone's device state;
 * QueueMemberStatus is written whenever anything it reports has changed.
 */
final class QueueBoard {

    private static final Map<String, Integer> MEMBER_STATUS = Map.of("NOT_INUSE", 1, "INUSE", 2, "BUSY", 3,
            "UNAVAILABLE", 5, "RINGING", 6, "RINGINUSE", 7, "ONHOLD", 8);

    private final Map<String, List<QueueMember>> membersByQueue = new LinkedHashMap<>();
    private final Map<String, List<String>> waiting = new HashMap<>();
    private final Map<String, String> devices = new HashMap<>();
    private final Map<QueueMember, Map<String, String>> reported = new HashMap<>();

    QueueBoard(DemoOffice office, long loginTime) {
        for (DemoOffice.CallQueue queue : office.queues()) {
            List<QueueMember> members = new ArrayList<>();
            queue.members().forEach(extension ->
                    members.add(new QueueMember(queue.name(), office.phone(extension), loginTime)));
            membersByQueue.put(queue.name(), members);
            members.forEach(member -> reported.put(member, member.eventBlock()));
            devices.put(availDevice(queue.name()), "NOT_INUSE");
            devices.put(callerDevice(queue.name()), "NOT_INUSE");
        }
    }

    List<QueueMember> members(String queue) {
        return membersByQueue.getOrDefault(queue, List.of());
    }

    List<QueueMember> members() {
        return membersByQueue.values().stream().flatMap(List::stream).toList();
    }

    /** A caller joins the end of the queue; the queue device rings. Returns the caller's position. */
    int join(StepEvents events, String queue, String uniqueId) {
        List<String> callers = waiting.computeIfAbsent(queue, name -> new ArrayList<>());
        callers.add(uniqueId);
        device(events, callerDevice(queue), "RINGING");
        return callers.size();
    }

    /** The position the caller has now. */
    int position(String queue, String uniqueId) {
        return waiting.getOrDefault(queue, List.of()).indexOf(uniqueId) + 1;
    }

    /** How many callers wait. */
    int waiting(String queue) {
        return waiting.getOrDefault(queue, List.of()).size();
    }

    /** A caller leaves the queue; when it was the last, the queue device stops ringing. */
    void leave(StepEvents events, String queue, String uniqueId) {
        List<String> callers = waiting.getOrDefault(queue, new ArrayList<>());
        callers.remove(uniqueId);
        if (callers.isEmpty()) {
            device(events, callerDevice(queue), "NOT_INUSE");
        }
    }

    /** The member took a call from this queue: InCall until {@link #completed}. */
    void connected(String queue, String extension) {
        members(queue).stream().filter(member -> member.extension().equals(extension))
                .forEach(member -> member.inCall(true));
    }

    /** A queue call of the member ended: every queue counts it (the last call is shared between queues). */
    void completed(String extension, long epochSecond) {
        members().stream().filter(member -> member.extension().equals(extension)).forEach(member -> {
            member.inCall(false);
            member.tookCall(epochSecond);
        });
    }

    /** Writes QueueMemberStatus for every member whose report changed, and the availability of each queue. */
    void publish(StepEvents events, Function<String, String> phoneState) {
        for (Map.Entry<String, List<QueueMember>> queue : membersByQueue.entrySet()) {
            for (QueueMember member : queue.getValue()) {
                member.status(MEMBER_STATUS.getOrDefault(phoneState.apply(member.location()), 0));
                Map<String, String> report = member.eventBlock();
                if (!report.equals(reported.put(member, report))) {
                    events.event("QueueMemberStatus", StepEvents.AGENT).with(report);
                }
            }
            boolean available = queue.getValue().stream().anyMatch(QueueMember::available);
            device(events, availDevice(queue.getKey()), available ? "NOT_INUSE" : "INUSE");
        }
    }

    private void device(StepEvents events, String device, String state) {
        if (!state.equals(devices.put(device, state))) {
            events.event("DeviceStateChange", StepEvents.CALL).with("Device", device).with("State", state);
        }
    }

    static String availDevice(String queue) {
        return "Queue:" + queue + "_avail";
    }

    static String callerDevice(String queue) {
        return "Queue:" + queue;
    }
}
