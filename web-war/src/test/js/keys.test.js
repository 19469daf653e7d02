import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTIONS, actionForKey, enabled, keyLabel, pauseCommand } from '../../main/webapp/console/js/keys.js';
import { COMMANDS, UPDATE_TYPE, decodeUpdate } from '../../main/webapp/console/js/protocol.js';
import { golden } from './golden.js';

test('every action has exactly one key, and no key is used twice', () => {
    for (const action of ACTIONS) {
        assert.equal(typeof action.key, 'string', action.id);
        assert.equal(action.key.length, 1, action.id);
        assert.ok(action.label && action.help, action.id);
    }
    assert.equal(new Set(ACTIONS.map(a => a.key)).size, ACTIONS.length);
    assert.equal(new Set(ACTIONS.map(a => a.key.toLowerCase())).size, ACTIONS.length, 'Shift is not a second key');
    assert.equal(new Set(ACTIONS.map(a => a.id)).size, ACTIONS.length);
});

test('every command a receptionist gives has an action (log in and resync are the link\u2019s own, her presence the presence form\u2019s)', () => {
    const covered = new Set(ACTIONS.flatMap(a => a.commands ?? []));
    assert.deepEqual(COMMANDS.filter(c => !covered.has(c)).sort(), ['LOG_IN', 'RESYNC', 'SET_PRESENCE']);
    for (const command of covered) assert.ok(COMMANDS.includes(command), command);
});

test('a key finds its action; Shift makes the capital', () => {
    assert.equal(actionForKey('h').id, 'hold');
    assert.equal(actionForKey('Z').id, 'reset');
    assert.equal(actionForKey('z'), undefined);
    assert.equal(actionForKey('q'), undefined);
    assert.equal(keyLabel('Z'), 'Shift+Z');
    assert.equal(keyLabel('h'), 'H');
    assert.equal(keyLabel('/'), '/');
});

test('actions are enabled exactly from the allowed commands of the last STATE', () => {
    const busy = decodeUpdate(UPDATE_TYPE, golden('updates/state-busy-two-lines.json')).update;
    const on = ACTIONS.filter(a => a.commands && enabled(a, busy.allowed)).map(a => a.id);
    assert.deepEqual(on, ['hold', 'hangUp', 'couple', 'park', 'note', 'pause', 'bugReport', 'reset']);
    assert.equal(enabled('help', new Set()), true);
    assert.equal(enabled('hold', new Set()), false);
    const replaced = decodeUpdate(UPDATE_TYPE, golden('updates/state-logged-out-replaced.json')).update;
    assert.deepEqual(ACTIONS.filter(a => a.commands && enabled(a, replaced.allowed)), []);
});

test('the pause action unpauses when paused and allowed, and pauses otherwise', () => {
    assert.equal(pauseCommand(new Set(['UNPAUSE']), true), 'UNPAUSE');
    assert.equal(pauseCommand(new Set(['PAUSE', 'UNPAUSE']), false), 'PAUSE');
    assert.equal(pauseCommand(new Set(['PAUSE']), false), 'PAUSE');
    assert.equal(pauseCommand(new Set(['UNPAUSE']), false), 'UNPAUSE');
});
