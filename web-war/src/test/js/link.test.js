// The link with the real JsSIP over a real WebSocket on 127.0.0.1, against a scripted peer that answers as the
// console server does (sip-ws-peer.js). Run with Node's WebSocket (node --experimental-websocket on Node 20).
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { ConsoleLink, LinkState } from '../../main/webapp/console/js/link.js';
import { COMMAND_TYPE } from '../../main/webapp/console/js/protocol.js';
import { golden } from './golden.js';
import { SipWsPeer, until } from './sip-ws-peer.js';

const JsSIP = createRequire(import.meta.url)('jssip');
const peers = [];
const links = [];

afterEach(() => {
    links.splice(0).forEach(link => link.state !== LinkState.OFFLINE && link.logOut().catch(() => {}));
    peers.splice(0).forEach(peer => peer.close());
});

function body(file, changes) {
    return JSON.stringify({ ...JSON.parse(golden(`updates/${file}`)), ...changes });
}

async function started(options = {}) {
    const peer = await new SipWsPeer({ accounts: { anna: 'secret' }, ...options }).listen();
    peers.push(peer);
    const heard = { states: [], updates: [], notices: [] };
    const link = new ConsoleLink({ JsSIP, url: peer.url, domain: '127.0.0.1', keepAliveMs: options.keepAliveMs,
        failover: options.failover, listener: {
            state: (state, detail) => heard.states.push([state, detail]),
            update: update => heard.updates.push(update),
            notice: text => heard.notices.push(text),
        } });
    links.push(link);
    return { peer, link, heard };
}

test('logs in: JsSIP answers the MD5 challenge that follows the SHA-256 one, and the link learns its session', async () => {
    const { peer, link } = await started();

    const result = await link.logIn('anna', 'secret', true);

    assert.deepEqual(result, { ok: true });
    assert.equal(link.state, LinkState.ONLINE);
    assert.equal(link.session, 's-1');
    const logIns = peer.commands('LOG_IN');
    assert.equal(logIns.length, 2, 'the challenged MESSAGE, then the one with credentials');
    assert.equal(logIns[0].header('content-type'), COMMAND_TYPE);
    assert.match(logIns[1].header('authorization'), /^Digest .*algorithm=MD5/);
    assert.match(logIns[1].header('authorization'), /qop=auth/);
    assert.deepEqual(JSON.parse(logIns[1].body), { command: 'LOG_IN', seq: 1, paused: true,
        client: 'switchboard-browser-console/1.0', presence: true });
    assert.equal(peer.received.filter(m => m.method === 'REGISTER').length, 0, 'no REGISTER');
});

test('a link of a page with both sites asks for SITE updates at log in, and hears them', async () => {
    const { peer, link, heard } = await started({ failover: true });

    assert.deepEqual(await link.logIn('anna', 'secret', false), { ok: true });
    const logIns = peer.commands('LOG_IN');
    assert.equal(JSON.parse(logIns[logIns.length - 1].body).failover, true);
    const site = peer.push(body('site-active.json', { seq: 1 }));
    await until('the SITE update is answered', () => peer.answerTo(site));
    assert.equal(peer.answerTo(site).status, 200);
    assert.deepEqual(heard.updates.map(u => [u.kind, u.site, u.active]), [['SITE', 'secondary-b', true]]);
});

test('JsSIP reads only the last challenge of a 401: with MD5 first, the log in fails and says why', async () => {
    // What the server must keep doing: MD5 last (console-sip.md: SHA-256 first, then MD5).
    const { link } = await started({ algorithms: ['MD5', 'SHA-256'] });

    const result = await link.logIn('anna', 'secret', false);

    assert.equal(result.ok, false);
    assert.match(result.reason, /digest this browser cannot answer/);
    assert.equal(link.state, LinkState.OFFLINE);
});

test('a wrong password is refused with the server\u2019s reason, and the link stays down', async () => {
    const { link, heard } = await started();

    const result = await link.logIn('anna', 'wrong', false);

    assert.equal(result.ok, false);
    assert.equal(result.reason, 'wrong login or password');
    assert.equal(link.state, LinkState.OFFLINE);
    assert.equal(heard.states.at(-1)[0], LinkState.OFFLINE);
});

test('updates are answered 200 and handed to the page; commands carry the session and the command type', async () => {
    const { peer, link, heard } = await started({ answer: request => (JSON.parse(request.body).command === 'HOLD'
        ? [403, 'HOLD is not allowed in IDLE'] : [200, 'OK']) });
    await link.logIn('anna', 'secret', false);

    const state = peer.push(body('state-busy-two-lines.json', { seq: 1 }));
    const phones = peer.push(body('phones-full.json', { seq: 2 }));
    await until('both updates are answered', () => peer.answerTo(state) && peer.answerTo(phones));

    assert.equal(peer.answerTo(state).status, 200);
    assert.equal(peer.answerTo(phones).status, 200);
    assert.deepEqual(heard.updates.map(u => [u.kind, u.seq]), [['STATE', 1], ['PHONES', 2]]);
    assert.equal(heard.updates[0].site, 'site-a');
    const hold = await link.send('HOLD', { line: 1 });
    assert.deepEqual([hold.status, hold.reason], [403, 'HOLD is not allowed in IDLE']);
    const sent = peer.commands('HOLD')[0];
    assert.equal(sent.header('switchboard-session'), 's-1');
    assert.equal(sent.header('content-type'), COMMAND_TYPE);
    assert.deepEqual(JSON.parse(sent.body), { command: 'HOLD', seq: 2, line: 1 });
});

