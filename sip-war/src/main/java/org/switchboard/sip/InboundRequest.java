package org.switchboard.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sip.message.Request;

/**
 * A request as a handler sees it: the parsed request and the peer it came from. A handler may ask for work to
 * be done once its final response has been sent ({@link #afterAnswer(Runnable)}), for example to start
 * pushing to a client only after it has its answer.
 */
public final class InboundRequest {

    private final Request request;
    private final Peer peer;
    private final List<Runnable> afterAnswer = new ArrayList<>();

    public InboundRequest(Request request, Peer peer) {
        this.request = Objects.requireNonNull(request, "request");
        this.peer = Objects.requireNonNull(peer, "peer");
    }

    public Request request() {
        return request;
    }

    public Peer peer() {
        return peer;
    }

    /** Runs {@code task} after the final response was sent, or after sending it failed. */
    public synchronized void afterAnswer(Runnable task) {
        afterAnswer.add(Objects.requireNonNull(task, "task"));
    }

    synchronized List<Runnable> takeAfterAnswer() {
        List<Runnable> tasks = List.copyOf(afterAnswer);
        afterAnswer.clear();
        return tasks;
    }
}
