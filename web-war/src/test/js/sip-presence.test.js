import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { SipPresenceWatch, readPidf } from '../../main/webapp/console/js/sip-presence.js';
import { SipWsPeer, until } from './sip-ws-peer.js';

const JsSIP = createRequire(import.meta.url)('jssip');
const peers = [];
const watches = [];

afterEach(() => {
    watches.splice(0).forEach(watch => watch.stop());
    peers.splice(0).forEach(peer => peer.close());
});

/** A PIDF as the server writes it (docs/presence-sip.md, "The PIDF body"). */
function pidf(basic, activities = '', note = '') {
    return '<?xml version="1.0" encoding="UTF-8"?>\n<presence xmlns="urn:ietf:params:xml:ns:pidf"'
        + ' xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model" xmlns:rpid="urn:ietf:params:xml:ns:pidf:rpid"'
        + ` entity="sip:201@example.org">\n  <tuple id="t1"><status><basic>${basic}</basic></status></tuple>\n`
        + (note ? `  <note>${note}</note>\n` : '')
        + (activities ? `  <dm:person id="p1"><rpid:activities>${activities}</rpid:activities></dm:person>\n` : '')
        + '</presence>\n';
}

test('each status the server writes in a PIDF is read back as the console protocol names it, with the note', () => {
    const read = [
        pidf('open'),
        pidf('open', '<rpid:away/>', 'Back at 2 pm'),
        pidf('open', '<rpid:busy/>', 'Budget meeting'),
        pidf('open', '<rpid:busy/><rpid:other>do-not-disturb</rpid:other>'),
        pidf('open', '<rpid:on-the-phone/>'),
        pidf('closed'),
    ].map(readPidf);

    assert.deepEqual(read, [
        { status: 'available', note: '' },
        { status: 'away', note: 'Back at 2 pm' },
        { status: 'busy', note: 'Budget meeting' },
        { status: 'do-not-disturb', note: '' },
        { status: 'on-the-phone', note: '' },
        { status: 'offline', note: '' },
    ]);
});

test('a PIDF of another writer: any prefix, the strongest activity wins, escaped notes are read', () => {
    const body = '<p:presence xmlns:p="urn:ietf:params:xml:ns:pidf" xmlns:r="urn:ietf:params:xml:ns:pidf:rpid"'
        + ' entity="sip:7@x"><p:tuple id="a"><p:status><p:basic>closed</p:basic></p:status></p:tuple>'
        + '<p:tuple id="b"><p:status><p:basic>open</p:basic></p:status><p:note>R&amp;D &lt;3&gt;</p:note></p:tuple>'
        + '<r:activities><r:away/><r:on-the-phone/></r:activities></p:presence>';

    assert.deepEqual(readPidf(body), { status: 'on-the-phone', note: 'R&D <3>' });
});

test('a body without presence is not read: an empty final NOTIFY, another document', () => {
    assert.equal(readPidf(''), null);
    assert.equal(readPidf(undefined), null);
    assert.equal(readPidf('<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info"/>'), null);
    assert.equal(readPidf('<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:1@x"/>'), null);
});

async function watching(options = {}) {
    const peer = await new SipWsPeer({ accounts: { anna: 'secret' }, ...options }).listen();
    peers.push(peer);
    const heard = { presence: [], watching: [] };
    const watch = new SipPresenceWatch({ JsSIP, url: peer.url, domain: '127.0.0.1', login: 'anna',
        password: options.password ?? 'secret', listener: {
            presence: (user, shown) => heard.presence.push([user, shown.text, shown.tone]),
            watching: (user, words) => heard.watching.push([user, words]),
        } });
    watches.push(watch);
    assert.deepEqual(await watch.start(), { ok: true });
    return { peer, watch, heard };
}

for (const challengeSubscribe of [false, true]) {
    test(`JsSIP's Subscriber watches a colleague and hears every change, in the console's words `
        + `(SUBSCRIBE ${challengeSubscribe ? 'challenged: answered with her credentials' : 'not challenged'})`,
    async () => {
        const { peer, watch, heard } = await watching({ challengeSubscribe });
        peer.pidf.set('201', pidf('open', '<rpid:away/>', 'Back at 2 pm'));

        watch.watch('201');

        await until('the first NOTIFY is shown', () => heard.presence.length === 1);
        assert.deepEqual(heard.presence[0], ['201', 'Away: Back at 2 pm', 'away']);
        const subscribes = peer.received.filter(m => m.method === 'SUBSCRIBE');
        assert.equal(subscribes.length, challengeSubscribe ? 2 : 1);
        assert.equal(subscribes.at(-1).header('event'), 'presence');
        assert.equal(subscribes.at(-1).header('accept'), 'application/pidf+xml');
        assert.equal(subscribes.at(-1).header('expires'), '600');
        if (challengeSubscribe) assert.equal(peer.authorizedAs, 'anna');
        await until('the subscription is active', () => heard.watching.some(w => w[1] === 'watching'));

        peer.notify('201', pidf('open', '<rpid:busy/><rpid:other>do-not-disturb</rpid:other>', 'Inventory'));
        await until('the change is shown', () => heard.presence.length === 2);
        assert.deepEqual(heard.presence[1], ['201', 'Do not disturb: Inventory', 'busy']);
        const answers = peer.received.filter(m => m.status === 200 && m.header('cseq').endsWith('NOTIFY'));
        assert.equal(answers.length, 2, 'each NOTIFY answered 200');
    });
}

test('a wrong password: the challenged SUBSCRIBE fails and the watch says why', async () => {
    const { watch, heard } = await watching({ challengeSubscribe: true, password: 'wrong' });

    watch.watch('201');

    await until('the watch says it failed', () => heard.watching.some(([, words]) => words.includes('refused')
        || words.includes('wrong login')));
    assert.deepEqual(heard.presence, []);
});

test('credentials the server challenges again are not tried again: the watch says so and stops', async () => {
    const { peer, watch, heard } = await watching({ challengeSubscribe: 'again', password: 'wrong' });

    watch.watch('201');

    await until('the watch says why it stopped', () => heard.watching.some(([, words]) => words.includes('not watched')));
    assert.deepEqual(heard.watching.at(-1), ['201', 'not watched: the server refused her login or password']);
    assert.equal(peer.received.filter(m => m.method === 'SUBSCRIBE').length, 2, 'the first and the answered one');
});

test('a subscription the server ends is made again, and the watch goes on', async () => {
    const { peer, watch, heard } = await watching();
    peer.pidf.set('201', pidf('open'));
    watch.watch('201');
    await until('the first NOTIFY', () => heard.presence.length === 1);

    peer.deactivate();
    await until('the watch says it ended', () => heard.watching.some(([, words]) => words.includes('ended')));
    peer.pidf.set('201', pidf('closed'));

    await until('subscribed again and told the newest', () => heard.presence.at(-1)?.[1] === 'Offline', 8000);
    assert.equal(peer.received.filter(m => m.method === 'SUBSCRIBE').length, 2);
});

test('a user that cannot be an extension is refused before any SUBSCRIBE; unwatch unsubscribes', async () => {
    const { peer, watch, heard } = await watching();
    assert.throws(() => watch.watch('not an extension'), /not an extension/);
    peer.pidf.set('202', pidf('open'));
    watch.watch('202');
    await until('the first NOTIFY', () => heard.presence.length === 1);

    watch.unwatch('202');

    await until('an unsubscribe sent', () => peer.received.some(m => m.method === 'SUBSCRIBE'
        && m.header('expires') === '0'));
    assert.deepEqual(watch.users, []);
});
