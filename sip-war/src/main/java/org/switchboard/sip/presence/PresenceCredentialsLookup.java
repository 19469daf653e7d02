package org.switchboard.sip.presence;

import java.util.Optional;

import org.switchboard.presence.PresenceAccounts;

/**
 * Finds who a digest user name is for SIP presence, with her HA1s in the realm (in the server,
 * {@code PresenceAccounts.credentials}: receptionists by their login, other colleagues by their presence account);
 * empty for anybody else.
 */
@FunctionalInterface
public interface PresenceCredentialsLookup {

    Optional<PresenceAccounts.SipCredentials> find(String login);
}
