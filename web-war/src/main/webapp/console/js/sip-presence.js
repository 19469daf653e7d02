// Colleagues' presence over SIP (RFC 6665, RFC 3856) with JsSIP's Subscriber: a SUBSCRIBE to the presence event
// package of each watched user over the server's SIP WebSocket (/sip/ws), and the PIDF of every NOTIFY read into the
// same status words the console shows (presence.js). Any page can use it (docs/presence-sip.md, "JsSIP"); the page
// watch.html does. The UA carries the receptionist's credentials, so a SUBSCRIBE the server challenges (401, digest)
// is sent again with them; without a challenge they are never used. A subscription that ends (its connection
// closed, the server ended it, a refresh answered 481) is made again after a wait, and all are made again when the
// WebSocket comes back; one whose credentials the server refused (a second 401) is not.

import { look } from './presence.js';
import { Backoff } from './recovery.js';

export const PIDF = 'application/pidf+xml';
/** How long a subscription is asked for; JsSIP refreshes it before it runs out. */
export const SUBSCRIPTION_SECONDS = 600;
/** A user id as the server has them: her extension. */
const USER = /^[0-9A-Za-z*#+_.-]{1,32}$/;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|\w+);/gi, (all, name) => {
        if (name[0] === '#') {
            const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
            return String.fromCodePoint(code);
        }
        return ENTITIES[name] ?? all;
    });
}

/** An element of any namespace prefix: {@code <rpid:away/>}, {@code <away/>}, {@code <r:away>…</r:away>}. */
const element = name => new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?/?>`, 'i');
const text = name => new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([^<]*)</`, 'gi');

/**
 * Reads a PIDF body (RFC 3863, with RPID activities, RFC 4480) by the server's own reading rules
 * (docs/presence-sip.md, "The PIDF body"): the strongest activity anywhere wins (do not disturb, then on the
 * phone, busy, away); without one an open tuple is available and only closed tuples are offline. Gives
 * {status, note} (status as the console protocol names it), or null for a body that says nothing of presence.
 */
export function readPidf(body) {
    if (!body || !element('presence').test(body)) return null;
    const basics = [...body.matchAll(text('basic'))].map(found => found[1].trim().toLowerCase());
    const others = [...body.matchAll(text('other'))].map(found => found[1].trim().toLowerCase());
    let status;
    if (others.some(other => ['do-not-disturb', 'dnd', 'do not disturb'].includes(other))) status = 'do-not-disturb';
    else if (element('on-the-phone').test(body)) status = 'on-the-phone';
    else if (element('busy').test(body)) status = 'busy';
    else if (element('away').test(body)) status = 'away';
    else if (basics.includes('open')) status = 'available';
    else if (basics.length > 0) status = 'offline';
    else return null;
    const note = [...body.matchAll(text('note'))][0]?.[1];
    return { status, note: note ? unescape(note.trim()) : '' };
}

/** What a watch tells: the user's presence shown (look()), or the subscription's state in words. */
export class SipPresenceWatch {
    #jssip;
    #url;
    #domain;
    #login;
    #password;
    #listener;
    #ua = null;
    #watched = new Map();
    #connectedOnce = false;

    /**
     * @param JsSIP the JsSIP library
     * @param url the WebSocket URL (ws(s)://host:port/sip/ws)
     * @param domain the host part of the SIP URIs
     * @param login, password the receptionist's account: the UA's credentials, for a digest challenge
     * @param listener {presence(user, shown), watching(user, words), connection(up)}: shown is presence.js look()
     *        of the newest NOTIFY; watching says how the subscription stands (subscribing, watching, ended and
     *        why); connection (optional) whether the WebSocket is up (JsSIP reconnects it by itself)
     */
    constructor({ JsSIP, url, domain, login, password, listener }) {
        this.#jssip = JsSIP;
        this.#url = url;
        this.#domain = domain;
        this.#login = login;
        this.#password = password;
        this.#listener = listener;
    }

