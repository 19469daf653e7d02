package org.switchboard.presence;

import jakarta.ejb.ApplicationException;

/**
 * The presence service cannot take a change of this user now: her lane is full, or the change did not finish in
 * time. Not the caller's mistake; the caller may try again (a REST API answers 503, a SIP handler 500).
 */
@ApplicationException
public class PresenceBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PresenceBusy(String message) {
        super(message);
    }
}
