import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ServerClock, chooseLine, clock, consoleView, pageTitle } from '../../main/webapp/console/js/model.js';
import { UPDATE_TYPE, decodeUpdate } from '../../main/webapp/console/js/protocol.js';
import { golden } from './golden.js';

const read = file => decodeUpdate(UPDATE_TYPE, golden(`updates/${file}`)).update;
const AT = Date.parse('2026-11-26T10:15:30.123Z');

test('the busy moment: two lines with their calls, running times, a waiting and a directed-parked call', () => {
    const view = consoleView(read('state-busy-two-lines.json'), AT);
    assert.equal(view.receptionist, 'Anna Reception (anna)');
    assert.equal(view.site, 'site-a');
    assert.equal(view.session, 'Consultation');
    const [one, two] = view.lines;
    assert.deepEqual([one.who, one.number, one.disposition, one.state, one.tone, one.timer, one.note],
        ['External Caller', '+3225550101', 'GeneralQueue', 'On hold', 'held', '0:06', 'Wants the invoice of October']);
    assert.equal(one.history.length, 4);
    assert.match(one.history[0].text, /^On hold \(HOLD\) line 1$/);
    assert.deepEqual([two.who, two.state, two.timer], ['Bob Accounting', 'Calling', '0:04']);
    assert.deepEqual(view.waiting, [{ callId: '1764151262.91', who: '+3226480000', number: '+3226480000',
        queue: 'PersonalQueue201', waited: '0:12' }]);
    assert.equal(view.supervised[0].what, 'Parked for 205');
    assert.equal(view.supervised[0].countdown, '0:30');
    assert.equal(view.supervised[0].overdue, false);
    assert.equal(view.pending, 'Waiting for the PBX to confirm DIAL');
    assert.equal(view.error, '');
});

test('a supervised call past its deadline is shown as coming back', () => {
    const view = consoleView(read('state-busy-two-lines.json'), Date.parse('2026-11-26T10:16:05Z'));
    assert.deepEqual([view.supervised[0].countdown, view.supervised[0].overdue], ['coming back', true]);
});

test('a refused command is shown with its reason, and a free line as free', () => {
    const view = consoleView(read('state-error-refused-hold.json'), AT);
    assert.equal(view.error, 'HOLD failed: the PBX refused. '
        + 'the PBX refused to redirect PJSIP/trunk-00000005 to the music on hold');
    assert.deepEqual(view.lines[1], { line: 2, free: true });
});

test('the last update of a replaced session says why the console closed', () => {
    const view = consoleView(read('state-logged-out-replaced.json'), AT);
    assert.equal(view.loggedOut, 'You logged in on another console; this one is closed. logged in again from 192.0.2.7');
    assert.equal(view.session, 'Logged out');
});

test('an unknown state name is shown as it is', () => {
    const state = read('state-busy-two-lines.json');
    state.state = 'TELEPORTING';
    state.lines[0].state = 'BEAMED';
    const view = consoleView(state, AT);
    assert.equal(view.session, 'TELEPORTING');
    assert.deepEqual([view.lines[0].state, view.lines[0].tone], ['BEAMED', 'unknown']);
});

test('running times read as m:ss, then h:mm:ss, never negative', () => {
    assert.deepEqual([clock(0), clock(59_999), clock(61_000), clock(3_600_000 + 62_000), clock(-5000)],
        ['0:00', '0:59', '1:01', '1:01:02', '0:00']);
});

test('the server clock follows the offset of the last update', () => {
    const server = new ServerClock();
    server.heard(1_000_000, 1_000_250);
    assert.equal(server.now(1_001_250), 1_001_000);
});

test('the chosen line stays, unless it is free and a call arrives on the other line', () => {
    const both = read('state-busy-two-lines.json');
    const free = read('state-logged-out-replaced.json');
    const onlyLineOne = read('state-error-refused-hold.json');
    assert.equal(chooseLine(2, free, onlyLineOne), 1);
    assert.equal(chooseLine(2, onlyLineOne, onlyLineOne), 2, 'she chose free line 2 to dial');
    assert.equal(chooseLine(1, onlyLineOne, both), 1);
    assert.equal(chooseLine(2, both, onlyLineOne), 2, 'line 2 became free: her choice stays');
});

test('the tab\u2019s title shows a ringing line first, then the waiting calls', () => {
    const busy = consoleView(read('state-busy-two-lines.json'), AT);
    assert.equal(pageTitle(busy), 'Calling: Bob Accounting · 1 waiting · Switchboard console');
    assert.equal(pageTitle(consoleView(read('state-logged-out-replaced.json'), AT)), 'Switchboard console');
});
