import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMAND_TYPE, COMMANDS, InvalidCommand, UPDATE_TYPE, decodeUpdate, encodeCommand, isType }
    from '../../main/webapp/console/js/protocol.js';
import { golden, goldenBytes, goldenFiles } from './golden.js';

const fileOf = name => name.toLowerCase().replaceAll('_', '-') + '.json';

test('every command of the protocol has a golden body, and the page writes each one exactly', () => {
    assert.deepEqual(goldenFiles('commands').filter(file => COMMANDS.map(fileOf).includes(file)),
        COMMANDS.map(fileOf).sort());
    for (const file of goldenFiles('commands')) {
        const stem = fileOf(JSON.parse(golden(`commands/${file}`)).command).slice(0, -5);
        assert.match(file, new RegExp(`^${stem}(-[a-z]+)?\\.json$`), 'named after its command, maybe with a variant');
    }
    for (const file of goldenFiles('commands')) {
        const { command, seq, ...fields } = JSON.parse(golden(`commands/${file}`));
        const compact = JSON.stringify(JSON.parse(golden(`commands/${file}`)));
        assert.equal(encodeCommand(command, seq, fields), compact, file);
    }
});

test('a page with both sites asks for SITE updates at log in, and reads them', () => {
    assert.equal(encodeCommand('LOG_IN', 1, { paused: false, presence: true, failover: true }),
        '{"command":"LOG_IN","seq":1,"paused":false,"presence":true,"failover":true}');
    assert.equal(encodeCommand('LOG_IN', 1, { failover: false }), '{"command":"LOG_IN","seq":1,"paused":false}');
    const site = decodeUpdate(UPDATE_TYPE, golden('updates/site-active.json')).update;
    assert.deepEqual(site, { kind: 'SITE', session: '8c1f2a7e-5b3d-4e0a-9f61-2d7c4b9e0a13', seq: 21,
        site: 'secondary-b', role: 'secondary', active: true,
        reason: 'activity detected on secondary-b: call 1795642139.14' });
});

test('optional fields are left out when empty, never written as null', () => {
    assert.equal(encodeCommand('PARK', 3, { line: 1, note: '' }), '{"command":"PARK","seq":3,"line":1}');
    assert.equal(encodeCommand('BUG_REPORT', 4, { note: 'x', callId: null }),
        '{"command":"BUG_REPORT","seq":4,"note":"x"}');
    assert.equal(encodeCommand('LOG_IN', 1, {}), '{"command":"LOG_IN","seq":1,"paused":false}');
    assert.equal(encodeCommand('LOG_IN', 1, { presence: false }), '{"command":"LOG_IN","seq":1,"paused":false}');
});

test('the page asks for presence at log in, and sets hers with SET_PRESENCE, an empty note clearing it', () => {
    assert.equal(encodeCommand('LOG_IN', 1, { paused: false, client: 'c', presence: true }),
        '{"command":"LOG_IN","seq":1,"paused":false,"client":"c","presence":true}');
    assert.equal(encodeCommand('SET_PRESENCE', 2, { status: 'do-not-disturb', note: '' }),
        '{"command":"SET_PRESENCE","seq":2,"status":"do-not-disturb","note":""}');
    const refused = (fields, reason) => assert.throws(() => encodeCommand('SET_PRESENCE', 3, fields),
        error => error instanceof InvalidCommand && error.message.includes(reason));
    refused({ status: 'offline', note: '' }, 'status must be one of available, away, busy, do-not-disturb');
    refused({ status: 'AWAY', note: '' }, 'not AWAY');
    refused({ status: 'away', note: 'n'.repeat(201) }, 'note is longer than 200 characters');
    refused({ status: 'away' }, 'SET_PRESENCE needs note');
    assert.equal(encodeCommand('LOG_IN', 5, { paused: false, presence: true, status: 'busy' }),
        '{"command":"LOG_IN","seq":5,"paused":false,"presence":true,"status":"busy"}', 'a log in again states hers');
    assert.throws(() => encodeCommand('LOG_IN', 6, { paused: false, status: 'on-the-phone' }), InvalidCommand);
});

test('a PRESENCE update reads with its users', () => {
    const full = decodeUpdate(UPDATE_TYPE, golden('updates/presence-full.json')).update;
    assert.equal(full.kind, 'PRESENCE');
    assert.equal(full.full, true);
    assert.deepEqual(full.users[2], { user: '204', status: 'away', note: 'Back at 2 pm', onPhone: false, version: 9 });
    const bad = decodeUpdate(UPDATE_TYPE, golden('updates/presence-partial.json').replace('do-not-disturb', 'asleep'));
    assert.equal(bad.ok, false);
    assert.ok(bad.reason.includes('users[0].status must be one of'), bad.reason);
});

