import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhoneBook, lamp } from '../../main/webapp/console/js/phones.js';
import { UPDATE_TYPE, decodeUpdate } from '../../main/webapp/console/js/protocol.js';
import { golden } from './golden.js';

const read = file => decodeUpdate(UPDATE_TYPE, golden(`updates/${file}`)).update;

test('a full listing then a partial batch: the lamps show the newest status of each phone', () => {
    const book = new PhoneBook();
    book.apply(read('phones-full.json'));
    assert.deepEqual(book.list().map(p => [p.extension, p.lamp.label]),
        [['201', 'Busy, external'], ['202', 'Free'], ['204', 'Ringing, internal'], ['205', 'Not registered']]);
    book.apply(read('phones-partial.json'));
    assert.equal(book.list('204')[0].lamp.label, 'Busy, internal');
    assert.equal(book.size, 4);
});

test('a full listing forgets the phones known before', () => {
    const book = new PhoneBook();
    book.apply(read('phones-full.json'));
    book.apply({ full: true, phones: [{ extension: '300', device: 'PJSIP/300', status: 'IDLE', registered: true }] });
    assert.deepEqual(book.list().map(p => p.extension), ['300']);
});

test('the search matches the extension or the device, and the list is in extension order', () => {
    const book = new PhoneBook();
    book.apply({ full: true, phones: ['1000', '204', '21', '205'].map(extension => ({ extension,
        device: `PJSIP/${extension}`, status: 'IDLE', registered: true })) });
    assert.deepEqual(book.list().map(p => p.extension), ['21', '204', '205', '1000']);
    assert.deepEqual(book.list(' 20 ').map(p => p.extension), ['204', '205']);
    assert.deepEqual(book.list('pjsip/100').map(p => p.extension), ['1000']);
});

test('every status has its lamp with words; an unknown status is shown as it is', () => {
    for (const status of ['IDLE', 'RINGING_INTERNAL', 'RINGING_EXTERNAL', 'BUSY_INTERNAL', 'BUSY_EXTERNAL']) {
        assert.notEqual(lamp({ status, registered: true }).tone, 'unknown', status);
    }
    assert.deepEqual(lamp({ status: 'ON_FIRE', registered: true }), { tone: 'unknown', label: 'ON_FIRE' });
    assert.equal(lamp({ status: 'BUSY_EXTERNAL', registered: false }).label, 'Not registered');
});
