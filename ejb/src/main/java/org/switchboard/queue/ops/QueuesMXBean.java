package org.switchboard.queue.ops;

/** The call queues ({@code org.switchboard:type=Queues}). Listings start with a header line. */
public interface QueuesMXBean {

    /** One line per queue: name, strategy, callers waiting, longest wait, members, available, paused. */
    String[] getQueues();

    /** One line per member of {@code queue}: interface, name, status, paused and why, calls taken, in call. */
    String[] members(String queue);

    /** One line per caller waiting in {@code queue}: position, caller, channel, waited, call id. */
    String[] callers(String queue);
}
