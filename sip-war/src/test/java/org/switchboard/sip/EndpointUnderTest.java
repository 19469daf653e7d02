package org.switchboard.sip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.switchboard.health.model.Availability;
import org.switchboard.health.model.ListeningPoint;
import org.switchboard.sip.options.OptionsHandler;
import org.switchboard.testkit.Await;
import org.switchboard.testkit.sip.FreePort;
import org.switchboard.testkit.sip.SipTarget;

/**
 * A SIP endpoint started on a free port of 127.0.0.1 for one test, with the OPTIONS handler on a settable
 * availability and any extra handlers. It is started from a thread of its own thread group, so every thread
 * the stack creates belongs to that group and a test can see them all ({@link #stackThreads()}).
 */
final class EndpointUnderTest implements AutoCloseable {

    private static final AtomicInteger GROUPS = new AtomicInteger();
    private static final int ATTEMPTS = 5;

    final AtomicReference<Availability> availability;
    private final ThreadGroup group;
    private final SipEndpoint endpoint;
    private final List<ListeningPoint> points;

    private EndpointUnderTest(AtomicReference<Availability> availability, ThreadGroup group, SipEndpoint endpoint,
            List<ListeningPoint> points) {
        this.availability = availability;
        this.group = group;
        this.endpoint = endpoint;
        this.points = points;
    }

    static EndpointUnderTest start(SipRequestHandler... extraHandlers) {
        AtomicReference<Availability> availability = new AtomicReference<>(Availability.AVAILABLE);
        List<SipRequestHandler> handlers = new ArrayList<>();
        handlers.add(new OptionsHandler(availability::get));
        handlers.addAll(Arrays.asList(extraHandlers));
        SipDispatcher dispatcher = new SipDispatcher(handlers);
        ThreadGroup group = new ThreadGroup("endpoint-under-test-" + GROUPS.incrementAndGet());
        CannotListen lastFailure = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = FreePort.forUdpAndTcp();
            SipEndpoint endpoint = new SipEndpoint(new SipSettings("127.0.0.1", port, port), dispatcher);
            try {
                return new EndpointUnderTest(availability, group, endpoint, startInGroup(group, endpoint));
            } catch (CannotListen e) {
                lastFailure = e;
            }
        }
        throw Objects.requireNonNull(lastFailure);
    }

    /** Starts the endpoint from a thread of {@code group}, so that the stack's threads belong to it. */
    static List<ListeningPoint> startInGroup(ThreadGroup group, SipEndpoint endpoint) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread starter = new Thread(group, () -> {
            try {
                result.set(endpoint.start());
            } catch (RuntimeException e) {
                result.set(e);
            }
        }, group.getName() + "-starter");
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the endpoint", e);
        }
        if (result.get() instanceof RuntimeException failure) {
            throw failure;
        }
        @SuppressWarnings("unchecked")
        List<ListeningPoint> started = (List<ListeningPoint>) result.get();
        return started;
    }

    SipEndpoint endpoint() {
        return endpoint;
    }

    List<ListeningPoint> points() {
        return points;
    }

    /** The endpoint's address; UDP and TCP share the port. */
    SipTarget target() {
        return SipTarget.local(points.get(0).port());
    }

    int port() {
        return points.get(0).port();
    }

    /** The live threads the endpoint's stack created. */
    List<Thread> stackThreads() {
        return threadsOf(group);
    }

    /** Waits until every thread the endpoint's stack created has ended. */
    void awaitNoStackThreads(Duration timeout) {
        awaitNoThreadsIn(group, timeout);
    }

    /** Waits until no thread of the group is alive; the failure lists the ones left and where they wait. */
    static void awaitNoThreadsIn(ThreadGroup group, Duration timeout) {
        try {
            Await.until("the threads of " + group.getName() + " to end", () -> threadsOf(group).isEmpty(), timeout);
        } catch (AssertionError e) {
            StringBuilder left = new StringBuilder(e.getMessage()).append("; still running:");
            for (Thread thread : threadsOf(group)) {
                left.append("\n  ").append(thread.getName());
                for (StackTraceElement frame : thread.getStackTrace()) {
                    if (frame.getClassName().startsWith("gov.nist")) {
                        left.append(" at ").append(frame);
                        break;
                    }
                }
            }
            throw new AssertionError(left.toString(), e);
        }
    }

    static List<Thread> threadsOf(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int count = group.enumerate(threads, true);
        return List.of(Arrays.copyOf(threads, count));
    }

    @Override
    public void close() {
        endpoint.stop();
    }
}
