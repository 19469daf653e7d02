package org.switchboard.pbx.scripted.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.state.ChannelView;
import org.switchboard.pbx.scripted.state.PbxState;

/**
 * Who picks up the office's phones. By default a ringing phone answers by itself after a moment and hangs up
 * after a talk (the demo's phones); once {@link #answerOnCommand(boolean)} is set, a ringing phone rings until
 * a test answers it ({@link #answer(String)}) or its caller gives up, and a phone that answered talks until
 * someone hangs up. Thread-safe.
 */
final class Phones {

    /** What answering a ringing channel does, and whether its channel has been seen (it is made before it is sent). */
    private static final class Ring {
        private final Supplier<List<AmiMessage>> answer;
        private boolean seen;

        private Ring(Supplier<List<AmiMessage>> answer) {
            this.answer = answer;
        }
    }

    private final PbxState state;
    private final Map<String, Ring> ringing = new LinkedHashMap<>();
    private volatile boolean onCommand;

    Phones(PbxState state) {
        this.state = state;
    }

    boolean answerOnCommand() {
        return onCommand;
    }

    void answerOnCommand(boolean onCommand) {
        this.onCommand = onCommand;
    }

    /** The phone's channel rings (or is about to: its events may not be sent yet); {@code answer} picks it up. */
    synchronized void ringing(String channelName, Supplier<List<AmiMessage>> answer) {
        ringing.put(channelName, new Ring(answer));
    }

    /** The channel of the device that rings now and waits for a test to answer it, if any. */
    synchronized Optional<String> ringingOn(String device) {
        Optional<String> found = Optional.empty();
        for (var entry : List.copyOf(ringing.entrySet())) {
            Optional<ChannelView> channel = state.channel(entry.getKey());
            if (channel.isEmpty() && entry.getValue().seen) {
                ringing.remove(entry.getKey());
            }
            entry.getValue().seen |= channel.isPresent();
            if (found.isEmpty() && channel.filter(Phones::stillRinging).map(ChannelView::device)
                    .filter(device::equals).isPresent()) {
                found = Optional.of(entry.getKey());
            }
        }
        return found;
    }

    /** The phone of this device picks up its ringing call: the events that makes; empty if it does not ring. */
    List<AmiMessage> answer(String device) {
        Ring ring;
        synchronized (this) {
            ring = ringingOn(device).map(ringing::remove).orElse(null);
        }
        return ring == null ? List.of() : ring.answer.get();
    }

    private static boolean stillRinging(ChannelView channel) {
        return channel.bridgeId().isEmpty() && "5".equals(channel.snapshot().get("ChannelState"));
    }
}
