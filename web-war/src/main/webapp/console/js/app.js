// The console page: wires the link, the view model, the renderer, the keys and the dialogs. What the console
// may do comes from the last STATE update only; this file decides what a button or key sends, never whether.

import { ConsoleLink, LinkState } from './link.js';
import { ServerClock, chooseLine, consoleView } from './model.js';
import { PhoneBook } from './phones.js';
import { OWN_STATUSES, PresenceBook } from './presence.js';
import { actionForKey, enabled, pauseCommand } from './keys.js';
import { buildButtons, buildHelp, renderConsole, renderPhones, restoreFocus } from './render.js';
import { wireDialogs } from './dialogs.js';
import { consoleActions } from './actions.js';
import { SiteChoice, peerWebSocket, resumeCommand } from './sites.js';

const $ = id => document.getElementById(id);
const NONE = new Set();

/** How long the last updates took from their MESSAGE's arrival to the next frame after their render, in ms. */
const SHOWN_KEPT = 1000;
const shownMs = [];

const page = {
    /** The link she works on; in a pair, the one whose site's SITE update last said active. */
    link: null,
    /** Every link by name: `here`, and `peer` when the server names the other site of a pair. */
    links: null,
    /** The last STATE of each link, so that a switch of site shows the new site's session at once. */
    latest: {},
    sites: new SiteChoice(),
    state: null,
    view: null,
    chosen: 1,
    phones: new PhoneBook(),
    presence: new PresenceBook(),
    clock: new ServerClock(),
    search: '',
};

const CONNECTION_WORDS = {
    [LinkState.OFFLINE]: 'Not connected',
    [LinkState.CONNECTING]: 'Connecting…',
    [LinkState.ONLINE]: 'Connected',
    [LinkState.RECONNECTING]: 'Reconnecting…',
};

/** The allowed commands of the last STATE, none while the link is not up (a page shown without a link: all). */
function allowed() {
    const up = !page.link || page.link.state === LinkState.ONLINE;
    return page.state && up ? page.state.allowed : NONE;
}

function render() {
    if (!page.state) return;
    const before = document.activeElement;
    const view = consoleView(page.state, page.clock.now(Date.now()));
    announceChanges(page.view, view);
    page.view = view;
    const can = allowed();
    renderConsole(document, view, { allowed: can, chosen: page.chosen, phones: colleagues(),
        pauseLabel: pauseCommand(can, page.state.paused) === 'UNPAUSE' ? 'Unpause' : 'Pause' });
    restoreFocus(document, before, $(`line-${page.chosen}`));
}

/** The phones the search finds, each with its colleague's presence. */
function colleagues() {
    return page.presence.beside(page.phones.list(page.search));
}

function announceChanges(before, after) {
    if (!before) return;
    const changes = after.lines.filter((line, i) => (line.free ? 'Free' : `${line.state} ${line.who}`)
        !== (before.lines[i].free ? 'Free' : `${before.lines[i].state} ${before.lines[i].who}`))
        .map(line => `Line ${line.line}: ${line.free ? 'free' : `${line.state}, ${line.who}`}.`);
    if (changes.length) $('announcer').textContent = changes.join(' ');
}

function notice(text) {
    const box = $('notice');
    box.textContent = `${new Date().toLocaleTimeString('en-GB', { hour12: false })}  ${text}`;
    box.hidden = false;
}

function showError(text) {
    $('error').textContent = text;
    $('error').hidden = !text;
}

function showConsole(shown) {
    $('console').hidden = !shown;
    $('login').hidden = shown;
    for (const part of document.querySelectorAll('#top-bar .who, #top-bar .header-actions')) part.hidden = !shown;
}

const listener = {
    state(state, detail) {
        const box = $('connection');
        box.dataset.state = state;
        $('connection-text').textContent = CONNECTION_WORDS[state];
        box.title = detail;
        if (state === LinkState.RECONNECTING) notice(`Connection lost: ${detail}. Reconnecting…`);
        if (state === LinkState.OFFLINE && !$('console').hidden) {
            loggedOut(page.view?.loggedOut || `Disconnected: ${detail}.`);
        }
        render();
    },
    update(update, receivedAt = performance.now()) {
        if (update.kind === 'SITE') return;
        if (update.kind === 'STATE') receiveState(update);
        else if (update.kind === 'PRESENCE') receivePresence(update);
        else receivePhones(update);
        requestAnimationFrame(() => setTimeout(() => {
            shownMs.push(performance.now() - receivedAt);
            if (shownMs.length > SHOWN_KEPT) shownMs.shift();
        }));
    },
    notice,
};

