// The page watch.html: a receptionist's colleagues' presence over SIP, through sip-presence.js (JsSIP's
// Subscriber), in the words and colours of the console. For colleagues or tools that do without the console
// protocol; the console itself shows presence from its own PRESENCE updates.

import { SipPresenceWatch } from './sip-presence.js';

const $ = id => document.getElementById(id);
let watch = null;
let connectedAs = '';

function row(user) {
    let item = $('watch-list').querySelector(`li[data-key="${CSS.escape(user)}"]`);
    if (item) return item;
    item = document.createElement('li');
    item.className = 'phone';
    item.dataset.key = user;
    const extension = Object.assign(document.createElement('span'), { className: 'extension', textContent: user });
    const presence = Object.assign(document.createElement('span'), { className: 'presence', textContent: '…' });
    const state = Object.assign(document.createElement('span'), { className: 'status watch-state' });
    const stop = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Stop' });
    stop.setAttribute('aria-label', `Stop watching ${user}`);
    stop.addEventListener('click', () => {
        watch.unwatch(user);
        item.remove();
        $('watch-empty').hidden = watch.users.length > 0;
    });
    const line = Object.assign(document.createElement('div'), { className: 'phone-button watch-row' });
    line.append(extension, state, stop, presence);
    item.append(line);
    $('watch-list').append(item);
    $('watch-empty').hidden = true;
    return item;
}

function connection(up) {
    $('connection').dataset.state = up ? 'online' : 'reconnecting';
    $('connection-text').textContent = up ? `Connected as ${connectedAs}` : 'Reconnecting…';
}

const listener = {
    connection,
    presence(user, shown) {
        const presence = row(user).querySelector('.presence');
        presence.textContent = shown.text;
        presence.dataset.presence = shown.tone;
    },
    watching(user, words) {
        row(user).querySelector('.watch-state').textContent = words;
    },
};

async function connect(event) {
    event.preventDefault();
    const login = $('login-user').value.trim();
    const password = $('login-password').value;
    if (!login || !password) {
        $('login-error').textContent = 'Enter your login and password.';
        return;
    }
    $('login-submit').disabled = true;
    connectedAs = login;
    watch?.stop();
    watch = new SipPresenceWatch({ JsSIP: window.JsSIP, listener, login, password, domain: location.hostname,
        url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sip/ws` });
    const result = await watch.start();
    $('login-submit').disabled = false;
    if (!result.ok) {
        $('login-error').textContent = `Not connected: ${result.reason}`;
        return;
    }
    connection(true);
    $('login').hidden = true;
    $('watching').hidden = false;
    $('watch-user').focus();
}

function add(event) {
    event.preventDefault();
    const user = $('watch-user').value.trim();
    $('watch-error').textContent = '';
    try {
        watch.watch(user);
        row(user);
        $('watch-user').value = '';
    } catch (e) {
        $('watch-error').textContent = e.message;
    }
}

$('login-form').addEventListener('submit', connect);
$('watch-form').addEventListener('submit', add);
window.switchboardWatch = { ready: true };
