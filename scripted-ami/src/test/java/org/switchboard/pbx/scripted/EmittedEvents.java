package org.switchboard.pbx.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** Every event a scripted server emits, in order, and a wait for a condition that looks again at each one. */
final class EmittedEvents {

    private final List<AmiMessage> events = new CopyOnWriteArrayList<>();
    private final Duration wait;

    private EmittedEvents(Duration wait) {
        this.wait = wait;
    }

    /** Records what {@code server} emits from now on; {@link #until} fails after {@code wait}. */
    static EmittedEvents of(ScriptedAmiServer server, Duration wait) {
        EmittedEvents emitted = new EmittedEvents(wait);
        server.onEmit(event -> {
            synchronized (emitted.events) {
                emitted.events.add(event);
                emitted.events.notifyAll();
            }
        });
        return emitted;
    }

    /** The events emitted so far, in order. */
    List<AmiMessage> all() {
        return List.copyOf(events);
    }

    /** The events of this type emitted so far, in order. */
    List<AmiMessage> ofType(String type) {
        return events.stream().filter(event -> event.type().equals(type)).toList();
    }

    /**
     * Waits until the condition holds, looking again at each emitted event (and at least every 50 ms); fails
     * after the wait. The condition is evaluated outside the lock that emitting takes.
     */
    void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            assertThat(left).as("waiting for " + what).isPositive();
            synchronized (events) {
                try {
                    events.wait(Math.max(1, Math.min(50, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted waiting for " + what, e);
                }
            }
        }
    }
}
