// The colleagues' presence as the PRESENCE updates tell it, shown beside each colleague's phone: words always, and
// a colour (its tone) that only repeats them.

// One row per status: the words and the tone (the colour class).
const STATUSES = Object.freeze({
    'available': { tone: 'available', label: 'Available' },
    'away': { tone: 'away', label: 'Away' },
    'busy': { tone: 'busy', label: 'Busy' },
    'do-not-disturb': { tone: 'busy', label: 'Do not disturb' },
    'on-the-phone': { tone: 'on-the-phone', label: 'On the phone' },
    'offline': { tone: 'offline', label: 'Offline' },
});

/** The statuses the receptionist may state, in the order her control offers them, with their words. */
export const OWN_STATUSES = Object.freeze(['available', 'away', 'busy', 'do-not-disturb']
    .map(status => ({ status, label: STATUSES[status].label })));

/** How a user's presence is shown: its words (with her note), its tone; a status the page does not know as it is. */
export function look(user) {
    const known = STATUSES[user.status] ?? { tone: 'unknown', label: user.status };
    return { ...known, note: user.note, text: user.note ? `${known.label}: ${user.note}` : known.label };
}

/** The users' presence: a full batch starts again from nothing; of each user the highest version is kept. */
export class PresenceBook {
    #users = new Map();

    apply(update) {
        if (update.full) this.#users.clear();
        for (const user of update.users) {
            const known = this.#users.get(user.user);
            if (update.full || !known || user.version >= known.version) this.#users.set(user.user, user);
        }
    }

    clear() {
        this.#users.clear();
    }

    /** How the presence of a colleague (by her extension) is shown, or null when none was told. */
    of(extension) {
        const user = this.#users.get(extension);
        return user ? look(user) : null;
    }

    /** The phones of a PhoneBook listing, each with its user's presence (null when none was told). */
    beside(phones) {
        return phones.map(phone => ({ ...phone, presence: this.of(phone.extension) }));
    }
}
