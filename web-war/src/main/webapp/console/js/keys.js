// The one table of the console's actions: each has its key (shown on its button, in the help overlay and in
// aria-keyshortcuts), its words, and the commands that enable it. An action with commands is enabled exactly
// when the last STATE allows one of them; one without commands is always available.

export const ACTIONS = Object.freeze([
    { id: 'line1', key: '1', label: 'Line 1', help: 'Choose line 1 for the actions' },
    { id: 'line2', key: '2', label: 'Line 2', help: 'Choose line 2 for the actions' },
    { id: 'dial', key: 'd', label: 'Dial', commands: ['DIAL'], help: 'Dial a number on the chosen line' },
    { id: 'hold', key: 'h', label: 'Hold', commands: ['HOLD'], help: 'Put the call on the chosen line on hold' },
    { id: 'retrieve', key: 'r', label: 'Retrieve', commands: ['RETRIEVE'], help: 'Bring the held call back' },
    { id: 'hangUp', key: 'x', label: 'Hang up', commands: ['HANG_UP'], help: 'End the call on the chosen line' },
    { id: 'couple', key: 'c', label: 'Transfer', commands: ['COUPLE'], help: 'Connect line 1 and line 2 (couple)' },
    { id: 'park', key: 'p', label: 'Park', commands: ['PARK'], help: 'Park the call, with a note' },
    { id: 'directedPark', key: 'e', label: 'Park for…', commands: ['DIRECTED_PARK'],
        help: "Park the call for a colleague's extension" },
    { id: 'campOn', key: 'o', label: 'Camp on', commands: ['CAMP_ON'],
        help: 'Wait for a busy extension, then ring it' },
    { id: 'note', key: 'n', label: 'Note', commands: ['NOTE'], help: 'Write a note on the chosen call' },
    { id: 'takeBack', key: 't', label: 'Take back', commands: ['TAKE_BACK'],
        help: 'Take the chosen waiting or parked call (the first waiting one when none is chosen)' },
    { id: 'pause', key: 'u', label: 'Pause', commands: ['PAUSE', 'UNPAUSE'],
        help: 'Pause or unpause: no queue calls while paused' },
    { id: 'findPhone', key: '/', label: 'Find', help: 'Search the colleagues\u2019 phones' },
    { id: 'bugReport', key: 'b', label: 'Report a problem', commands: ['BUG_REPORT'],
        help: 'Send a bug report with a note and a call' },
    { id: 'reset', key: 'Z', label: 'Reset', commands: ['RESET'], help: 'Bring the console back to a defined state' },
    { id: 'logOut', key: 'L', label: 'Log out', commands: ['LOG_OUT'], help: 'Log out of the console' },
    { id: 'help', key: '?', label: 'Keys', help: 'Show or hide this list of keys' },
]);

const BY_KEY = new Map(ACTIONS.map(action => [action.key, action]));
const BY_ID = new Map(ACTIONS.map(action => [action.id, action]));

/** The action of a key as KeyboardEvent.key gives it ("R" with Shift), or undefined. */
export function actionForKey(key) {
    return BY_KEY.get(key);
}

export function action(id) {
    const found = BY_ID.get(id);
    if (!found) throw new Error(`no action ${id}`);
    return found;
}

/** The key as a person reads it ("Shift+R") and as aria-keyshortcuts wants it. */
export function keyLabel(key) {
    return /^[A-Z]$/.test(key) ? `Shift+${key}` : key.toUpperCase();
}

/** Whether an action may be used with this set of allowed commands (from the last STATE; none before it). */
export function enabled(actionOrId, allowed) {
    const a = typeof actionOrId === 'string' ? action(actionOrId) : actionOrId;
    return !a.commands || a.commands.some(command => allowed.has(command));
}

/** The command the pause action sends now: UNPAUSE when allowed and paused, else PAUSE. */
export function pauseCommand(allowed, paused) {
    if (allowed.has('UNPAUSE') && (paused || !allowed.has('PAUSE'))) return 'UNPAUSE';
    return 'PAUSE';
}
