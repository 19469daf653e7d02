// Puts the view model on the page. The page's skeleton (index.html) stays; render only changes texts,
// attributes and keyed list rows, so the element that has the focus survives every update. An element that had
// the focus and is gone, or became disabled, hands it to the nearest stable place.

import { ACTIONS, enabled, keyLabel } from './keys.js';
import { pageTitle } from './model.js';

function setText(element, text) {
    if (element.textContent !== text) element.textContent = text;
}

function setAttr(element, name, value) {
    if (value === null || value === false) {
        element.removeAttribute(name);
    } else if (element.getAttribute(name) !== String(value)) {
        element.setAttribute(name, value);
    }
}

function el(document, tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
}

/** Makes every action's button in the containers that name it (data-actions), with its key from the table. */
export function buildButtons(document, onAction) {
    for (const container of document.querySelectorAll('[data-actions]')) {
        for (const id of container.dataset.actions.split(/\s+/)) {
            const action = ACTIONS.find(a => a.id === id);
            const button = el(document, 'button', `action action-${id}`);
            button.type = 'button';
            button.id = `action-${id}`;
            button.dataset.action = id;
            button.title = action.help;
            setAttr(button, 'aria-keyshortcuts', keyLabel(action.key));
            button.append(el(document, 'span', 'label', action.label), el(document, 'kbd', '', keyLabel(action.key)));
            button.addEventListener('click', event => onAction(id, event));
            container.append(button);
        }
    }
}

/** The help overlay's table: one row per action, from the same table. */
export function buildHelp(document) {
    const body = document.getElementById('help-keys');
    for (const action of ACTIONS) {
        const row = el(document, 'tr');
        const key = el(document, 'td');
        key.append(el(document, 'kbd', '', keyLabel(action.key)));
        row.append(key, el(document, 'td', '', `${action.label}: ${action.help}`));
        body.append(row);
    }
}

/** Enables each action's button exactly from the allowed commands; the pause button says what it will do. */
export function renderActions(document, allowed, pauseLabel) {
    for (const button of document.querySelectorAll('button[data-action]')) {
        button.disabled = !enabled(button.dataset.action, allowed);
    }
    const pause = document.getElementById('action-pause');
    if (pause) setText(pause.querySelector('.label'), pauseLabel);
}

function lineParts(document, article, number) {
    if (article.firstChild) return;
    const head = el(document, 'header', 'line-head');
    const title = el(document, 'h2', 'line-title', `Line ${number}`);
    title.id = `line-${number}-title`;
    head.append(title, el(document, 'span', 'state-badge'), el(document, 'span', 'timer'));
    const party = el(document, 'div', 'party');
    party.append(el(document, 'div', 'who'), el(document, 'div', 'number'), el(document, 'div', 'disposition'));
    const history = el(document, 'details', 'history');
    history.append(el(document, 'summary', '', 'History'), el(document, 'ol'));
    article.append(head, party, el(document, 'p', 'note'), history);
}

function renderLine(document, article, line, chosen) {
    lineParts(document, article, line.line);
    setAttr(article, 'data-tone', line.free ? 'free' : line.tone);
    setAttr(article, 'data-chosen', chosen ? 'true' : null);
    setAttr(article, 'aria-current', chosen ? 'true' : null);
    setAttr(article, 'data-call-id', line.free ? null : line.callId);
    const q = selector => article.querySelector(selector);
    setText(q('.state-badge'), line.free ? 'Free' : line.state);
    setText(q('.timer'), line.free ? '' : line.timer);
    setText(q('.who'), line.free ? 'No call' : line.who);
    setText(q('.number'), line.free || line.who === line.number ? '' : line.number);
    setText(q('.disposition'), line.free || !line.disposition ? '' : `via ${line.disposition}`);
    setText(q('.note'), line.free || !line.note ? '' : `Note: ${line.note}`);
    q('.history').hidden = line.free;
    if (!line.free) {
        const omitted = line.historyOmitted ? ` (and ${line.historyOmitted} older)` : '';
        setText(q('.history summary'), `History: ${line.history.length} ${line.history.length === 1 ? 'step' : 'steps'}${omitted}`);
        const items = line.history.map(entry => `${entry.at}  ${entry.text}`);
        const list = q('.history ol');
        if ([...list.children].map(li => li.textContent).join('\n') !== items.join('\n')) {
            list.replaceChildren(...items.map(text => el(document, 'li', '', text)));
        }
    }
}

/** Keeps a list's rows in step with the items, by key: a row that stays keeps its element (and its focus). */
export function syncList(list, items, key, make, fill) {
    const rows = new Map([...list.children].map(row => [row.dataset.key, row]));
    items.forEach((item, index) => {
        const id = key(item);
        let row = rows.get(id);
        if (row) {
            rows.delete(id);
        } else {
            row = make(item);
            row.dataset.key = id;
        }
        fill(row, item);
        if (list.children[index] !== row) list.insertBefore(row, list.children[index] ?? null);
    });
    rows.forEach(row => row.remove());
}

