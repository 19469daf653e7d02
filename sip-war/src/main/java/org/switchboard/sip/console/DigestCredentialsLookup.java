package org.switchboard.sip.console;

import java.util.Optional;

import org.switchboard.console.model.DigestCredentials;

/**
 * Finds a receptionist's digest credentials in a realm (the accounts store: in the server,
 * {@code ReceptionistAccounts.digestCredentials}); empty for an unknown or disabled login, or for credentials
 * of another realm.
 */
@FunctionalInterface
public interface DigestCredentialsLookup {

    Optional<DigestCredentials> find(String login, String realm);
}