function receiveState(update) {
    page.clock.heard(update.sentAt, Date.now());
    page.chosen = chooseLine(page.chosen, page.state, update);
    page.state = update;
    page.link?.paused(update.paused);
    document.body.dataset.stateSeq = update.seq;
    showError(consoleView(update, page.clock.now(Date.now())).error);
    render();
}

function receivePhones(update) {
    page.phones.apply(update);
    document.body.dataset.phonesSeq = update.seq;
    const options = page.phones.list().map(phone => {
        const option = document.createElement('option');
        option.value = phone.extension;
        option.label = phone.lamp.label;
        return option;
    });
    $('phone-extensions').replaceChildren(...options);
    render();
}

function receivePresence(update) {
    page.presence.apply(update);
    document.body.dataset.presenceSeq = update.seq;
    render();
}

/** Sends her own status and note (an empty note clears it); the outcome shows in the form. */
async function setOwnPresence(event) {
    event.preventDefault();
    const status = $('presence-status').value;
    const note = $('presence-note').value;
    $('presence-error').textContent = '';
    let answer;
    try {
        answer = await page.link.send('SET_PRESENCE', { status, note });
    } catch (e) {
        $('presence-error').textContent = e.message;
        return;
    }
    $('presence-error').textContent = answer.status === 200 ? '' : `Not set: ${answer.reason}`;
    if (answer.status === 200) {
        page.link.stated(status);
        const label = OWN_STATUSES.find(own => own.status === status).label;
        $('presence-now').textContent = `Set: ${label}${note ? `, ${note}` : ''}`;
        $('announcer').textContent = `Your presence: ${status}${note ? `, ${note}` : ''}.`;
    }
}

function loggedOut(why) {
    showConsole(false);
    $('login-error').textContent = why;
    page.state = null;
    page.view = null;
    page.phones.clear();
    page.presence.clear();
    $('login-password').value = '';
    $('login-password').focus();
}

async function logIn(event) {
    event.preventDefault();
    const login = $('login-user').value.trim();
    const password = $('login-password').value;
    if (!login || !password) {
        $('login-error').textContent = 'Enter your login and password.';
        return;
    }
    $('login-submit').disabled = true;
    $('login-error').textContent = '';
    $('presence-status').value = OWN_STATUSES[0].status; // a new session starts available
    $('presence-now').textContent = 'Each log in starts you available.';
    if (!page.links) await openLinks();
    const paused = $('login-paused').checked;
    const results = await Promise.all(Object.values(page.links).map(link => link.logIn(login, password, paused)));
    const result = results.find(each => each.ok) ?? results[0];
    $('login-submit').disabled = false;
    if (!result.ok) {
        $('login-error').textContent = `Log in failed: ${result.reason}`;
        $('login-password').select();
        return;
    }
    showConsole(true);
    $('lines').focus();
}

/** What the server says of its site and its peer (GET /api/console/site); null when it cannot say. */
async function siteConfig() {
    try {
        const answer = await fetch('../api/console/site', { headers: { Accept: 'application/json' } });
        return answer.ok ? await answer.json() : null;
    } catch {
        return null;
    }
}

/**
 * The page's links: one to this site, and, when the server names the other site of a pair, one to it too, both
 * logging in with failover (SITE updates). With one link everything it hears is shown; with two, only what the
 * link of the site she works on hears, and a SITE update that says active on the other moves her there.
 */
