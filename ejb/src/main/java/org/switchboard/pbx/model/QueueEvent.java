package org.switchboard.pbx.model;

import java.time.Duration;

/** Events about a call queue, its waiting callers and its members. */
public sealed interface QueueEvent extends PbxEvent {

    String queue();

    /** A queue event about one waiting caller's call. */
    interface AboutCaller {
        ChannelRef caller();
    }

    /** QueueCallerJoin: a caller started waiting at {@code position} (1 = next); {@code count} now wait. */
    record QueueCallerJoined(Stamp stamp, String queue, ChannelRef caller, int position, int count)
            implements QueueEvent, AboutCaller {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.QUEUE_CALLER_JOINED;
        }
    }

    /** QueueCallerLeave: a caller stopped waiting (answered, timed out, left the queue). */
    record QueueCallerLeft(Stamp stamp, String queue, ChannelRef caller, int position, int count)
            implements QueueEvent, AboutCaller {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.QUEUE_CALLER_LEFT;
        }
    }

    /** QueueCallerAbandon: a caller hung up while waiting. */
    record QueueCallerAbandoned(Stamp stamp, String queue, ChannelRef caller, int position,
            int originalPosition, Duration waited) implements QueueEvent, AboutCaller {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.QUEUE_CALLER_ABANDONED;
        }
    }

    /** AgentCalled: the queue rings a member's channel for a waiting caller. */
    record QueueMemberRung(Stamp stamp, String queue, ChannelRef caller, ChannelRef memberChannel,
            String memberInterface, String memberName) implements QueueEvent, AboutCaller {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.QUEUE_MEMBER_RUNG;
        }
    }

    /** AgentRingNoAnswer: the member did not answer within the ring time. */
    record QueueMemberMissed(Stamp stamp, String queue, ChannelRef caller, ChannelRef memberChannel,
            String memberInterface, Duration rang) implements QueueEvent, AboutCaller {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.QUEUE_MEMBER_MISSED;
        }
    }

    /** AgentConnect: a member answered a waiting caller. */
    record QueueMemberConnected(Stamp stamp, String queue, ChannelRef caller, ChannelRef memberChannel,
            String memberInterface, String memberName, Duration waited, Duration rang) implements QueueEvent, AboutCaller {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.QUEUE_MEMBER_CONNECTED;
        }
    }

    /** AgentComplete: a call a member took from the queue ended; {@code reason} is caller, agent or transfer. */
    record QueueMemberCompleted(Stamp stamp, String queue, ChannelRef caller, String memberInterface,
            Duration waited, Duration talked, String reason) implements QueueEvent, AboutCaller {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.QUEUE_MEMBER_COMPLETED;
        }
    }

    /** QueueMemberAdded. */
    record QueueMemberAdded(Stamp stamp, QueueMemberInfo member) implements QueueEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.QUEUE_MEMBER_ADDED;
        }

        @Override
        public String queue() {
            return member.queue();
        }
    }

    /** QueueMemberStatus: everything about a member, sent whenever any of it changes. */
    record QueueMemberChanged(Stamp stamp, QueueMemberInfo member) implements QueueEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.QUEUE_MEMBER_CHANGED;
        }

        @Override
        public String queue() {
            return member.queue();
        }
    }

    /** QueueMemberRemoved. */
    record QueueMemberRemoved(Stamp stamp, String queue, String memberInterface) implements QueueEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.QUEUE_MEMBER_REMOVED;
        }
    }

    /** QueueMemberPause: a member was paused or unpaused, with the reason given. */
    record QueueMemberPaused(Stamp stamp, String queue, String memberInterface, boolean paused, String reason)
            implements QueueEvent {
        @Override
        public PbxEventKind kind() {
            return PbxEventKind.QUEUE_MEMBER_PAUSED;
        }
    }
}
