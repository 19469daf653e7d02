package org.switchboard.console;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.switchboard.console.model.CallEntry;
import org.switchboard.console.model.ConsoleTrigger;
import org.switchboard.console.model.LineState;
import org.switchboard.console.model.Pending;
import org.switchboard.console.model.SessionId;
import org.switchboard.shared.model.CallId;

/**
 * Which session is taking which call, so that one call is never taken by two receptionists: the first take
 * back claims the call, a second one from another session is refused until the first lets it go. Safe to use
 * from every session's thread at once.
 */
final class CallClaims {

    private final ConcurrentMap<CallId, SessionId> claims = new ConcurrentHashMap<>();

    /** Claims {@code call} for {@code session}; the session that holds it already when it is another one. */
    Optional<SessionId> claim(CallId call, SessionId session) {
        SessionId holder = claims.putIfAbsent(call, session);
        return holder == null || holder.equals(session) ? Optional.empty() : Optional.of(holder);
    }

    /** Lets the call go, if {@code session} holds it. */
    void release(CallId call, SessionId session) {
        claims.remove(call, session);
    }

    /**
     * After a step of {@code session} about {@code entry}: lets the call go when it left her, or when it waits in
     * her queue again with no take back of it pending (the take back failed). A take back of a waiting call
     * leaves the entry waiting until the call rings her phone, so the claim must outlive that step: the other
     * receptionists' take backs in between are the race it is for.
     */
    void afterStep(SessionId session, CallEntry entry, Optional<Pending> pending) {
        boolean takingBack = pending.filter(p -> p.command() == ConsoleTrigger.TAKE_BACK
                && p.call().equals(Optional.of(entry.call()))).isPresent();
        if (entry.state() == LineState.GONE || entry.state() == LineState.QUEUED && !takingBack) {
            release(entry.call(), session);
        }
    }

    /** Lets go every call {@code session} holds. */
    void releaseAll(SessionId session) {
        claims.values().removeIf(session::equals);
    }

    Optional<SessionId> holder(CallId call) {
        return Optional.ofNullable(claims.get(call));
    }
}
