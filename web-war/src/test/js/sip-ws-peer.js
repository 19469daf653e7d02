// A scripted server peer for the link's tests: a WebSocket server (RFC 6455, subprotocol sip) on 127.0.0.1 that
// speaks SIP as docs/console-sip.md says the console server does: LOG_IN answered 401 with a SHA-256 then an MD5
// digest challenge, then 200 with Switchboard-Session for the right MD5 answer (403 otherwise); commands answered
// as the test says; updates pushed as MESSAGE requests; presence SUBSCRIBEs answered and NOTIFYed as
// docs/presence-sip.md says, challenged too when asked. It checks the digest with Node's own MD5, not the page's.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const md5 = text => createHash('md5').update(text).digest('hex');

/** One SIP message read from a WebSocket text frame. */
export function parseSip(text) {
    const [head, ...rest] = text.split('\r\n\r\n');
    const [start, ...lines] = head.split('\r\n');
    const headers = new Map();
    for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
    }
    const response = start.startsWith('SIP/2.0 ');
    return {
        start,
        method: response ? null : start.split(' ')[0],
        status: response ? Number(start.split(' ')[1]) : null,
        reason: response ? start.split(' ').slice(2).join(' ') : null,
        header: name => headers.get(name.toLowerCase())?.[0],
        headers: name => headers.get(name.toLowerCase()) ?? [],
        body: rest.join('\r\n\r\n'),
    };
}

function frame(text) {
    const payload = Buffer.from(text, 'utf8');
    const length = payload.length;
    const head = length < 126 ? Buffer.from([0x81, length])
        : length < 65536 ? Buffer.from([0x81, 126, length >> 8, length & 255])
            : Buffer.concat([Buffer.from([0x81, 127]), (() => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(length)); return b; })()]);
    return Buffer.concat([head, payload]);
}

/** Reads the client's (masked) frames from a growing buffer; calls back with each text message or close. */
function frames(onText, onClose) {
    let buffer = Buffer.alloc(0);
    return chunk => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            if (buffer.length < 2) return;
            const opcode = buffer[0] & 15;
            let length = buffer[1] & 127;
            let offset = 2;
            if (length === 126) { length = buffer.readUInt16BE(2); offset = 4; }
            if (length === 127) { length = Number(buffer.readBigUInt64BE(2)); offset = 10; }
            if (buffer.length < offset + 4 + length) return;
            const mask = buffer.subarray(offset, offset + 4);
            const payload = Buffer.from(buffer.subarray(offset + 4, offset + 4 + length));
            for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i % 4];
            buffer = buffer.subarray(offset + 4 + length);
            if (opcode === 1) onText(payload.toString('utf8'));
            if (opcode === 8) onClose();
        }
    };
}

export class SipWsPeer {
    /** Every SIP message the client sent, in order. */
    received = [];
    connections = 0;
    /** The presence subscriptions by Call-ID, and the PIDF body of each user ({@code notify}). */
    subscriptions = new Map();
    pidf = new Map();
    #socket = null;
    #cseq = 0;
    #server;

    /**
     * @param accounts login -> password
     * @param answer (request) -> [status, reason] for commands after log in; 200 unless it says otherwise
     * @param algorithms the digest challenges of the 401, in order (the server's: SHA-256, then MD5)
     * @param http the handler of plain HTTP requests on the same port (404 unless given)
     * @param challengeSubscribe whether a SUBSCRIBE is challenged as a log in is; 'again': a wrong answer to the
     *        challenge gets a second 401 instead of 403
     */
    constructor({ accounts, answer = () => [200, 'OK'], algorithms = ['SHA-256', 'MD5'],
        http = (request, response) => response.writeHead(404).end(), challengeSubscribe = false }) {
        this.challengeSubscribe = challengeSubscribe;
        this.accounts = accounts;
        this.answer = answer;
        this.algorithms = algorithms;
        this.#server = createServer(http);
        this.#server.on('upgrade', (request, socket) => this.#upgrade(request, socket));
    }

