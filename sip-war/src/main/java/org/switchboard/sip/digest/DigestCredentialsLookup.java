package org.switchboard.sip.digest;

import java.util.Optional;

import org.switchboard.console.model.DigestCredentials;

/**
 * Finds the digest credentials of a login in a realm (for the console, the receptionists' accounts: in the server,
 * {@code ReceptionistAccounts.digestCredentials}); empty for an unknown or disabled login, or for credentials
 * of another realm.
 */
@FunctionalInterface
public interface DigestCredentialsLookup {

    Optional<DigestCredentials> find(String login, String realm);
}
