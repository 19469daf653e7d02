import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Backoff, UpdateSequence } from '../../main/webapp/console/js/recovery.js';

test('updates in order are applied without a resync', () => {
    const sequence = new UpdateSequence();
    for (const seq of [5, 6, 7]) assert.deepEqual(sequence.next(seq), { apply: true, resync: false, gap: false });
});

test('an update not above the last applied is ignored', () => {
    const sequence = new UpdateSequence();
    sequence.next(3);
    sequence.next(4);
    assert.equal(sequence.next(4).apply, false);
    assert.equal(sequence.next(2).apply, false);
    assert.equal(sequence.last, 4);
});

test('a gap applies the update and asks for one resync until it is answered', () => {
    const sequence = new UpdateSequence();
    sequence.next(1);
    assert.deepEqual(sequence.next(4), { apply: true, resync: true, gap: true });
    assert.deepEqual(sequence.next(9), { apply: true, resync: false, gap: true });
    assert.deepEqual(sequence.next(10), { apply: true, resync: false, gap: false });
    sequence.resyncDone();
    assert.deepEqual(sequence.next(12), { apply: true, resync: true, gap: true });
});

test('after a new log in any number starts the sequence again (the server may have restarted)', () => {
    const sequence = new UpdateSequence();
    sequence.next(40);
    sequence.reset();
    assert.deepEqual(sequence.next(1), { apply: true, resync: false, gap: false });
    assert.deepEqual(sequence.next(2), { apply: true, resync: false, gap: false });
});

test('reconnecting waits 1 s, then twice as long each time up to 15 s, and 1 s again after a success', () => {
    const backoff = new Backoff();
    assert.deepEqual([1, 2, 3, 4, 5, 6].map(() => backoff.nextDelay()), [1000, 2000, 4000, 8000, 15000, 15000]);
    backoff.succeeded();
    assert.equal(backoff.nextDelay(), 1000);
});
