// The MD5 answer to a SIP digest challenge (RFC 2617/7616, qop=auth), for the log in. JsSIP 3.13 answers a 401
// by itself only from the first WWW-Authenticate header and only for MD5; the server offers SHA-256 first, then
// MD5 (docs/console-sip.md). So when JsSIP gives up, the link answers the MD5 challenge with this.

/** The MD5 challenge among a 401's parsed WWW-Authenticate headers (JsSIP's parser), or undefined. */
export function md5Challenge(challenges) {
    return challenges.find(c => c && c.realm !== undefined && c.nonce !== undefined
        && (c.algorithm ?? 'MD5').toUpperCase() === 'MD5'
        && (!c.qop || [].concat(c.qop).map(q => q.toLowerCase()).includes('auth')));
}

/**
 * The Authorization header's value for {@code method} {@code uri}, answering {@code challenge} with the login and
 * password; {@code md5} hashes a string to lower-case hex, {@code cnonce} is a fresh random token.
 */
export function authorization({ challenge, method, uri, login, password, md5, cnonce, nc = 1 }) {
    const quoted = value => `"${String(value).replace(/["\\]/g, '\\$&')}"`;
    const ha1 = md5(`${login}:${challenge.realm}:${password}`);
    const ha2 = md5(`${method}:${uri}`);
    const count = nc.toString(16).padStart(8, '0');
    const qop = challenge.qop ? 'auth' : null;
    const response = qop ? md5(`${ha1}:${challenge.nonce}:${count}:${cnonce}:auth:${ha2}`)
        : md5(`${ha1}:${challenge.nonce}:${ha2}`);
    const parts = [`Digest username=${quoted(login)}`, `realm=${quoted(challenge.realm)}`,
        `nonce=${quoted(challenge.nonce)}`, `uri=${quoted(uri)}`, `response=${quoted(response)}`, 'algorithm=MD5'];
    if (qop) parts.push('qop=auth', `nc=${count}`, `cnonce=${quoted(cnonce)}`);
    if (challenge.opaque) parts.push(`opaque=${quoted(challenge.opaque)}`);
    return parts.join(', ');
}
