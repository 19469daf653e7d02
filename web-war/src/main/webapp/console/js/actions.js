// What each of the console's actions does: the command it sends, with which line or call, through which dialog.
// Whether an action may be used is the keys table's "enabled" from the last STATE; the server has the last word.

import { action, enabled, pauseCommand } from './keys.js';
import { InvalidCommand, LIMITS } from './protocol.js';
import { ask } from './dialogs.js';

/**
 * The actions of the page: {@code ui} gives the page's state ({@code page}: link, state, chosen line), the allowed
 * commands now, and how to show an error, render and go back to the log in.
 */
export function consoleActions({ page, allowed, showError, render, loggedOut }) {
    const $ = id => document.getElementById(id);

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
        logOut: () => Promise.all(Object.values(page.links ?? { here: page.link }).map(link => link.logOut()))
            .then(() => loggedOut('You logged out.')),
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

    return { run, takeBack, dial, chooseLineNumber };
}
