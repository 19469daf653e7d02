package org.switchboard.pbx.scripted;

/**
 * Whether the server plays dead: while frozen, connections neither read nor answer nor receive events, and
 * new connections get no greeting, but every socket stays open. Ends with thaw or when the server closes.
 */
final class Freeze {

    private boolean frozen;
    private boolean ended;

    synchronized void freeze() {
        frozen = true;
    }

    synchronized void thaw() {
        frozen = false;
        notifyAll();
    }

    /** Ends every wait for good: the server is closing. */
    synchronized void end() {
        ended = true;
        notifyAll();
    }

    synchronized boolean frozen() {
        return frozen;
    }

    /** Waits while frozen; returns false if the server closed meanwhile. */
    synchronized boolean awaitThawed() throws InterruptedException {
        while (frozen && !ended) {
            wait();
        }
        return !ended;
    }
}
