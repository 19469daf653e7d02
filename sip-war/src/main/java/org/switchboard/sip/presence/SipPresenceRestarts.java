package org.switchboard.sip.presence;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where a restart of the presence service reaches the SIP side: every live SIP subscription watches its user again
 * and is NOTIFYed of the current presence ({@link SipPresence#reload()}). The endpoint's lifecycle says which
 * {@link SipPresence} serves while the endpoint runs.
 */
@ApplicationScoped
public class SipPresenceRestarts {

    private volatile SipPresence serving;

    /** @param presence the running SIP presence, or null once the endpoint stopped */
    public void serve(SipPresence presence) {
        serving = presence;
    }

    /** The presence service restarted: reloads the SIP subscriptions; false while the endpoint is stopped. */
    public boolean restarted() {
        SipPresence presence = serving;
        if (presence == null) {
            return false;
        }
        presence.reload();
        return true;
    }
}
