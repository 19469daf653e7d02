// The console's link to the server: SIP over WebSocket through JsSIP, without REGISTER (docs/console-sip.md).
// Log in is a MESSAGE with LOG_IN answered 401 and sent again with digest credentials by JsSIP. JsSIP 3.13.8 answers
// only MD5, and of a 401's WWW-Authenticate headers it keeps only the last (its Parser sets the header instead of
// adding it): the server's order, SHA-256 first and MD5 last, is what makes the log in work. Commands are MESSAGEs
// with the session header; the server's updates are MESSAGEs answered 200 (400 or 415 for a body the page cannot
// read); OPTIONS keeps the link alive. After a lost connection, a keep-alive without answer, a 481 or a server
// stopping, the link connects and logs in again by itself (the server then pushes the whole state); after a gap
// in the updates' numbers it sends RESYNC. It tells the page each change of its state and what it did. The status
// she stated (SET_PRESENCE) outlives a reconnect: the link's LOG_IN again names it, so that the new session's
// console login states it from the start (a new session would start available); her note stays on the server. A
// log in from the form names none: she starts available, as the server says.

import { COMMAND_TYPE, decodeUpdate, encodeCommand } from './protocol.js';
import { look } from './presence.js';
import { Backoff, UpdateSequence } from './recovery.js';
import { every } from './ticker.js';

/** How often the link sends OPTIONS: the server wants a request at least every 30 s. */
export const KEEP_ALIVE_MS = 20_000;
/** How long a connection attempt may take before it counts as failed. */
export const CONNECT_MS = 10_000;
const SESSION_HEADER = 'Switchboard-Session';
const CLIENT = 'switchboard-browser-console/1.0';

/** The link's states, as the page shows them. */
export const LinkState = Object.freeze({
    OFFLINE: 'offline',
    CONNECTING: 'connecting',
    ONLINE: 'online',
    RECONNECTING: 'reconnecting',
});

/** Logged-out reasons after which the link comes back by itself: the server went away, not the receptionist. */
const COME_BACK = new Set(['SERVER', 'TIMEOUT']);

export class ConsoleLink {
    #jssip;
    #url;
    #domain;
    #listener;
    #keepAliveMs;
    #failover;
    #ua = null;
    #session = null;
    #credentials = null;
    #paused = false;
    #stated = null;
    #commandSeq = 0;
    #sequence = new UpdateSequence();
    #backoff = new Backoff();
    #stopKeepAlive = () => {};
    #retry = null;
    #state = LinkState.OFFLINE;
    #reason = '';
    #wanted = false;

    /**
     * @param JsSIP the JsSIP library
     * @param url the WebSocket URL (ws(s)://host:port/sip/ws)
     * @param domain the host part of the SIP URIs
     * @param listener {state(state, detail), update(update, receivedAt), notice(text)}; receivedAt is the
     *        performance.now() of the MESSAGE's arrival
     * @param failover whether the page keeps a link to each site of a pair: its LOG_IN asks for SITE updates
     */
    constructor({ JsSIP, url, domain, listener, keepAliveMs = KEEP_ALIVE_MS, failover = false }) {
        this.#jssip = JsSIP;
        this.#url = url;
        this.#domain = domain;
        this.#listener = listener;
        this.#keepAliveMs = keepAliveMs;
        this.#failover = failover;
    }

    get state() {
        return this.#state;
    }

    get session() {
        return this.#session;
    }

    /** Logs in: {ok: true} or {ok: false, reason}. The link then stays up by itself until logOut. */
    async logIn(login, password, paused) {
        this.#credentials = { login, password };
        this.#paused = paused;
        this.#stated = null;
        this.#wanted = true;
        this.#backoff.succeeded();
        const result = await this.#connectAndLogIn();
        if (!result.ok) this.#stop(LinkState.OFFLINE, result.reason);
        return result;
    }

    /** Sends a command of the session: resolves to {status, reason} (200 taken, 403 refused with the reason, …). */
    send(name, fields = {}) {
        const body = encodeCommand(name, ++this.#commandSeq, fields);
        return this.#message(body, [`${SESSION_HEADER}: ${this.#session}`]).then(answer => {
            if (answer.status === 481 && this.#state === LinkState.ONLINE) this.#lost(`the server answered 481: ${answer.reason}`);
            return answer;
        });
    }

    /** Logs out; the last STATE update ends the link. */
    logOut() {
        this.#wanted = false;
        return this.send('LOG_OUT').finally(() => this.#stop(LinkState.OFFLINE, 'logged out'));
    }

    /** Remembers the paused state of the last update, so that a log in again keeps it. */
    paused(paused) {
        this.#paused = paused;
    }

    /** Remembers the status she stated and the server took, so that a log in again names it. */
    stated(status) {
        this.#stated = status;
    }

    async #connectAndLogIn() {
        this.#setState(this.#state === LinkState.RECONNECTING ? LinkState.RECONNECTING : LinkState.CONNECTING,
            'connecting to the server');
        const connected = await this.#connect();
        if (!connected.ok) {
            this.#closeUa();
            return connected;
        }
        this.#sequence.reset();
        const body = encodeCommand('LOG_IN', ++this.#commandSeq, { paused: this.#paused, client: CLIENT,
            presence: true, status: this.#stated, failover: this.#failover });
        const answer = await this.#message(body, []);
        if (answer.status !== 200) {
            this.#closeUa();
            return { ok: false, status: answer.status, reason: logInRefusal(answer) };
        }
        this.#session = answer.response?.getHeader(SESSION_HEADER) ?? null;
        this.#backoff.succeeded();
        this.#startKeepAlive();
        this.#setState(LinkState.ONLINE, `logged in as ${this.#credentials.login}`);
        return { ok: true };
    }

