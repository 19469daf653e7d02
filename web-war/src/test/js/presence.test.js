import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OWN_STATUSES, PresenceBook, look } from '../../main/webapp/console/js/presence.js';
import { PhoneBook } from '../../main/webapp/console/js/phones.js';
import { SETTABLE_STATUSES, STATUSES, UPDATE_TYPE, decodeUpdate } from '../../main/webapp/console/js/protocol.js';
import { golden } from './golden.js';

const read = file => decodeUpdate(UPDATE_TYPE, golden(`updates/${file}`)).update;
const user = (name, status, version, note = '') => ({ user: name, status, note, onPhone: false, version });

test('the colleagues\u2019 presence sits beside their phones, in words with the note, and with a tone', () => {
    const phones = new PhoneBook();
    phones.apply(read('phones-full.json'));
    const presence = new PresenceBook();
    presence.apply(read('presence-full.json'));

    const shown = presence.beside(phones.list()).map(p => [p.extension, p.lamp.label, p.presence.text, p.presence.tone]);

    assert.deepEqual(shown, [
        ['201', 'Busy, external', 'On the phone', 'on-the-phone'],
        ['202', 'Free', 'Available', 'available'],
        ['204', 'Ringing, internal', 'Away: Back at 2 pm', 'away'],
        ['205', 'Not registered', 'Offline', 'offline'],
    ]);
});

test('a partial update changes the users it lists; a full one forgets the others', () => {
    const presence = new PresenceBook();
    presence.apply(read('presence-full.json'));
    presence.apply(read('presence-partial.json'));
    assert.equal(presence.of('202').text, 'Do not disturb: In a meeting');
    assert.equal(presence.of('204').label, 'Away');

    presence.apply({ full: true, users: [user('300', 'busy', 1)] });

    assert.equal(presence.of('204'), null);
    assert.equal(presence.of('300').label, 'Busy');
});

test('of a user the highest version is kept: an older change arriving late does not undo a newer one', () => {
    const presence = new PresenceBook();
    presence.apply({ full: false, users: [user('202', 'away', 7)] });
    presence.apply({ full: false, users: [user('202', 'available', 6)] });
    assert.equal(presence.of('202').label, 'Away');
    presence.apply({ full: false, users: [user('202', 'available', 8)] });
    assert.equal(presence.of('202').label, 'Available');
});

test('a phone whose user the server told nothing of has no presence, as with a server before presence', () => {
    const phones = new PhoneBook();
    phones.apply(read('phones-full.json'));
    assert.ok(new PresenceBook().beside(phones.list()).every(phone => phone.presence === null));
});

test('every status has words and a known tone; a status the page does not know is shown as it is', () => {
    for (const status of STATUSES) {
        const shown = look(user('1', status, 1));
        assert.notEqual(shown.tone, 'unknown', status);
        assert.notEqual(shown.label, status, status);
    }
    assert.deepEqual(look(user('1', 'on-holiday', 1)), { tone: 'unknown', label: 'on-holiday', note: '',
        text: 'on-holiday' });
});

test('her own control offers exactly the statuses she may state', () => {
    assert.deepEqual(OWN_STATUSES.map(s => s.status), SETTABLE_STATUSES);
    assert.deepEqual(OWN_STATUSES.map(s => s.label), ['Available', 'Away', 'Busy', 'Do not disturb']);
});
