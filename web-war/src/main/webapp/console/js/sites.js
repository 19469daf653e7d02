// The page in a pair of sites: which site the receptionist works on, from the SITE updates of her two links,
// and what resuming her session on the other site takes. Plain logic, no DOM: app.js wires it.

/**
 * The other site's console WebSocket, from what the server says of its site (GET /api/console/site:
 * {site, role, peerAddress}): none when it has no peer; SWB_PEER_ADDRESS as host:port, or a bare host on this
 * page's port (two sites serve the page on the same port), with this page's scheme.
 */
export function peerWebSocket(config, location) {
    const peer = (config?.peerAddress ?? '').trim();
    if (!peer) return null;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const hostPort = peer.includes(':') ? peer : `${peer}${location.port ? `:${location.port}` : ''}`;
    return `${scheme}://${hostPort}/sip/ws`;
}

/**
 * Where she works: the link whose last SITE update said active. heard() tells a switch when another link's
 * SITE update says active; a link that says passive, or goes quiet, changes nothing by itself (its last word
 * stands until the other site speaks), so a lost link to one site leaves her working with the other.
 */
export class SiteChoice {
    #sites = new Map();
    #working = null;

    /** The name of the link she works on, null before any site said active. */
    get working() {
        return this.#working;
    }

    /** The last SITE update of a link, if any. */
    site(link) {
        return this.#sites.get(link) ?? null;
    }

    /** A SITE update from {@code link}: {switched, from, to} (from is null for the first site she works on). */
    heard(link, site) {
        this.#sites.set(link, site);
        if (!site.active || link === this.#working) return { switched: false, from: this.#working, to: this.#working };
        const from = this.#working;
        this.#working = link;
        return { switched: true, from, to: link };
    }

    /** What to show: "secondary-b (secondary)", or '' before any site said active. */
    label() {
        const site = this.site(this.#working);
        return site ? `${site.site} (${site.role})` : '';
    }
}

/**
 * The command that resumes her pause on the site she switched to: PAUSE or UNPAUSE when the new site's session
 * (at work there, not PASSIVE) differs from what she had; null when nothing is to be sent.
 */
export function resumeCommand(wishPaused, state) {
    if (!state || state.state === 'PASSIVE' || state.state === 'LOGGED_OUT' || state.paused === wishPaused) {
        return null;
    }
    return wishPaused ? 'PAUSE' : 'UNPAUSE';
}