    #connect() {
        this.#closeUa();
        const JsSIP = this.#jssip;
        const ua = new JsSIP.UA({
            sockets: [new JsSIP.WebSocketInterface(this.#url)],
            uri: `sip:${this.#credentials.login}@${this.#domain}`,
            password: this.#credentials.password,
            register: false,
            user_agent: CLIENT,
        });
        this.#ua = ua;
        ua.on('newMessage', event => {
            if (event.originator === 'remote') this.#received(event);
        });
        return new Promise(resolve => {
            const timer = setTimeout(() => resolve({ ok: false, reason: 'the server did not answer' }), CONNECT_MS);
            ua.once('connected', () => {
                clearTimeout(timer);
                ua.on('disconnected', () => {
                    if (this.#ua === ua) this.#lost('the connection to the server closed');
                });
                resolve({ ok: true });
            });
            ua.once('disconnected', () => {
                clearTimeout(timer);
                resolve({ ok: false, reason: 'cannot connect to the server' });
            });
            ua.start();
        });
    }

    #target() {
        return `sip:switchboard@${this.#domain}`;
    }

    /** Sends a MESSAGE; resolves to {status, reason, response} on any final answer or failure (status 0). */
    #message(body, headers) {
        return new Promise(resolve => {
            if (!this.#ua) {
                resolve({ status: 0, reason: 'not connected' });
                return;
            }
            this.#ua.sendMessage(this.#target(), body, {
                contentType: COMMAND_TYPE,
                extraHeaders: headers,
                eventHandlers: {
                    succeeded: e => resolve({ status: e.response.status_code, reason: e.response.reason_phrase,
                        response: e.response }),
                    failed: e => resolve({ status: e.response?.status_code ?? 0,
                        reason: e.response?.reason_phrase ?? String(e.cause), response: e.response }),
                },
            });
        });
    }

    #received(event) {
        const receivedAt = performance.now();
        const request = event.request;
        const read = decodeUpdate(request.getHeader('Content-Type'), request.body ?? '');
        if (!read.ok) {
            event.message.reject({ status_code: read.status, reason_phrase: read.reason.replace(/[\r\n]/g, ' ') });
            this.#listener.notice(`An update could not be read (${read.reason}); asking for the whole state again.`);
            this.#resync();
            return;
        }
        event.message.accept();
        const update = read.update;
        const verdict = this.#sequence.next(update.seq);
        if (!verdict.apply) return;
        this.#listener.update(update, receivedAt);
        if (verdict.resync) {
            this.#listener.notice('Some updates were missed: the console asked for the whole state again.');
            this.#resync();
        }
        if (update.kind === 'STATE' && update.loggedOut) this.#ended(update.loggedOut.reason);
    }

    #resync() {
        this.send('RESYNC').finally(() => this.#sequence.resyncDone());
    }

    #ended(reason) {
        if (this.#wanted && COME_BACK.has(reason)) {
            this.#lost(reason === 'SERVER' ? 'the server is stopping' : 'the server logged this console out');
            return;
        }
        this.#wanted = false;
        this.#stop(LinkState.OFFLINE, 'the session ended');
    }

    #startKeepAlive() {
        this.#stopKeepAlive();
        this.#stopKeepAlive = every(this.#keepAliveMs, () => {
            const ua = this.#ua;
            if (!ua) return;
            ua.sendOptions(this.#target(), null, {
                eventHandlers: {
                    failed: e => {
                        if (this.#ua === ua && !e.response) this.#lost(`the keep-alive failed: ${e.cause}`);
                    },
                },
            });
        });
    }

    /** The link is lost while wanted: tell the page, then connect and log in again after a wait. */
    #lost(why) {
        if (!this.#wanted || this.#state === LinkState.RECONNECTING) return;
        this.#stopKeepAlive();
        this.#closeUa();
        this.#setState(LinkState.RECONNECTING, why);
        this.#scheduleRetry();
    }

    #scheduleRetry() {
        clearTimeout(this.#retry);
        const delay = this.#backoff.nextDelay();
        this.#listener.notice(`Connection lost (${this.#reason}). Reconnecting in ${Math.round(delay / 1000)} s…`);
        this.#retry = setTimeout(async () => {
            if (!this.#wanted) return;
            const result = await this.#connectAndLogIn();
            if (result.ok) {
                const kept = this.#stated ? ` Your presence stays ${look({ status: this.#stated }).label}.` : '';
                this.#listener.notice(`Reconnected and logged in again: the console shows the whole state anew.${kept}`);
            } else if (result.status === 403) {
                this.#wanted = false;
                this.#stop(LinkState.OFFLINE, result.reason);
            } else {
                this.#state = LinkState.RECONNECTING;
                this.#reason = result.reason;
                this.#scheduleRetry();
            }
        }, delay);
    }

    #setState(state, detail) {
        this.#state = state;
        this.#reason = detail;
        this.#listener.state(state, detail);
    }

    #stop(state, detail) {
        this.#stopKeepAlive();
        clearTimeout(this.#retry);
        this.#closeUa();
        this.#session = null;
        this.#setState(state, detail);
    }

    #closeUa() {
        const ua = this.#ua;
        this.#ua = null;
        if (ua) {
            ua.removeAllListeners();
            ua.stop();
        }
    }
}

function logInRefusal(answer) {
    if (answer.status === 403) return answer.reason || 'wrong login or password';
    if (answer.status === 401) return 'the server asks for a digest this browser cannot answer (JsSIP answers MD5 only)';
    if (answer.status === 0) return `cannot reach the server (${answer.reason})`;
    return `the server answered ${answer.status} ${answer.reason}`;
}
