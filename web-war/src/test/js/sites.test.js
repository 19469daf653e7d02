import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SiteChoice, peerWebSocket, resumeCommand } from '../../main/webapp/console/js/sites.js';

const site = (name, role, active) => ({ kind: 'SITE', session: 's', seq: 1, site: name, role, active, reason: 'r' });

test('the other site\u2019s WebSocket comes from the server\u2019s peer address, on this page\u2019s port unless given', () => {
    const page = { protocol: 'http:', port: '8480' };
    assert.equal(peerWebSocket({ site: 'a', role: 'primary', peerAddress: '' }, page), null);
    assert.equal(peerWebSocket(null, page), null);
    assert.equal(peerWebSocket({ peerAddress: '10.0.0.2' }, page), 'ws://10.0.0.2:8480/sip/ws');
    assert.equal(peerWebSocket({ peerAddress: '10.0.0.2:8580' }, page), 'ws://10.0.0.2:8580/sip/ws');
    assert.equal(peerWebSocket({ peerAddress: 'b.example' }, { protocol: 'https:', port: '' }), 'wss://b.example/sip/ws');
});

test('she works where a SITE update says active, and switches when the other site says so', () => {
    const choice = new SiteChoice();
    assert.equal(choice.working, null);
    assert.deepEqual(choice.heard('peer', site('secondary-b', 'secondary', false)), { switched: false, from: null, to: null });
    assert.deepEqual(choice.heard('here', site('primary-a', 'primary', true)), { switched: true, from: null, to: 'here' });
    assert.equal(choice.label(), 'primary-a (primary)');
    assert.deepEqual(choice.heard('here', site('primary-a', 'primary', true)).switched, false, 'the same site again');

    assert.equal(choice.heard('here', site('primary-a', 'primary', false)).switched, false);
    assert.equal(choice.working, 'here', 'passive alone moves nothing until the other site speaks');
    assert.deepEqual(choice.heard('peer', site('secondary-b', 'secondary', true)), { switched: true, from: 'here', to: 'peer' });
    assert.equal(choice.label(), 'secondary-b (secondary)');
});

test('resuming on the new site sends her pause only when its session differs and is at work', () => {
    assert.equal(resumeCommand(true, { state: 'IDLE', paused: false }), 'PAUSE');
    assert.equal(resumeCommand(false, { state: 'IDLE', paused: true }), 'UNPAUSE');
    assert.equal(resumeCommand(false, { state: 'CONVERSATION', paused: false }), null);
    assert.equal(resumeCommand(true, { state: 'PASSIVE', paused: false }), null);
    assert.equal(resumeCommand(true, null), null);
});
