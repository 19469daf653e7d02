// How the link recovers: the update numbering (apply, ignore a stale update, see a gap and ask for a RESYNC
// once at a time) and the waits between attempts to reconnect. Plain logic, no I/O.

/** What to do with an update: apply it or not, and whether to send RESYNC now. */
export class UpdateSequence {
    #last = 0;
    #resyncing = false;

    /** A new log in: the server numbers on from where the session is, or from 1 after its restart. */
    reset() {
        this.#last = 0;
        this.#resyncing = false;
    }

    /**
     * The verdict on an update numbered {@code seq}: {apply, resync, gap}. An update not above the last applied is
     * ignored; one that skips numbers is applied (every STATE is whole) and asks for a RESYNC, unless one is on its
     * way already.
     */
    next(seq) {
        if (this.#last !== 0 && seq <= this.#last) {
            return { apply: false, resync: false, gap: false };
        }
        const gap = this.#last !== 0 && seq !== this.#last + 1;
        this.#last = seq;
        const resync = gap && !this.#resyncing;
        if (resync) this.#resyncing = true;
        return { apply: true, resync, gap };
    }

    /** The RESYNC was answered (or failed): a later gap asks again. */
    resyncDone() {
        this.#resyncing = false;
    }

    get last() {
        return this.#last;
    }
}

/** The waits before each attempt to reconnect: 1 s, doubling up to 15 s; back to 1 s once logged in again. */
export class Backoff {
    static FIRST_MS = 1000;
    static MOST_MS = 15000;
    #next = Backoff.FIRST_MS;

    nextDelay() {
        const delay = this.#next;
        this.#next = Math.min(this.#next * 2, Backoff.MOST_MS);
        return delay;
    }

    succeeded() {
        this.#next = Backoff.FIRST_MS;
    }
}
