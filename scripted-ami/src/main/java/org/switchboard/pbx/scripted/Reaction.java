package org.switchboard.pbx.scripted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the server does about one action: the frames it writes back to the client that sent it (a response,
 * and for list actions the items and the completion event), then the events it emits to every client and
 * applies to the PBX state. The server puts the action's ActionID into every reply, at the place of an
 * existing ActionID header or at the end; events are emitted as given.
 */
public record Reaction(List<AmiMessage> replies, List<AmiMessage> events) {

    public Reaction {
        replies = List.copyOf(replies);
        events = List.copyOf(events);
    }

    /** {@code Response: Success} with this Message. */
    public static Reaction success(String message) {
        return reply(AmiMessage.of("Response", "Success", "ActionID", "", "Message", message));
    }

    /** {@code Response: Error} with this Message. */
    public static Reaction error(String message) {
        return reply(AmiMessage.of("Response", "Error", "ActionID", "", "Message", message));
    }

    /** These frames back to the client, and no events. */
    public static Reaction reply(AmiMessage... replies) {
        return new Reaction(List.of(replies), List.of());
    }

    /** The same replies, then these events as well (after those already planned). */
    public Reaction thenEmit(AmiMessage... more) {
        List<AmiMessage> all = new ArrayList<>(events);
        all.addAll(Arrays.asList(more));
        return new Reaction(replies, all);
    }

    /** The same events, with other replies. */
    public Reaction withReplies(AmiMessage... other) {
        return new Reaction(List.of(other), events);
    }
}
