// The colleagues' phones as the PHONES updates tell them, for the busy lamp field.

// One row per status: the lamp's tone (its colour class) and the words shown beside it.
const LAMPS = Object.freeze({
    IDLE: { tone: 'idle', label: 'Free' },
    RINGING_INTERNAL: { tone: 'ringing', label: 'Ringing, internal' },
    RINGING_EXTERNAL: { tone: 'ringing', label: 'Ringing, external' },
    BUSY_INTERNAL: { tone: 'busy', label: 'Busy, internal' },
    BUSY_EXTERNAL: { tone: 'busy-external', label: 'Busy, external' },
});
const NOT_REGISTERED = Object.freeze({ tone: 'offline', label: 'Not registered' });

/** The lamp of one phone: a phone that is not registered is shown so, whatever its status. */
export function lamp(phone) {
    if (!phone.registered) return NOT_REGISTERED;
    return LAMPS[phone.status] ?? { tone: 'unknown', label: phone.status };
}

function byExtension(a, b) {
    return a.extension.localeCompare(b.extension, 'en', { numeric: true });
}

/** The phones by extension: a full batch starts again from nothing, a partial one changes the phones it lists. */
export class PhoneBook {
    #phones = new Map();

    apply(update) {
        if (update.full) this.#phones.clear();
        for (const phone of update.phones) this.#phones.set(phone.extension, phone);
    }

    clear() {
        this.#phones.clear();
    }

    get size() {
        return this.#phones.size;
    }

    /** The phones whose extension or device contains {@code search} (all when empty), by extension, with lamps. */
    list(search = '') {
        const wanted = search.trim().toLowerCase();
        return [...this.#phones.values()]
            .filter(p => !wanted || p.extension.includes(wanted) || p.device.toLowerCase().includes(wanted))
            .sort(byExtension)
            .map(p => ({ ...p, lamp: lamp(p) }));
    }
}