function callRow(document, className, parts) {
    const row = el(document, 'li', className);
    const button = el(document, 'button', 'call-row');
    button.type = 'button';
    for (const part of parts) button.append(el(document, 'span', part));
    row.append(button);
    return row;
}

function fillCall(row, texts, call, allowed) {
    const button = row.firstChild;
    button.dataset.callId = call.callId;
    setAttr(button, 'aria-disabled', allowed ? null : 'true');
    for (const [part, text] of Object.entries(texts)) setText(button.querySelector(`.${part}`), text);
    setAttr(row, 'data-tone', call.tone ?? 'waiting');
    setAttr(row, 'data-overdue', call.overdue ? 'true' : null);
}

/** The whole console from the view model, the allowed commands, the chosen line and the phones to list. */
export function renderConsole(document, view, { allowed, chosen, phones, pauseLabel }) {
    const id = name => document.getElementById(name);
    if (document.title !== pageTitle(view)) document.title = pageTitle(view);
    setText(id('site-name'), view.site);
    id('site-name').hidden = !view.site;
    setText(id('receptionist'), view.receptionist);
    setText(id('session-state'), view.session);
    id('paused-badge').hidden = !view.paused;
    view.lines.forEach(line => renderLine(document, id(`line-${line.line}`), line, line.line === chosen));
    for (const node of document.querySelectorAll('#chosen-line, .dial-line')) setText(node, `line ${chosen}`);
    banner(id('error'), view.error);
    banner(id('pending'), view.pending);
    const takeBack = allowed.has('TAKE_BACK');
    syncList(id('waiting-list'), view.waiting, call => call.callId,
        () => callRow(document, 'call waiting', ['who', 'meta', 'time']),
        (row, call) => fillCall(row, { who: call.who, meta: call.queue, time: `waiting ${call.waited}` }, call, takeBack));
    syncList(id('supervised-list'), view.supervised, call => call.callId,
        () => callRow(document, 'call supervised', ['who', 'meta', 'time', 'note']),
        (row, call) => fillCall(row, { who: call.who, meta: call.what, time: call.countdown,
            note: call.note ? `Note: ${call.note}` : '' }, call, takeBack));
    setText(id('waiting-count'), count(view.waiting.length, view.waitingOmitted));
    setText(id('supervised-count'), count(view.supervised.length, view.supervisedOmitted));
    id('waiting-empty').hidden = view.waiting.length > 0;
    id('supervised-empty').hidden = view.supervised.length > 0;
    renderPhones(document, phones);
    renderActions(document, allowed, pauseLabel);
}

function count(shown, omitted) {
    return omitted ? `${shown + omitted} (${omitted} not shown)` : String(shown);
}

function banner(element, text) {
    setText(element, text);
    element.hidden = !text;
}

/**
 * The busy lamp field: one button per phone, its lamp colour and its status in words, and beside it the
 * colleague's presence in words (with her note) and its colour, when the server told it.
 */
export function renderPhones(document, phones) {
    const list = document.getElementById('phone-list');
    syncList(list, phones, phone => phone.extension, phone => {
        const row = el(document, 'li', 'phone');
        const button = el(document, 'button', 'phone-button');
        button.type = 'button';
        button.dataset.extension = phone.extension;
        button.append(el(document, 'span', 'lamp'), el(document, 'span', 'extension', phone.extension),
            el(document, 'span', 'status'), el(document, 'span', 'presence'));
        row.append(button);
        return row;
    }, (row, phone) => {
        setAttr(row, 'data-tone', phone.lamp.tone);
        setText(row.querySelector('.status'), phone.lamp.label);
        const presence = phone.presence ?? null;
        const shown = row.querySelector('.presence');
        setText(shown, presence ? presence.text : '');
        setAttr(shown, 'data-presence', presence ? presence.tone : null);
        shown.hidden = !presence;
        setAttr(row.firstChild, 'aria-label', `${phone.extension}: ${phone.lamp.label}`
            + (presence ? `, ${presence.text}` : ''));
    });
    document.getElementById('phones-empty').hidden = phones.length > 0;
}

/**
 * Gives the focus back after a render when the focused element was removed or disabled: to the element with the
 * same id or row key if it is back, else to {@code fallback}.
 */
export function restoreFocus(document, before, fallback) {
    if (!before || before === document.body) return;
    if (before.isConnected && !before.disabled) {
        if (document.activeElement !== before) before.focus({ preventScroll: true });
        return;
    }
    const again = before.id ? document.getElementById(before.id) : null;
    (again && !again.disabled ? again : fallback).focus({ preventScroll: true });
}
