package org.switchboard.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.switchboard.protocol.PresenceUpdate;

/**
 * What the watchers (the consoles) saw of each colleague (users {@code first} .. {@code first + count - 1}): the
 * newest version any of them got, which of them listed her, and the one change of her in flight. A change is claimed before its
 * request is sent; it is seen by a console at the first version newer than the one every console had when it was
 * claimed; it ends when its request has been answered and all the consoles saw it (or when it is
 * {@link #abandon abandoned}). A user has one change in flight at a time, so that a version cannot be credited to
 * the wrong change. Each console's reading thread calls {@link #presence} (a watcher in the service's JVM calls
 * {@link #seen}); any thread may claim and answer.
 */
final class PresenceTracker implements ConsoleDesks.PresenceWatcher {

    /** One user: guarded by itself. */
    private static final class Track {
        long latest = -1;
        int listed;
        long base;
        int change = -1;
        int seen;
        boolean answered;
        Changes changes;
    }

    /** The changes of one run, by their index: when sent, answered, first and last seen, and how they ended. */
    static final class Changes {
        final AtomicLongArray due;
        final AtomicLongArray sent;
        final AtomicLongArray answered;
        final AtomicLongArray firstSeen;
        final AtomicLongArray lastSeen;
        final AtomicLongArray failed;

        Changes(int capacity) {
            due = new AtomicLongArray(capacity);
            sent = new AtomicLongArray(capacity);
            answered = new AtomicLongArray(capacity);
            firstSeen = new AtomicLongArray(capacity);
            lastSeen = new AtomicLongArray(capacity);
            failed = new AtomicLongArray(capacity);
        }

        int capacity() {
            return sent.length();
        }
    }

    private final int first;
    private final int consoles;
    private final int everyConsole;
    private final Track[] tracks;
    private final AtomicLong inFlight = new AtomicLong();

    PresenceTracker(int first, int count, int consoles) {
        if (consoles < 1 || consoles > 31) {
            throw new IllegalArgumentException("1 to 31 consoles, not " + consoles);
        }
        this.first = first;
        this.consoles = consoles;
        this.everyConsole = (1 << consoles) - 1;
        this.tracks = new Track[count];
        for (int i = 0; i < count; i++) {
            tracks[i] = new Track();
        }
    }

    int users() {
        return tracks.length;
    }

    String user(int index) {
        return Integer.toString(first + index);
    }

    @Override
    public void presence(int desk, PresenceUpdate update, long nanoTime) {
        for (PresenceUpdate.UserPresence user : update.users()) {
            seen(desk, user.user(), user.version(), nanoTime);
        }
    }

    /** Watcher {@code watcher} (a console's index) got this version of the user at {@code nanoTime}. */
    void seen(int watcher, String user, long version, long nanoTime) {
        int index = index(user);
        if (index < 0) {
            return;
        }
        int bit = 1 << watcher;
        Track track = tracks[index];
        synchronized (track) {
            track.latest = Math.max(track.latest, version);
            track.listed |= bit;
            if (track.change >= 0 && version > track.base && (track.seen & bit) == 0) {
                if (track.seen == 0) {
                    track.changes.firstSeen.set(track.change, nanoTime);
                }
                track.seen |= bit;
                if (track.seen == everyConsole) {
                    track.changes.lastSeen.set(track.change, nanoTime);
                    endIfDone(track);
                }
            }
        }
    }

    private int index(String user) {
        if (user.length() > 9) {
            return -1;
        }
        try {
            int index = Integer.parseInt(user) - first;
            return index >= 0 && index < tracks.length ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** How many users every console has listed (the full listing at log in reached all of them). */
    int listedByAll() {
        int listed = 0;
        for (Track track : tracks) {
            synchronized (track) {
                listed += track.listed == everyConsole ? 1 : 0;
            }
        }
        return listed;
    }

    /**
     * Claims the user for change {@code change} of {@code changes}: false when a change of hers is still in flight.
     */
    boolean claim(int index, Changes changes, int change) {
        Track track = tracks[index];
        synchronized (track) {
            if (track.change >= 0) {
                return false;
            }
            track.base = track.latest;
            track.change = change;
            track.changes = changes;
            track.seen = 0;
            track.answered = false;
            inFlight.incrementAndGet();
            return true;
        }
    }

    /**
     * The request of the user's change was answered; a failed one ends the change (no version to wait for). Nothing
     * when the change was abandoned meanwhile.
     */
    void answered(int index, Changes changes, int change, boolean ok) {
        Track track = tracks[index];
        synchronized (track) {
            if (track.change != change || track.changes != changes) {
                return;
            }
            track.answered = true;
            if (!ok) {
                track.changes.failed.set(track.change, 1);
                end(track);
            } else {
                endIfDone(track);
            }
        }
    }

    private void endIfDone(Track track) {
        if (track.answered && track.seen == everyConsole) {
            end(track);
        }
    }

    private void end(Track track) {
        track.change = -1;
        track.changes = null;
        inFlight.decrementAndGet();
    }

    /** Waits until no change is in flight or {@code patience} has passed; how many are still in flight. */
    long awaitSettled(long patience, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(patience);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return inFlight.get();
    }

    /** Ends every change still in flight (not seen by every console): how many were. */
    int abandon() {
        int abandoned = 0;
        for (Track track : tracks) {
            synchronized (track) {
                if (track.change >= 0) {
                    abandoned++;
                    end(track);
                }
            }
        }
        return abandoned;
    }

    int consoles() {
        return consoles;
    }
}
