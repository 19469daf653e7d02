package org.switchboard.queue.model;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A call queue, as a read-only value: how it distributes calls, who waits in it (by position) and who
 * answers its calls.
 *
 * @param strategy Asterisk's strategy name (ringall, leastrecent, ...); empty until the PBX lists the
 *        queue
 */
public record Queue(String name, String strategy, List<WaitingCaller> callers, List<QueueMember> members) {

    public Queue {
        callers = List.copyOf(callers);
        members = List.copyOf(members);
    }

    /** How long the caller who has waited longest has waited now; zero when nobody waits. */
    public Duration longestWait(Clock clock) {
        return callers.stream().map(caller -> caller.waited(clock)).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    public Optional<QueueMember> member(String memberInterface) {
        return members.stream().filter(member -> member.memberInterface().equals(memberInterface)).findFirst();
    }
}