    listen() {
        return new Promise(resolve => this.#server.listen(0, '127.0.0.1', () => resolve(this)));
    }

    get url() {
        return `ws://127.0.0.1:${this.#server.address().port}/sip/ws`;
    }

    close() {
        this.#socket?.destroy();
        this.#server.close();
        this.#server.closeAllConnections?.();
    }

    /** Cuts the client's connection, as a network failure would. */
    cut() {
        this.#socket?.destroy();
    }

    #upgrade(request, socket) {
        if (!(request.headers['sec-websocket-protocol'] ?? '').split(',').map(p => p.trim()).includes('sip')) {
            socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
            return;
        }
        const accept = createHash('sha1').update(request.headers['sec-websocket-key'] + GUID).digest('base64');
        socket.write(['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade',
            `Sec-WebSocket-Accept: ${accept}`, 'Sec-WebSocket-Protocol: sip', '', ''].join('\r\n'));
        this.#socket = socket;
        this.connections++;
        socket.on('data', frames(text => this.#message(socket, parseSip(text)), () => socket.end()));
        socket.on('error', () => {});
    }

    #send(socket, lines, body = '') {
        socket.write(frame([...lines, `Content-Length: ${Buffer.byteLength(body)}`, '', body].join('\r\n')));
    }

    #respond(socket, request, status, reason, extra = [], tag = randomBytes(4).toString('hex')) {
        const to = request.header('to');
        this.#send(socket, [`SIP/2.0 ${status} ${reason}`, ...request.headers('via').map(v => `Via: ${v}`),
            `From: ${request.header('from')}`, `To: ${to.includes('tag=') ? to : `${to};tag=${tag}`}`,
            `Call-ID: ${request.header('call-id')}`, `CSeq: ${request.header('cseq')}`, ...extra]);
    }

    #message(socket, message) {
        this.received.push(message);
        if (message.status !== null) return;
        if (message.method === 'OPTIONS') {
            this.#respond(socket, message, 200, 'OK');
        } else if (message.method === 'MESSAGE' && JSON.parse(message.body).command === 'LOG_IN') {
            this.#logIn(socket, message);
        } else if (message.method === 'MESSAGE') {
            const [status, reason] = this.answer(message);
            this.#respond(socket, message, status, reason);
        } else if (message.method === 'SUBSCRIBE') {
            this.#subscribe(socket, message);
        }
    }

    /**
     * A SUBSCRIBE to presence, as docs/presence-sip.md says the server answers it: challenged first when the peer
     * challenges subscriptions (a digest of the same accounts), then 200 with Expires, a To tag and a Contact, and a
     * NOTIFY of the presence {@code notify()} last set; Expires 0 ends it with a final NOTIFY.
     */
    #subscribe(socket, request) {
        if (this.challengeSubscribe && !this.#authorized(socket, request)) return;
        const to = request.header('to');
        const tag = to.match(/;tag=([^;]+)/)?.[1] ?? `sub${randomBytes(4).toString('hex')}`;
        const expires = Number(request.header('expires') ?? 3600);
        this.#respond(socket, request, 200, 'OK', [`Expires: ${expires}`,
            `Contact: <sip:watched@127.0.0.1;transport=ws>`], tag);
        const dialog = { socket, tag, target: request.header('contact').match(/<([^>]+)>/)[1],
            remote: request.header('from'), callId: request.header('call-id'),
            user: request.start.split(' ')[1].match(/^sip:([^@]+)@/)[1] };
        this.subscriptions.set(dialog.callId, dialog);
        this.#notify(dialog, expires > 0 ? `active;expires=${expires}` : 'terminated;reason=timeout');
        if (expires === 0) this.subscriptions.delete(dialog.callId);
    }

    /** Sets a user's PIDF body and NOTIFYs every subscription to her. */
    notify(user, pidf) {
        this.pidf.set(user, pidf);
        for (const dialog of this.subscriptions.values()) {
            if (dialog.user === user) this.#notify(dialog, 'active;expires=300');
        }
    }

    /** Ends every subscription from the server's side: a final NOTIFY (reason deactivated). */
    deactivate() {
        for (const dialog of this.subscriptions.values()) this.#notify(dialog, 'terminated;reason=deactivated');
        this.subscriptions.clear();
    }

    #notify(dialog, state) {
        const body = this.pidf.get(dialog.user) ?? '';
        this.#send(dialog.socket, [`NOTIFY ${dialog.target} SIP/2.0`,
            `Via: SIP/2.0/WS 127.0.0.1;branch=z9hG4bK${randomBytes(6).toString('hex')}`, 'Max-Forwards: 70',
            `From: <sip:${dialog.user}@127.0.0.1>;tag=${dialog.tag}`, `To: ${dialog.remote}`,
            `Call-ID: ${dialog.callId}`, `CSeq: ${++this.#cseq} NOTIFY`, 'Event: presence',
            `Subscription-State: ${state}`, `Contact: <sip:${dialog.user}@127.0.0.1;transport=ws>`,
            ...(body ? ['Content-Type: application/pidf+xml'] : [])], body);
    }

    /** Whether the request carries the right MD5 digest of an account; else answers 401 (no digest) or 403. */
    #authorized(socket, request) {
        const authorization = request.header('authorization');
        if (!authorization) {
            const challenge = algorithm => `Digest realm="switchboard", qop="auth", nonce="n-${this.connections}", `
                + `opaque="op", algorithm=${algorithm}`;
            this.#respond(socket, request, 401, 'Unauthorized',
                this.algorithms.map(algorithm => `WWW-Authenticate: ${challenge(algorithm)}`));
            return false;
        }
        const field = name => authorization.match(new RegExp(`${name}="?([^",]*)"?`))?.[1];
        const login = field('username');
        const password = this.accounts[login];
        const ha1 = md5(`${login}:switchboard:${password}`);
        const ha2 = md5(`${request.method}:${field('uri')}`);
        const expected = md5(`${ha1}:${field('nonce')}:${field('nc')}:${field('cnonce')}:auth:${ha2}`);
        if (password === undefined || field('algorithm') !== 'MD5' || field('response') !== expected) {
            if (request.method === 'SUBSCRIBE' && this.challengeSubscribe === 'again') {
                this.#respond(socket, request, 401, 'Unauthorized', [`WWW-Authenticate: Digest realm="switchboard", `
                    + `qop="auth", nonce="again", algorithm=MD5`]);
            } else {
                this.#respond(socket, request, 403, 'wrong login or password');
            }
            return false;
        }
        this.authorizedAs = login;
        return true;
    }

    #logIn(socket, request) {
        if (!this.#authorized(socket, request)) return;
        this.login = this.authorizedAs;
        this.#respond(socket, request, 200, 'OK', ['Switchboard-Session: s-1']);
    }

    /** Pushes an update body as the server does: a MESSAGE over the client's connection. */
    push(body) {
        const socket = this.#socket;
        const cseq = ++this.#cseq;
        this.#send(socket, [`MESSAGE sip:${this.login}@client.invalid;transport=ws SIP/2.0`,
            `Via: SIP/2.0/WS 127.0.0.1;branch=z9hG4bK${randomBytes(6).toString('hex')}`, 'Max-Forwards: 70',
            `From: <sip:switchboard@127.0.0.1>;tag=server1`, `To: <sip:${this.login}@127.0.0.1>`,
            'Call-ID: updates-1', `CSeq: ${cseq} MESSAGE`, 'Switchboard-Session: s-1',
            'Content-Type: application/vnd.switchboard.update.v1+json'], body);
        return cseq;
    }

    /** The client's final answer to the update pushed with {@code cseq}, once it came. */
    answerTo(cseq) {
        return this.received.find(m => m.status !== null && m.header('cseq') === `${cseq} MESSAGE`);
    }

    /** The commands the client sent after logging in, by name. */
    commands(name) {
        return this.received.filter(m => m.method === 'MESSAGE' && JSON.parse(m.body).command === name);
    }
}

/** Waits until {@code condition()} is truthy (checked every 10 ms), or fails after {@code ms}. */
export async function until(description, condition, ms = 5000) {
    const deadline = Date.now() + ms;
    for (;;) {
        const value = condition();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting until ${description}`);
        await new Promise(resolve => setTimeout(resolve, 10));
    }
}
