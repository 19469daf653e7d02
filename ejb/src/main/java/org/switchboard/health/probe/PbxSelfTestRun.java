package org.switchboard.health.probe;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.switchboard.health.model.PbxSelfTest;
import org.switchboard.health.model.PbxSelfTest.Answer;
import org.switchboard.health.model.ProbeReading;

/**
 * One run of the PBX self test: the AMI Ping goes out first (its answer comes back on asterisk-java's reader),
 * then the SIP OPTIONS is asked on the caller's thread, then the caller waits what is left of the same deadline
 * for the Pong. So both parts are asked at once and the run takes at most about the deadline. Plain Java; the
 * server's probe and the tests give it the real AMI link and the PBX's SIP address.
 *
 * <p>An AMI Ping that cannot be asked (no login now, or the send failed) is "not asked": whether the AMI link is up
 * is the console availability probe's to say; this test says whether a PBX that is reachable answers in time.
 *
 * @param sip the PBX's SIP address, if there is one
 * @param noSipReason why there is none (shown when {@code sip} is empty)
 * @param amiPing sends one AMI Ping over the live link ({@code AmiConnection.pingNow()})
 * @param deadline how long each part may take to answer
 */
public record PbxSelfTestRun(Optional<InetSocketAddress> sip, String noSipReason,
        Supplier<CompletableFuture<Duration>> amiPing, Duration deadline) {

    /** Asks both parts and reads their answers; never throws. */
    public ProbeReading check(Instant now) {
        long start = System.nanoTime();
        CompletableFuture<Duration> pong = startPing();
        Answer sipAnswer = sip.map(address -> SipOptionsPing.ask(address, deadline))
                .orElseGet(() -> new Answer.NotAsked(noSipReason));
        Answer amiAnswer = awaitPong(pong, start);
        String target = sip.map(address -> address.getHostString() + ":" + address.getPort()).orElse("-");
        return PbxSelfTest.reading(target, sipAnswer, amiAnswer, now, Duration.ofNanos(System.nanoTime() - start));
    }

    private CompletableFuture<Duration> startPing() {
        try {
            return amiPing.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Answer awaitPong(CompletableFuture<Duration> pong, long start) {
        long left = deadline.toNanos() - (System.nanoTime() - start);
        try {
            Duration took = pong.get(Math.max(0, left), TimeUnit.NANOSECONDS);
            return new Answer.Answered("Pong", took);
        } catch (TimeoutException e) {
            return new Answer.Silent(deadline);
        } catch (ExecutionException e) {
            return new Answer.NotAsked(String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.NotAsked("interrupted");
        }
    }
}
