package org.switchboard.failover.model;

import java.util.Objects;

/**
 * One console session of a site as the other site is told of it: the receptionist's login, the session id and its
 * state ({@code IDLE}, {@code PASSIVE}, …), the columns the recovery runbook compares between the sites.
 */
public record SessionLine(String user, String session, String state) {

    public SessionLine {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(state, "state");
    }

    /** {@code user session state}, one line of {@code Pair.peerSessions()}. */
    public String shown() {
        return user + " " + session + " " + state;
    }
}