    /** Connects the UA (no REGISTER): resolves to {ok} or {ok: false, reason}. */
    start(connectMs = 10_000) {
        const JsSIP = this.#jssip;
        const ua = new JsSIP.UA({
            sockets: [new JsSIP.WebSocketInterface(this.#url)],
            uri: `sip:${this.#login}@${this.#domain}`,
            password: this.#password,
            register: false,
            user_agent: 'switchboard-presence-watch/1.0',
        });
        this.#ua = ua;
        ua.on('connected', () => {
            this.#listener.connection?.(true);
            if (this.#connectedOnce) {
                for (const user of this.#watched.keys()) this.#subscribe(user);
            }
            this.#connectedOnce = true;
        });
        ua.on('disconnected', () => {
            this.#listener.connection?.(false);
            for (const user of this.#watched.keys()) this.#listener.watching(user, 'connection lost, reconnecting');
        });
        return new Promise(resolve => {
            const timer = setTimeout(() => resolve({ ok: false, reason: 'the server did not answer' }), connectMs);
            ua.once('connected', () => {
                clearTimeout(timer);
                resolve({ ok: true });
            });
            ua.once('disconnected', () => {
                clearTimeout(timer);
                resolve({ ok: false, reason: 'cannot connect to the server' });
            });
            ua.start();
        });
    }

    /** Watches a user (her extension): a subscription to her presence, kept until unwatch or stop. */
    watch(user) {
        if (!USER.test(user)) throw new TypeError(`"${user}" is not an extension`);
        if (this.#watched.has(user)) return;
        this.#watched.set(user, { subscriber: null, backoff: new Backoff(), retry: null });
        this.#subscribe(user);
    }

    /** Ends the watch of a user (an unsubscribe the server answers with its final NOTIFY). */
    unwatch(user) {
        const watch = this.#watched.get(user);
        if (!watch) return;
        this.#watched.delete(user);
        clearTimeout(watch.retry);
        this.#end(watch.subscriber);
    }

    /** The users watched, in the order they were added. */
    get users() {
        return [...this.#watched.keys()];
    }

    /** Ends every watch and the UA. */
    stop() {
        for (const user of this.users) this.unwatch(user);
        const ua = this.#ua;
        this.#ua = null;
        if (ua) {
            ua.removeAllListeners();
            ua.stop();
        }
    }

    #subscribe(user) {
        const watch = this.#watched.get(user);
        if (!watch || !this.#ua) return;
        clearTimeout(watch.retry);
        this.#end(watch.subscriber);
        const subscriber = this.#ua.subscribe(`sip:${user}@${this.#domain}`, 'presence', PIDF,
            { expires: SUBSCRIPTION_SECONDS });
        watch.subscriber = subscriber;
        const current = () => this.#watched.get(user) === watch && watch.subscriber === subscriber;
        subscriber.on('active', () => {
            if (!current()) return;
            watch.backoff.succeeded();
            this.#listener.watching(user, 'watching');
        });
        subscriber.on('notify', (isFinal, request, body) => {
            if (!current()) return;
            const read = readPidf(body);
            if (read) this.#listener.presence(user, look(read));
        });
        subscriber.on('terminated', (code, reason, retryAfter) => {
            if (!current()) return;
            watch.subscriber = null;
            if (code === subscriber.C.SUBSCRIBE_AUTHENTICATION_FAILED) {
                this.#listener.watching(user, 'not watched: the server refused her login or password');
                return;
            }
            const delay = Math.max((retryAfter ?? 0) * 1000, watch.backoff.nextDelay());
            this.#listener.watching(user, `${ended(subscriber, code, reason)}; subscribing again in `
                + `${Math.round(delay / 1000)} s`);
            watch.retry = setTimeout(() => this.#subscribe(user), delay);
        });
        this.#listener.watching(user, 'subscribing');
        subscriber.subscribe();
    }

    #end(subscriber) {
        if (!subscriber) return;
        subscriber.removeAllListeners();
        if (subscriber.state !== subscriber.C.STATE_TERMINATED) subscriber.terminate();
    }
}

/** Why a subscription ended, in words. */
function ended(subscriber, code, reason) {
    const C = subscriber.C;
    const why = {
        [C.SUBSCRIBE_RESPONSE_TIMEOUT]: 'the server did not answer',
        [C.SUBSCRIBE_TRANSPORT_ERROR]: 'the connection failed',
        [C.SUBSCRIBE_NON_OK_RESPONSE]: 'the server refused the subscription',
        [C.SUBSCRIBE_WRONG_OK_RESPONSE]: 'the server answered wrongly',
        [C.SUBSCRIBE_AUTHENTICATION_FAILED]: 'wrong login or password',
        [C.UNSUBSCRIBE_TIMEOUT]: 'the unsubscribe got no answer',
        [C.FINAL_NOTIFY_RECEIVED]: 'the server ended the subscription',
        [C.WRONG_NOTIFY_RECEIVED]: 'a NOTIFY could not be read',
    }[code] ?? `it ended (${code})`;
    return reason ? `${why} (${reason})` : why;
}