async function openLinks() {
    const here = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sip/ws`;
    const peer = peerWebSocket(await siteConfig(), location);
    const make = (name, url) => new ConsoleLink({ JsSIP: window.JsSIP, listener: peer ? linkListener(name) : listener,
        url, domain: new URL(url.replace(/^ws/, 'http')).hostname, failover: peer !== null });
    page.links = peer ? { here: make('here', here), peer: make('peer', peer) } : { here: make('here', here) };
    page.link = page.links.here;
    document.body.dataset.pair = peer ? 'yes' : 'no';
}

/** What one link of a pair hears: kept, and shown only while she works on its site. */
function linkListener(name) {
    const working = () => page.links?.[name] === page.link;
    return {
        state(state, detail) {
            if (working()) listener.state(state, detail);
        },
        update(update, receivedAt) {
            if (update.kind === 'STATE') page.latest[name] = update;
            if (update.kind === 'SITE') siteHeard(name, update);
            else if (working()) listener.update(update, receivedAt);
        },
        notice(text) {
            if (working()) notice(text);
        },
    };
}

/** A SITE update: where she works; on a switch, the new site's session is shown and her pause resumed there. */
function siteHeard(name, site) {
    const wish = page.state?.paused ?? $('login-paused').checked;
    const move = page.sites.heard(name, site);
    document.body.dataset.workingSite = page.sites.label();
    $('site-name').title = page.sites.label() ? `Working on ${page.sites.label()}` : 'The server’s site';
    if (!move.switched) return;
    const before = page.link;
    page.link = page.links[name];
    if (page.link === before) return;
    notice(`Switched to ${page.sites.label()}: ${site.reason}`);
    page.phones.clear();
    page.presence.clear();
    if (page.latest[name]) receiveState(page.latest[name]);
    listener.state(page.link.state, `working on ${page.sites.label()}`);
    page.link.send('RESYNC');
    const resume = resumeCommand(wish, page.latest[name]);
    if (resume) page.link.send(resume);
}

const { run, takeBack, dial, chooseLineNumber } = consoleActions({ page, allowed, showError, render, loggedOut });

function onKey(event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (document.querySelector('dialog[open]') || $('console').hidden) return;
    const field = event.target.closest?.('input, textarea, select');
    if (field) {
        if (event.key === 'Escape') $(`line-${page.chosen}`).focus();
        return;
    }
    const found = actionForKey(event.key);
    if (!found) return;
    event.preventDefault();
    run(found.id);
}

function onListClick(event) {
    const row = event.target.closest('.call-row');
    if (!row) return;
    if (!allowed().has('TAKE_BACK')) {
        $('announcer').textContent = 'Take back is not possible now.';
        return;
    }
    takeBack(row.dataset.callId);
}

function choosePhone(extension) {
    $('dial-number').value = extension;
    $('dial-number').focus();
}

function wire() {
    buildButtons(document, id => run(id));
    buildHelp(document);
    wireDialogs(document);
    $('login-form').addEventListener('submit', logIn);
    $('presence-status').replaceChildren(...OWN_STATUSES.map(({ status, label }) => {
        const option = document.createElement('option');
        option.value = status;
        option.textContent = label;
        return option;
    }));
    $('presence-form').addEventListener('submit', setOwnPresence);
    $('dial-form').addEventListener('submit', event => {
        event.preventDefault();
        if (enabled('dial', allowed())) dial();
    });
    document.addEventListener('keydown', onKey);
    $('waiting-list').addEventListener('click', onListClick);
    $('supervised-list').addEventListener('click', onListClick);
    $('phone-list').addEventListener('click', event => {
        const button = event.target.closest('.phone-button');
        if (button) choosePhone(button.dataset.extension);
    });
    $('phone-search').addEventListener('input', () => {
        page.search = $('phone-search').value;
        renderPhones(document, colleagues());
    });
    $('phone-search').addEventListener('keydown', event => {
        const first = page.phones.list(page.search)[0];
        if (event.key === 'Enter' && first) choosePhone(first.extension);
    });
    for (const line of [1, 2]) $(`line-${line}`).addEventListener('click', () => chooseLineNumber(line));
    setInterval(render, 1000);
}

wire();

/**
 * For tests of the page: show updates as if they had arrived (without a server), and the figures: the times from
 * the last updates' MESSAGE arriving to the frame after their render, in ms.
 */
window.switchboardConsole = {
    show(updates) {
        showConsole(true);
        for (const update of updates) listener.update(update);
    },
    updateShownMs: () => [...shownMs],
};
