package org.switchboard.sip.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;

import org.junit.jupiter.api.Test;

import gov.nist.javax.sip.SipStackImpl;

/**
 * Each stack is created from a thread of a thread group of its own, so every thread it starts belongs to that
 * group and the test can wait for them all to end.
 */
class StackShutdownTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final AtomicInteger STACKS = new AtomicInteger();

    @Test
    void givenAStackListeningOnUdpAndTcp_whenStopped_thenItsThreadsEndAndItsPortsAreFree() throws Exception {
        int udpPort = freeUdpPort();
        int tcpPort = freeTcpPort();
        ThreadGroup group = new ThreadGroup("listening-stack");
        SipStackImpl stack = inGroup(group, () -> {
            SipStackImpl created = newStack();
            created.createSipProvider(created.createListeningPoint("127.0.0.1", udpPort, ListeningPoint.UDP))
                    .addListeningPoint(created.createListeningPoint("127.0.0.1", tcpPort, ListeningPoint.TCP));
            created.start();
            return created;
        });
        List<String> running = threadsOf(group).stream().map(Thread::getName).toList();

        StackShutdown.stop(stack);

        assertThat(running).contains("EventScannerThread", "MessageProcessorThread-UDP-127.0.0.1/" + udpPort,
                "MessageProcessorThread-TCP-127.0.0.1/" + tcpPort);
        assertThat(threadsLeftAfterWaiting(group)).extracting(Thread::getName).isEmpty();
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(LOOPBACK, udpPort));
                ServerSocket tcp = new ServerSocket(tcpPort, 1, LOOPBACK)) {
            assertThat(udp.getLocalPort()).isEqualTo(udpPort);
            assertThat(tcp.getLocalPort()).isEqualTo(tcpPort);
        }
    }

    @Test
    void givenItsTcpPortWasTaken_whenStopped_thenItStopsAllTheSameAndFreesItsUdpPort() throws Exception {
        int udpPort = freeUdpPort();
        ThreadGroup group = new ThreadGroup("stack-with-a-taken-tcp-port");
        SipStackImpl stack = inGroup(group, StackShutdownTest::newStack);
        try (ServerSocket taken = new ServerSocket(0, 1, LOOPBACK)) {
            inGroup(group, () -> stack.createListeningPoint("127.0.0.1", udpPort, ListeningPoint.UDP));
            assertThatThrownBy(() -> inGroup(group,
                    () -> stack.createListeningPoint("127.0.0.1", taken.getLocalPort(), ListeningPoint.TCP)))
                    .isInstanceOf(InvalidArgumentException.class);

            StackShutdown.stop(stack);
        }

        assertThat(threadsLeftAfterWaiting(group)).extracting(Thread::getName).isEmpty();
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(LOOPBACK, udpPort))) {
            assertThat(udp.getLocalPort()).isEqualTo(udpPort);
        }
    }

    private static SipStackImpl newStack() throws Exception {
        return new SipStackImpl(StackProperties.named("stack-shutdown-test-" + STACKS.incrementAndGet()));
    }

    /** Runs the action on a new thread of the group, so that the threads it starts belong to the group. */
    private static <T> T inGroup(ThreadGroup group, Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        new Thread(group, task, group.getName() + "-caller").start();
        try {
            return task.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Waits, until the deadline at most, for every thread of the group to end; returns those still alive. */
    private static List<Thread> threadsLeftAfterWaiting(ThreadGroup group) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<Thread> left = threadsOf(group);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            left.get(0).join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            left = threadsOf(group);
        }
        return left;
    }

    private static List<Thread> threadsOf(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        return List.of(Arrays.copyOf(threads, group.enumerate(threads, true)));
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
            return socket.getLocalPort();
        }
    }

    private static int freeTcpPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            return socket.getLocalPort();
        }
    }
}
