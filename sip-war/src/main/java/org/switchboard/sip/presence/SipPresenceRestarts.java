package org.switchboard.sip.presence;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.switchboard.presence.PresenceRestarted;

/**
 * Where a restart of the presence service ({@link PresenceRestarted}) reaches the SIP side: every live SIP
 * subscription watches its user again and is NOTIFYed of the current presence ({@link SipPresence#reload()}), on
 * the managed executor, not on the restarting thread. The endpoint's lifecycle says which {@link SipPresence}
 * serves while the endpoint runs.
 */
@ApplicationScoped
public class SipPresenceRestarts {

    @Resource
    ManagedExecutorService executor;

    private volatile SipPresence serving;

    /** @param presence the running SIP presence, or null once the endpoint stopped */
    public void serve(SipPresence presence) {
        serving = presence;
    }

    void restarted(@Observes PresenceRestarted restarted) {
        SipPresence presence = serving;
        if (presence != null) {
            executor.execute(presence::reload);
        }
    }
}
