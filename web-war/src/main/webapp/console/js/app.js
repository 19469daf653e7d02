// The console page: wires the link, the view model, the renderer, the keys and the dialogs. What the console
// may do comes from the last STATE update only; this file decides what a button or key sends, never whether.

import { ConsoleLink, LinkState } from './link.js';
import { ServerClock, chooseLine, consoleView } from './model.js';
import { PhoneBook } from './phones.js';
import { actionForKey, action, enabled, pauseCommand } from './keys.js';
import { InvalidCommand, LIMITS } from './protocol.js';
import { buildButtons, buildHelp, renderConsole, renderPhones, restoreFocus } from './render.js';
import { ask, wireDialogs } from './dialogs.js';

const $ = id => document.getElementById(id);
const NONE = new Set();

const page = {
    link: null,
    state: null,
    view: null,
    chosen: 1,
    phones: new PhoneBook(),
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
    renderConsole(document, view, { allowed: can, chosen: page.chosen, phones: page.phones.list(page.search),
        pauseLabel: pauseCommand(can, page.state.paused) === 'UNPAUSE' ? 'Unpause' : 'Pause' });
    restoreFocus(document, before, $(`line-${page.chosen}`));
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
    update(update) {
        const received = performance.now();
        if (update.kind === 'STATE') receiveState(update);
        else receivePhones(update);
        requestAnimationFrame(() => performance.measure('swb-update-shown', { start: received }));
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
    const options = page.phones.list().map(phone => {
        const option = document.createElement('option');
        option.value = phone.extension;
        option.label = phone.lamp.label;
        return option;
    });
    $('phone-extensions').replaceChildren(...options);
    render();
}

function loggedOut(why) {
    showConsole(false);
    $('login-error').textContent = why;
    page.state = null;
    page.view = null;
    page.phones.clear();
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
    page.link = page.link ?? new ConsoleLink({ JsSIP: window.JsSIP, listener,
        url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sip/ws`, domain: location.hostname });
    const result = await page.link.logIn(login, password, $('login-paused').checked);
    $('login-submit').disabled = false;
    if (!result.ok) {
        $('login-error').textContent = `Log in failed: ${result.reason}`;
        $('login-password').select();
        return;
    }
    showConsole(true);
    $('lines').focus();
}

/** Sends a command; a refusal or a failure is shown with the server's reason. */
async function command(name, fields = {}) {
    try {
        const answer = await page.link.send(name, fields);
        if (answer.status !== 200) showError(`${name} was refused: ${answer.reason || answer.status}`);
        return answer.status === 200;
    } catch (e) {
        if (!(e instanceof InvalidCommand)) throw e;
        showError(`${name} not sent: ${e.message}`);
        return false;
    }
}

function focusedCall() {
    const row = document.activeElement?.closest?.('.call-row');
    return row?.dataset.callId;
}

function lineCall() {
    return page.state?.lines[page.chosen - 1]?.callId;
}

function callName(callId) {
    const all = [...page.state.lines.filter(Boolean), ...page.state.waiting, ...page.state.supervised];
    const call = all.find(c => c.callId === callId);
    return call ? call.name || call.number || callId : callId;
}

/** Chooses the line for the actions; the focus follows when it was on a line (or nowhere). */
function chooseLineNumber(number) {
    page.chosen = number;
    const focused = document.activeElement;
    render();
    if (!focused || focused === document.body || focused.classList.contains('line')) $(`line-${number}`).focus();
}

function takeBack(callId) {
    const target = callId ?? focusedCall() ?? page.state.waiting[0]?.callId ?? page.state.supervised[0]?.callId;
    if (!target) {
        showError('No waiting or parked call to take back.');
        return;
    }
    command('TAKE_BACK', { callId: target });
}

function dial() {
    const number = $('dial-number').value.trim();
    if (!LIMITS.dialable.test(number)) {
        $('dial-error').textContent = number ? 'A number is 1 to 32 digits, +, * or #.' : '';
        $('dial-number').focus();
        return;
    }
    $('dial-error').textContent = '';
    command('DIAL', { line: page.chosen, number }).then(ok => {
        if (ok) $('dial-number').value = '';
    });
}

async function withDialog(id, prepare, confirmed) {
    if (await ask(document, id, prepare)) confirmed(document.getElementById(id));
}

const value = id => $(id).value.trim();

function bugReportCalls(select) {
    const calls = [...page.state.lines.filter(Boolean), ...page.state.supervised, ...page.state.waiting];
    const options = [['', 'No call in particular'], ...calls.map(c => [c.callId, `${callName(c.callId)} (${c.state})`])];
    select.replaceChildren(...options.map(([id, text]) => new Option(text, id)));
    select.value = focusedCall() ?? lineCall() ?? '';
}

// What each action does; whether it may is the keys table's "enabled" from the last STATE.
const RUN = {
    line1: () => chooseLineNumber(1),
    line2: () => chooseLineNumber(2),
    dial: () => ($('dial-number').value.trim() && document.activeElement !== $('dial-number')
        ? dial() : $('dial-number').focus()),
    hold: () => command('HOLD', { line: page.chosen }),
    retrieve: () => command('RETRIEVE', { line: page.chosen }),
    hangUp: () => command('HANG_UP', { line: page.chosen }),
    couple: () => command('COUPLE'),
    park: () => withDialog('park-dialog', d => {
        d.querySelector('.dialog-line').textContent = `line ${page.chosen}`;
        $('park-note').value = page.state.lines[page.chosen - 1]?.note ?? '';
    }, () => command('PARK', { line: page.chosen, note: value('park-note') })),
    directedPark: () => withDialog('directed-park-dialog', () => {
        $('directed-park-extension').value = '';
        $('directed-park-note').value = page.state.lines[page.chosen - 1]?.note ?? '';
    }, () => command('DIRECTED_PARK', { line: page.chosen, extension: value('directed-park-extension'),
        note: value('directed-park-note') })),
    campOn: () => withDialog('camp-on-dialog', () => { $('camp-on-extension').value = ''; },
        () => command('CAMP_ON', { line: page.chosen, extension: value('camp-on-extension') })),
    note: () => {
        const callId = focusedCall() ?? lineCall();
        if (!callId) {
            showError('Choose a call for the note: a line with a call, or a waiting or parked call.');
            return;
        }
        withDialog('note-dialog', d => {
            d.querySelector('.dialog-call').textContent = callName(callId);
            const all = [...page.state.lines.filter(Boolean), ...page.state.waiting, ...page.state.supervised];
            $('note-text').value = all.find(c => c.callId === callId)?.note ?? '';
        }, () => command('NOTE', { callId, note: value('note-text') }));
    },
    takeBack: () => takeBack(),
    pause: () => command(pauseCommand(allowed(), page.state.paused)),
    findPhone: () => $('phone-search').focus(),
    bugReport: () => withDialog('bug-dialog', () => {
        $('bug-note').value = '';
        bugReportCalls($('bug-call'));
    }, () => command('BUG_REPORT', { note: value('bug-note'), callId: $('bug-call').value || null })),
    reset: () => command('RESET'),
    logOut: () => page.link.logOut().then(() => loggedOut('You logged out.')),
    help: () => ($('help-dialog').open ? $('help-dialog').close() : ask(document, 'help-dialog')),
};

function run(id) {
    if (!page.state && id !== 'help') return;
    if (!enabled(id, allowed())) {
        $('announcer').textContent = `${action(id).label} is not possible now.`;
        return;
    }
    RUN[id]();
}

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
        renderPhones(document, page.phones.list(page.search));
    });
    $('phone-search').addEventListener('keydown', event => {
        const first = page.phones.list(page.search)[0];
        if (event.key === 'Enter' && first) choosePhone(first.extension);
    });
    for (const line of [1, 2]) $(`line-${line}`).addEventListener('click', () => chooseLineNumber(line));
    setInterval(render, 1000);
}

wire();

/** For tests of the page without a server: show updates as if they had arrived. */
window.switchboardConsole = {
    show(updates) {
        showConsole(true);
        for (const update of updates) listener.update(update);
    },
};
