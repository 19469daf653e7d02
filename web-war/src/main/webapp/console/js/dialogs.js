// The console's dialogs (<dialog> elements of index.html): open one modal, give the focus to its first field, and
// resolve true when it was confirmed (its primary button, or Enter), false when cancelled (its Cancel button or
// Esc). The focus then returns to where it was.

/**
 * Wires the dialogs' Cancel buttons, Enter in their notes (Shift+Enter for a new line), and the fields marked
 * data-select, whose text is selected when they get the focus, so that typing replaces what was filled in.
 */
export function wireDialogs(document) {
    for (const field of document.querySelectorAll('dialog [data-select]')) {
        field.addEventListener('focus', () => field.select());
    }
    for (const dialog of document.querySelectorAll('dialog')) {
        const form = dialog.querySelector('form');
        const ok = form.querySelector('button.primary');
        for (const cancel of form.querySelectorAll('button[value="cancel"]')) {
            if (cancel === ok) continue;
            cancel.type = 'button';
            cancel.addEventListener('click', () => dialog.close('cancel'));
        }
        form.addEventListener('keydown', event => {
            if (event.key === 'Enter' && !event.shiftKey && event.target.tagName === 'TEXTAREA') {
                event.preventDefault();
                form.requestSubmit(ok);
            }
        });
    }
}

/** Opens a dialog after {@code prepare(dialog)} and focuses its first field; resolves whether it was confirmed. */
export function ask(document, id, prepare = () => {}) {
    const dialog = document.getElementById(id);
    const before = document.activeElement;
    prepare(dialog);
    dialog.returnValue = '';
    return new Promise(resolve => {
        dialog.addEventListener('close', () => {
            if (before && before.isConnected) before.focus({ preventScroll: true });
            resolve(dialog.returnValue === 'ok');
        }, { once: true });
        dialog.showModal();
        dialog.querySelector('input, textarea, select')?.focus();
    });
}
