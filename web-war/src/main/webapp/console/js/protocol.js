// The console protocol's wire, as docs/console-protocol.md describes it: the two versioned media types, the
// commands written field by field in the protocol's order, and the updates read into plain objects. Nothing
// here knows what the commands do: the server says what is allowed.

export const COMMAND_TYPE = 'application/vnd.switchboard.command.v1+json';
export const UPDATE_TYPE = 'application/vnd.switchboard.update.v1+json';

/** The longest texts and the dialable numbers the protocol takes. */
export const LIMITS = Object.freeze({ note: 500, presenceNote: 200, reason: 100, client: 100,
    dialable: /^[0-9+*#]{1,32}$/ });

/** The statuses a receptionist may state with SET_PRESENCE (on the phone and offline come from the server). */
export const SETTABLE_STATUSES = Object.freeze(['available', 'away', 'busy', 'do-not-disturb']);
/** Every status a PRESENCE update may carry. */
export const STATUSES = Object.freeze([...SETTABLE_STATUSES, 'on-the-phone', 'offline']);

// Each command's own fields, in the order the protocol writes them, after "command" and "seq".
// A field whose name ends in "?" is optional: left out when absent (an empty text or false).
const FIELDS = Object.freeze({
    LOG_IN: ['paused', 'client?', 'presence?', 'status?', 'failover?'],
    LOG_OUT: [],
    PAUSE: ['reason?'],
    UNPAUSE: [],
    TAKE_BACK: ['callId'],
    HANG_UP: ['line'],
    HOLD: ['line'],
    RETRIEVE: ['line'],
    DIAL: ['line', 'number'],
    COUPLE: [],
    PARK: ['line', 'note?'],
    DIRECTED_PARK: ['line', 'extension', 'note?'],
    CAMP_ON: ['line', 'extension'],
    RESET: [],
    NOTE: ['callId', 'note'],
    BUG_REPORT: ['note', 'callId?'],
    RESYNC: [],
    SET_PRESENCE: ['status', 'note'],
});

/** The names of the protocol's commands. */
export const COMMANDS = Object.freeze(Object.keys(FIELDS));

/** Thrown for a command the page must not send; the message says which field is wrong. */
export class InvalidCommand extends Error {}

function checked(name, field, value) {
    switch (field) {
        case 'line':
            if (value !== 1 && value !== 2) throw new InvalidCommand(`line must be 1 or 2, not ${value}`);
            return value;
        case 'number':
        case 'extension':
            if (typeof value !== 'string' || !LIMITS.dialable.test(value)) {
                throw new InvalidCommand(`${field} must be 1 to 32 digits, +, * or #`);
            }
            return value;
        case 'paused':
        case 'presence':
        case 'failover':
            return value === true;
        case 'status':
            if (!SETTABLE_STATUSES.includes(value)) {
                throw new InvalidCommand(`status must be one of ${SETTABLE_STATUSES.join(', ')}, not ${value}`);
            }
            return value;
        case 'callId':
            if (typeof value !== 'string' || value === '') throw new InvalidCommand(`${name} needs a call`);
            return value;
        default: {
            const text = String(value);
            const limit = name === 'SET_PRESENCE' ? LIMITS.presenceNote : LIMITS[field];
            if (text.length > limit) {
                throw new InvalidCommand(`${field} is longer than ${limit} characters`);
            }
            if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text)) {
                throw new InvalidCommand(`${field} holds a control character`);
            }
            return text;
        }
    }
}

/**
 * The body of a command: {@code name} (LOG_IN, HOLD, …), the client's {@code seq}, and the command's fields.
 * Throws InvalidCommand for an unknown command or a field the server would refuse.
 */
export function encodeCommand(name, seq, fields = {}) {
    if (!Object.hasOwn(FIELDS, name)) throw new InvalidCommand(`unknown command ${name}`);
    const body = { command: name, seq };
    for (const spec of FIELDS[name]) {
        const optional = spec.endsWith('?');
        const field = optional ? spec.slice(0, -1) : spec;
        const value = fields[field];
        if (value === undefined || value === null || (optional && (value === '' || value === false))) {
            if (optional) continue;
            if (field !== 'paused') throw new InvalidCommand(`${name} needs ${field}`);
        }
        body[field] = checked(name, field, value);
    }
    return JSON.stringify(body);
}

/** Thrown while reading an update that is not one of the protocol's. */
class Malformed extends Error {}

function need(condition, reason) {
    if (!condition) throw new Malformed(reason);
}

/** Whether a SIP Content-Type is the given media type (any case; parameters such as charset ignored). */
export function isType(mediaType, contentType) {
    return typeof contentType === 'string' && contentType.split(';')[0].trim().toLowerCase() === mediaType;
}

function time(value, field) {
    const ms = Date.parse(value);
    need(typeof value === 'string' && !Number.isNaN(ms), `${field} must be a time`);
    return ms;
}

function text(value, field) {
    need(value === undefined || value === null || typeof value === 'string', `${field} must be a text`);
    return value ?? '';
}

function count(value, field) {
    need(value === undefined || (Number.isInteger(value) && value >= 0), `${field} must be a whole number from 0`);
    return value ?? 0;
}

function call(raw, where) {
    need(raw && typeof raw === 'object' && !Array.isArray(raw), `${where} must be an object`);
    need(typeof raw.callId === 'string' && raw.callId !== '', `${where}.callId is missing`);
    need(typeof raw.state === 'string', `${where}.state is missing`);
    const history = raw.history ?? [];
    need(Array.isArray(history), `${where}.history must be an array`);
    return {
        callId: raw.callId,
        number: text(raw.number, `${where}.number`),
        name: text(raw.name, `${where}.name`),
        disposition: text(raw.disposition, `${where}.disposition`),
        owner: raw.owner ? { session: text(raw.owner.session), name: text(raw.owner.name) } : null,
        state: raw.state,
        queue: raw.queue ?? null,
        extension: raw.extension ?? null,
        since: time(raw.since, `${where}.since`),
        deadline: raw.deadline == null ? null : time(raw.deadline, `${where}.deadline`),
        note: text(raw.note, `${where}.note`),
        history: history.map((entry, i) => ({
            at: time(entry?.at, `${where}.history[${i}].at`),
            state: text(entry.state, 'state'),
            trigger: text(entry.trigger, 'trigger'),
            kind: text(entry.kind, 'kind'),
            line: entry.line ?? null,
            detail: text(entry.detail, 'detail'),
        })),
        historyOmitted: count(raw.historyOmitted, `${where}.historyOmitted`),
    };
}

function calls(list, field) {
    need(Array.isArray(list), `${field} must be an array`);
    return list.map((raw, i) => call(raw, `${field}[${i}]`));
}

function state(body) {
    need(typeof body.state === 'string', 'state is missing');
    need(body.receptionist && typeof body.receptionist.login === 'string', 'receptionist is missing');
    need(Array.isArray(body.allowed) && body.allowed.every(name => typeof name === 'string'),
        'allowed must be an array of command names');
    need(Array.isArray(body.lines) && body.lines.length === 2 && body.lines[0]?.line === 1
        && body.lines[1]?.line === 2, 'lines must be line 1 then line 2');
    return {
        kind: 'STATE',
        session: body.session,
        seq: body.seq,
        sentAt: time(body.sentAt, 'sentAt'),
        site: text(body.site, 'site'),
        state: body.state,
        receptionist: { login: body.receptionist.login, name: text(body.receptionist.name, 'receptionist.name') },
        paused: body.paused === true,
        allowed: new Set(body.allowed),
        pending: body.pending ? { command: body.pending.command, commandSeq: body.pending.commandSeq } : null,
        lines: body.lines.map((line, i) => (line.call ? call(line.call, `lines[${i}].call`) : null)),
        waiting: calls(body.waiting ?? [], 'waiting'),
        waitingOmitted: count(body.waitingOmitted, 'waitingOmitted'),
        supervised: calls(body.supervised ?? [], 'supervised'),
        supervisedOmitted: count(body.supervisedOmitted, 'supervisedOmitted'),
        error: body.error ? { commandSeq: body.error.commandSeq, command: text(body.error.command, 'error.command'),
            code: text(body.error.code, 'error.code'), reason: text(body.error.reason, 'error.reason') } : null,
        loggedOut: body.loggedOut ? { reason: text(body.loggedOut.reason, 'loggedOut.reason'),
            detail: text(body.loggedOut.detail, 'loggedOut.detail') } : null,
    };
}

function phones(body) {
    need(typeof body.full === 'boolean', 'full must be true or false');
    need(Array.isArray(body.phones), 'phones must be an array');
    return {
        kind: 'PHONES',
        session: body.session,
        seq: body.seq,
        full: body.full,
        phones: body.phones.map((phone, i) => {
            need(phone && typeof phone.extension === 'string' && typeof phone.status === 'string',
                `phones[${i}] needs extension and status`);
            return { extension: phone.extension, device: text(phone.device, 'device'), status: phone.status,
                registered: phone.registered === true };
        }),
    };
}

function presence(body) {
    need(typeof body.full === 'boolean', 'full must be true or false');
    need(Array.isArray(body.users), 'users must be an array');
    return {
        kind: 'PRESENCE',
        session: body.session,
        seq: body.seq,
        full: body.full,
        users: body.users.map((user, i) => {
            need(user && typeof user.user === 'string' && /^[A-Za-z0-9._+-]{1,32}$/.test(user.user),
                `users[${i}]: user must be 1 to 32 letters, digits or ._+-`);
            need(STATUSES.includes(user.status), `users[${i}].status must be one of [${STATUSES.join(', ')}]`);
            need(Number.isInteger(user.version) && user.version >= 0, `users[${i}].version is missing`);
            return { user: user.user, status: user.status, note: text(user.note, `users[${i}].note`),
                onPhone: user.onPhone === true, version: user.version };
        }),
    };
}

/** The roles a SITE update may name. */
export const ROLES = Object.freeze(['primary', 'secondary']);

function site(body) {
    need(typeof body.site === 'string' && /^[A-Za-z0-9._:@-]{1,64}$/.test(body.site),
        'site must be 1 to 64 letters, digits or ._:@-');
    need(ROLES.includes(body.role), `role must be one of [${ROLES.join(', ')}], not "${body.role}"`);
    need(typeof body.active === 'boolean', 'active is missing');
    return { kind: 'SITE', session: body.session, seq: body.seq, site: body.site, role: body.role,
        active: body.active, reason: text(body.reason, 'reason') };
}

const READERS = Object.freeze({ STATE: state, PHONES: phones, PRESENCE: presence, SITE: site });

/**
 * Reads an update body sent with {@code contentType}: {ok: true, update} or {ok: false, status, reason}
 * (415 for another media type, 400 for a body that is not an update). Never throws.
 */
export function decodeUpdate(contentType, body) {
    if (!isType(UPDATE_TYPE, contentType)) {
        return { ok: false, status: 415, reason: `${contentType} is not ${UPDATE_TYPE}` };
    }
    try {
        let parsed;
        try {
            parsed = JSON.parse(body);
        } catch {
            throw new Malformed('the body is not JSON');
        }
        need(parsed && typeof parsed === 'object' && !Array.isArray(parsed), 'the body must be a JSON object');
        need(Object.hasOwn(READERS, parsed.update), `update must be one of [${Object.keys(READERS).join(', ')}]`);
        need(typeof parsed.session === 'string' && parsed.session !== '', 'session is missing');
        // seq is below 2^63; a number past 2^53 loses precision, which no session reaches one update at a time
        need(Number.isInteger(parsed.seq) && parsed.seq >= 1, `seq must be 1 or more, not ${parsed.seq}`);
        return { ok: true, update: READERS[parsed.update](parsed) };
    } catch (e) {
        if (e instanceof Malformed) return { ok: false, status: 400, reason: e.message };
        return { ok: false, status: 400, reason: `the body cannot be read: ${e.message}` };
    }
}