test('a command the server would refuse is not written, and the reason names the field', () => {
    const refused = (name, fields, reason) => assert.throws(() => encodeCommand(name, 1, fields),
        error => error instanceof InvalidCommand && error.message.includes(reason));
    refused('HOLD', { line: 3 }, 'line must be 1 or 2, not 3');
    refused('DIAL', { line: 2, number: '20a' }, 'number must be 1 to 32 digits');
    refused('DIAL', { line: 2 }, 'DIAL needs number');
    refused('CAMP_ON', { line: 1, extension: '' }, 'extension must be 1 to 32 digits');
    refused('NOTE', { callId: 'c1', note: 'n'.repeat(501) }, 'note is longer than 500 characters');
    refused('NOTE', { callId: 'c1', note: 'a\u0007b' }, 'note holds a control character');
    refused('TAKE_BACK', {}, 'TAKE_BACK needs callId');
    refused('TELEPORT', {}, 'unknown command TELEPORT');
});

test('every golden update reads, with its fields', () => {
    for (const file of goldenFiles('updates')) {
        const read = decodeUpdate(UPDATE_TYPE, golden(`updates/${file}`));
        assert.equal(read.ok, true, `${file}: ${read.reason}`);
    }
    const busy = decodeUpdate(UPDATE_TYPE, golden('updates/state-busy-two-lines.json')).update;
    assert.equal(busy.kind, 'STATE');
    assert.equal(busy.seq, 14);
    assert.equal(busy.state, 'CONSULTATION');
    assert.ok(busy.allowed.has('COUPLE') && !busy.allowed.has('DIAL'));
    assert.equal(busy.lines[0].state, 'ON_HOLD');
    assert.equal(busy.lines[0].history.length, 4);
    assert.equal(busy.lines[1].number, '204');
    assert.equal(busy.waiting[0].queue, 'PersonalQueue201');
    assert.equal(busy.supervised[0].deadline, Date.parse('2026-11-26T10:16:00.123Z'));
    assert.deepEqual(busy.pending, { command: 'DIAL', commandSeq: 8 });
    const refusedHold = decodeUpdate(UPDATE_TYPE, golden('updates/state-error-refused-hold.json')).update;
    assert.equal(refusedHold.lines[1], null);
    assert.equal(refusedHold.error.code, 'PBX_REFUSED');
    const replaced = decodeUpdate(UPDATE_TYPE, golden('updates/state-logged-out-replaced.json')).update;
    assert.equal(replaced.loggedOut.reason, 'REPLACED');
    const phones = decodeUpdate(UPDATE_TYPE, golden('updates/phones-full.json')).update;
    assert.equal(phones.full, true);
    assert.deepEqual(phones.phones.map(p => p.extension), ['201', '202', '204', '205']);
});

test('the site name is read when the server sends it, and empty when it does not', () => {
    const busy = decodeUpdate(UPDATE_TYPE, golden('updates/state-busy-two-lines.json')).update;
    assert.equal(busy.site, 'site-a');
    const replaced = decodeUpdate(UPDATE_TYPE, golden('updates/state-logged-out-replaced.json')).update;
    assert.equal(replaced.site, '');
});

test('the golden invalid updates are refused with the protocol\u2019s reason', () => {
    const index = JSON.parse(golden('invalid.json')).filter(entry => entry.decode === 'update');
    assert.ok(index.length >= 2);
    for (const entry of index) {
        const read = decodeUpdate(entry.contentType, goldenBytes(`invalid/${entry.file}`).toString('utf8'));
        assert.equal(read.ok, false, entry.file);
        assert.equal(read.status, 400, entry.file);
        assert.ok(read.reason.includes(entry.reason), `${entry.file}: ${read.reason}`);
    }
});

test('an update in another media type is refused with 415; the type matches in any case with parameters', () => {
    const body = golden('updates/phones-partial.json');
    assert.equal(decodeUpdate('application/json', body).status, 415);
    assert.equal(decodeUpdate(COMMAND_TYPE, body).status, 415);
    assert.equal(decodeUpdate('Application/VND.switchboard.update.v1+JSON; charset=utf-8', body).ok, true);
    assert.ok(isType(UPDATE_TYPE, `${UPDATE_TYPE};charset=utf-8`));
});

test('garbage is an answer, never an exception', () => {
    for (const body of ['', 'null', '[]', '{"update":"STATE","session":"s","seq":1}', '{"update":"PHONES"}',
        '{"update":"STATE","session":"s","seq":2,"sentAt":"x","state":"IDLE","receptionist":{"login":"a"},'
        + '"allowed":[],"lines":[{"line":1},{"line":2}]}']) {
        const read = decodeUpdate(UPDATE_TYPE, body);
        assert.equal(read.ok, false, body);
        assert.equal(read.status, 400);
        assert.ok(read.reason.length > 0);
    }
});