test('a gap in the updates\u2019 numbers is applied and followed by one RESYNC, and the page is told', async () => {
    const { peer, link, heard } = await started();
    await link.logIn('anna', 'secret', false);

    peer.push(body('state-busy-two-lines.json', { seq: 1 }));
    peer.push(body('phones-partial.json', { seq: 4 }));
    await until('a RESYNC is sent', () => peer.commands('RESYNC').length === 1);

    assert.deepEqual(heard.updates.map(u => u.seq), [1, 4]);
    assert.equal(peer.commands('RESYNC')[0].header('switchboard-session'), 's-1');
    assert.match(heard.notices.join(' '), /missed/);
});

test('an update the page cannot read is answered 400 with the reason, and the whole state asked again', async () => {
    const { peer, link, heard } = await started();
    await link.logIn('anna', 'secret', false);

    const bad = peer.push('{"update":"WEATHER","session":"s-1","seq":1}');
    await until('the bad update is answered', () => peer.answerTo(bad));

    assert.equal(peer.answerTo(bad).status, 400);
    assert.equal(peer.answerTo(bad).reason, 'update must be one of [STATE, PHONES, PRESENCE, SITE]');
    await until('a RESYNC is sent', () => peer.commands('RESYNC').length === 1);
    assert.deepEqual(heard.updates, []);
});

test('a lost connection: the link says so, connects again, logs in again keeping the pause', async () => {
    const { peer, link, heard } = await started();
    await link.logIn('anna', 'secret', false);
    peer.push(body('state-busy-two-lines.json', { seq: 1, paused: true }));
    await until('the state is applied', () => heard.updates.length === 1);
    link.paused(heard.updates[0].paused);

    peer.cut();
    await until('the link is reconnecting', () => heard.states.some(([state]) => state === LinkState.RECONNECTING));
    await until('the link is up again', () => link.state === LinkState.ONLINE && peer.connections === 2, 8000);

    const again = peer.commands('LOG_IN').at(-1);
    assert.equal(JSON.parse(again.body).paused, true);
    assert.match(heard.notices.join(' '), /Reconnected/);
    peer.push(body('state-busy-two-lines.json', { seq: 1 }));
    await until('the numbering starts again after the new log in', () => heard.updates.length === 2);
});

test('her stated status outlives a reconnect: the LOG_IN of the new session names it', async () => {
    const { peer, link, heard } = await started();
    await link.logIn('anna', 'secret', false);
    const first = JSON.parse(peer.commands('LOG_IN').at(-1).body);
    assert.equal(first.status, undefined, 'nothing stated yet: the server starts her available');
    link.stated('do-not-disturb');

    peer.cut();
    await until('the link is up again', () => link.state === LinkState.ONLINE && peer.connections === 2, 8000);

    const again = JSON.parse(peer.commands('LOG_IN').at(-1).body);
    assert.equal(again.status, 'do-not-disturb');
    assert.equal(again.presence, true);
    assert.deepEqual(peer.commands('SET_PRESENCE'), [], 'no second step: the log in states it at once');
    assert.match(heard.notices.at(-1), /Reconnected and logged in again: .* Your presence stays Do not disturb\.$/);
});

test('a log in from the form names no status: what she stated before her log out is not kept', async () => {
    const { peer, link } = await started();
    await link.logIn('anna', 'secret', false);
    link.stated('away');
    await link.logOut();

    await link.logIn('anna', 'secret', false);

    const logIns = peer.commands('LOG_IN').filter(m => m.header('authorization'));
    assert.equal(logIns.length, 2, 'logged in twice');
    assert.equal(JSON.parse(logIns[1].body).status, undefined);
});

test('the last STATE of a session taken over by another log in ends the link without coming back', async () => {
    const { peer, link, heard } = await started();
    await link.logIn('anna', 'secret', false);

    peer.push(body('state-logged-out-replaced.json', { seq: 1 }));
    await until('the link is down', () => link.state === LinkState.OFFLINE);

    assert.equal(heard.updates[0].loggedOut.reason, 'REPLACED');
    assert.ok(!heard.states.some(([state]) => state === LinkState.RECONNECTING));
});

test('the link keeps itself alive with OPTIONS', async () => {
    const { peer, link } = await started({ keepAliveMs: 50 });
    await link.logIn('anna', 'secret', false);

    await until('two OPTIONS arrived', () => peer.received.filter(m => m.method === 'OPTIONS').length >= 2);
});
