package org.switchboard.pbx.ami;

import java.time.Duration;

/**
 * The wait before the next connect attempt: the minimum, doubled for each failure still counted, up to the
 * maximum. Two kinds of failure are counted apart, and each is forgotten as soon as it is disproved:
 * <ul>
 * <li>the PBX could not be reached or logged in to: forgotten at the next login, which proves it is back;</li>
 * <li>a login whose link was lost before its snapshot synchronised the models (the snapshot failed): forgotten
 * at the next synchronised snapshot, so a PBX that logs us in but cannot be read is not hammered.</li>
 * </ul>
 * A link lost after it synchronised is tried again after the minimum. The maximum bounds how long the server
 * can stay blind after the PBX is back, whatever happened before: its default is short (see
 * {@link AmiSettings#BACKOFF_MAX}), because an attempt against a PBX that is away costs one refused TCP
 * connect, while being blind costs calls nobody sees.
 */
final class ReconnectBackoff {

    private static final int MAX_DOUBLINGS = 20;

    private final Duration min;
    private final Duration max;
    private int unreachable;
    private int unsynchronised;

    ReconnectBackoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
    }

    /** A connect or login attempt failed; the wait before the next one. */
    synchronized Duration attemptFailed() {
        unreachable++;
        return current();
    }

    /** The link was lost; the wait before the next attempt. */
    synchronized Duration linkLost(boolean synchronisedSinceLogin) {
        if (!synchronisedSinceLogin) {
            unsynchronised++;
        }
        return current();
    }

    /** We logged in: the PBX is there, whatever failed to reach it before no longer counts. */
    synchronized void loggedIn() {
        unreachable = 0;
    }

    /** A snapshot synchronised the models: nothing counts any more. */
    synchronized void synchronised() {
        unreachable = 0;
        unsynchronised = 0;
    }

    private Duration current() {
        int doublings = Math.min(MAX_DOUBLINGS, Math.max(0, unreachable + unsynchronised - 1));
        Duration wait = min.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
