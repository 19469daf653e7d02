// What the page shows from the last STATE update: plain data for the renderer, worked out here so that it is
// tested without a browser. The words for the server's state names live here; a name the page does not know is
// shown as it is. Which commands may be sent comes only from the update's "allowed".

const SESSION_STATES = Object.freeze({
    LOGGED_OUT: 'Logged out',
    IDLE: 'Ready',
    NEW_INCOMING: 'Call ringing',
    OUTGOING: 'Dialling',
    CONVERSATION: 'In conversation',
    ON_HOLD: 'Call on hold',
    CONSULTATION: 'Consultation',
    DIR_PARK_INIT: 'Directed park starting',
    PASSIVE: 'Passive (working on the other site)',
});

// A line state: its words and its tone (the colour class; the words are always shown with it).
const CALL_STATES = Object.freeze({
    QUEUED: { label: 'Waiting', tone: 'waiting' },
    IN_RING: { label: 'Ringing', tone: 'ringing' },
    OUT_RING: { label: 'Calling', tone: 'ringing' },
    CONVERSATION: { label: 'Connected', tone: 'talking' },
    ON_HOLD: { label: 'On hold', tone: 'held' },
    PARKED: { label: 'Parked', tone: 'parked' },
    DIR_PARKED: { label: 'Parked for', tone: 'parked' },
    CAMPING: { label: 'Camping on', tone: 'parked' },
    GONE: { label: 'Gone', tone: 'gone' },
});

const ERRORS = Object.freeze({
    NOT_ALLOWED: 'not allowed now',
    UNKNOWN_CALL: 'the call is gone',
    CALL_TAKEN: 'another receptionist has the call',
    PBX_REFUSED: 'the PBX refused',
    PBX_TIMEOUT: 'the PBX did not confirm in time',
    PBX_DOWN: 'no connection to the PBX',
    INVALID: 'cannot be done',
});

const LOGGED_OUT = Object.freeze({
    CLIENT: 'You logged out.',
    FORCED: 'An administrator logged you out.',
    TIMEOUT: 'The server lost this console and logged it out.',
    REPLACED: 'You logged in on another console; this one is closed.',
    SERVER: 'The server is stopping.',
});

/** The words for a session state. */
export function sessionLabel(state) {
    return SESSION_STATES[state] ?? state;
}

/** The words and tone of a call's line state. */
export function callState(state) {
    return CALL_STATES[state] ?? { label: state, tone: 'unknown' };
}

/** A duration as m:ss, or h:mm:ss from an hour; never negative. */
export function clock(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = String(seconds % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A time of day as HH:MM:SS in the page's time zone. */
export function timeOfDay(ms) {
    return new Date(ms).toLocaleTimeString('en-GB', { hour12: false });
}

function who(call) {
    return call.name || call.number || 'Unknown number';
}

function history(call) {
    return call.history.map(entry => ({
        at: timeOfDay(entry.at),
        text: [callState(entry.state).label, `(${entry.trigger})`, entry.line ? `line ${entry.line}` : '',
            entry.detail].filter(Boolean).join(' '),
    }));
}

function supervision(call, now) {
    const state = callState(call.state);
    const left = call.deadline == null ? null : call.deadline - now;
    return {
        callId: call.callId,
        who: who(call),
        number: call.number,
        what: call.extension ? `${state.label} ${call.extension}` : state.label,
        tone: state.tone,
        note: call.note,
        countdown: left == null ? '' : left > 0 ? clock(left) : 'coming back',
        overdue: left != null && left <= 0,
    };
}

/**
 * The view of a STATE update at {@code now} (the server's clock, see ServerClock): the header, the two lines,
 * the waiting and supervised calls with their running times, the error and the end of the session.
 */
export function consoleView(state, now) {
    return {
        site: state.site,
        receptionist: state.receptionist.name
            ? `${state.receptionist.name} (${state.receptionist.login})` : state.receptionist.login,
        session: sessionLabel(state.state),
        paused: state.paused,
        lines: state.lines.map((call, i) => {
            if (!call) return { line: i + 1, free: true };
            const look = callState(call.state);
            return {
                line: i + 1,
                free: false,
                callId: call.callId,
                who: who(call),
                number: call.number,
                name: call.name,
                disposition: call.disposition,
                state: look.label,
                tone: look.tone,
                timer: clock(now - call.since),
                note: call.note,
                history: history(call),
                historyOmitted: call.historyOmitted,
            };
        }),
        waiting: state.waiting.map(call => ({
            callId: call.callId,
            who: who(call),
            number: call.number,
            queue: call.queue ?? call.disposition,
            waited: clock(now - call.since),
        })),
        waitingOmitted: state.waitingOmitted,
        supervised: state.supervised.map(call => supervision(call, now)),
        supervisedOmitted: state.supervisedOmitted,
        pending: state.pending ? `Waiting for the PBX to confirm ${state.pending.command}` : '',
        error: state.error
            ? `${state.error.command} failed: ${ERRORS[state.error.code] ?? state.error.code}. ${state.error.reason}`
            : '',
        loggedOut: state.loggedOut
            ? [LOGGED_OUT[state.loggedOut.reason] ?? state.loggedOut.reason, state.loggedOut.detail]
                .filter(Boolean).join(' ') : '',
    };
}

/**
 * The browser tab's title: what rings first, then the waiting calls, so that a receptionist working in another tab
 * sees a call coming.
 */
export function pageTitle(view) {
    const ringing = view.lines.find(line => !line.free && line.tone === 'ringing');
    const parts = [];
    if (ringing) parts.push(`${ringing.state}: ${ringing.who}`);
    const waiting = view.waiting.length + view.waitingOmitted;
    if (waiting) parts.push(`${waiting} waiting`);
    parts.push('Switchboard console');
    return parts.join(' · ');
}

/**
 * The server's clock as the page estimates it: each STATE says when it was made; the difference to the page's own
 * clock when it arrived is the offset (skew plus transit), so running times agree with the server's.
 */
export class ServerClock {
    #offset = 0;

    heard(sentAt, receivedAt) {
        this.#offset = receivedAt - sentAt;
    }

    now(local) {
        return local - this.#offset;
    }
}

/**
 * The line the actions apply to after an update: the receptionist's choice stays, except that a call arriving on
 * a line while the chosen line is free and had no call before moves the choice to the call.
 */
export function chooseLine(chosen, before, after) {
    const other = chosen === 1 ? 2 : 1;
    const free = state => !state || !state.lines[chosen - 1];
    const hasCall = (state, line) => Boolean(state && state.lines[line - 1]);
    if (free(after) && free(before) && hasCall(after, other) && !hasCall(before, other)) return other;
    return chosen;
}
