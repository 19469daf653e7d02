package org.switchboard.pbx.scripted.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.pbx.scripted.AmiMessage;

/**
 * The call queues by name, in configuration order. Seeded from a recorded QueueStatus answer; then member
 * events (QueueMemberStatus, QueueMemberAdded, QueueMemberRemoved, QueueMemberPause) and caller events
 * (QueueCallerJoin, QueueCallerLeave, QueueCallerAbandon, AgentComplete) keep it current.
 */
final class Queues {

    private final Map<String, Queue> byName = new LinkedHashMap<>();

    void seed(List<AmiMessage> queueStatusItems) {
        for (AmiMessage item : queueStatusItems) {
            Queue queue = queue(item.getOr("Queue", ""));
            switch (item.type()) {
                case "QueueParams" -> queue.configure(item);
                case "QueueMember" -> queue.updateMember(item);
                default -> { }
            }
        }
    }

    void apply(AmiMessage event, Instant now) {
        String type = event.type();
        if (!type.startsWith("Queue") && !type.equals("AgentComplete") || !event.has("Queue")) {
            return;
        }
        Queue queue = queue(event.getOr("Queue", ""));
        switch (type) {
            case "QueueMemberStatus", "QueueMemberAdded", "QueueMemberPause", "QueueMemberPenalty",
                 "QueueMemberRinginuse" -> queue.updateMember(event);
            case "QueueMemberRemoved" -> queue.removeMember(event);
            case "QueueCallerJoin" -> queue.join(event, now);
            case "QueueCallerLeave" -> queue.leave(event);
            case "QueueCallerAbandon" -> {
                queue.leave(event);
                queue.count("Abandoned");
            }
            case "AgentComplete" -> queue.count("Completed");
            default -> { }
        }
    }

    /** The items of a QueueStatus answer, optionally for one queue and one member (interface or name). */
    List<AmiMessage> status(String queueFilter, String memberFilter, Instant now) {
        return selected(queueFilter).stream().flatMap(queue -> queue.status(memberFilter, now).stream()).toList();
    }

    /** The items of a QueueSummary answer, optionally for one queue. */
    List<AmiMessage> summary(String queueFilter, Instant now) {
        return selected(queueFilter).stream().map(queue -> queue.summary(now)).toList();
    }

    /** Whether any queue (or the named one) has a member on this interface. */
    boolean hasMember(String queueFilter, String location) {
        return selected(queueFilter).stream().anyMatch(queue -> queue.hasMember(location));
    }

    /** The queues (or the named one) where this interface is a member, with the member's fields. */
    Map<String, Map<String, String>> memberships(String queueFilter, String location) {
        Map<String, Map<String, String>> found = new LinkedHashMap<>();
        selected(queueFilter).forEach(queue -> queue.member(location).ifPresent(member -> found.put(queue.name(), member)));
        return found;
    }

    /** Where the caller waits in this queue (position, seconds waited); position 0 when it does not. */
    long[] caller(String queueName, String uniqueId, Instant now) {
        Queue queue = byName.get(queueName);
        return queue == null ? new long[] {0, 0} : new long[] {queue.position(uniqueId), queue.waited(uniqueId, now)};
    }

    /** The members of one queue (copies), in the order they joined; none for an unknown queue. */
    List<Map<String, String>> members(String queueName) {
        Queue queue = byName.get(queueName);
        return queue == null ? List.of() : queue.members();
    }

    /** The unique ids of the callers waiting in one queue, in position order. */
    List<String> callers(String queueName) {
        Queue queue = byName.get(queueName);
        return queue == null ? List.of() : queue.callerIds();
    }

    boolean exists(String queueName) {
        return byName.containsKey(queueName);
    }

    void clearCallers() {
        byName.values().forEach(Queue::clearCallers);
    }

    private List<Queue> selected(String queueFilter) {
        return byName.values().stream().filter(queue -> queueFilter.isEmpty() || queue.name().equals(queueFilter))
                .toList();
    }

    private Queue queue(String name) {
        return byName.computeIfAbsent(name, Queue::new);
    }
}
