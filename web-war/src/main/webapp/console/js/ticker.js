// A steady tick for the link's keep-alive. A browser may hold back a hidden tab's timers to one wake-up a minute
// (Chrome's intensive throttling, after five minutes hidden), which would let the server's silence check (twice the
// 30 s keep-alive) log the console out while the receptionist works in another tab. The timers of a dedicated
// worker are not held back that way, so in a page the tick comes from one; elsewhere (Node) from setInterval.

/** Calls {@code tick} every {@code ms}; returns the function that stops it. */
export function every(ms, tick) {
    if (typeof Worker === 'function' && typeof document !== 'undefined') {
        const worker = new Worker(new URL('./tick-worker.js', import.meta.url));
        worker.onmessage = () => tick();
        worker.postMessage(ms);
        return () => worker.terminate();
    }
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
}
