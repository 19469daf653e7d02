package org.switchboard.sip.console;

import java.util.Optional;

/** Finds a receptionist's digest credentials (the accounts store); empty for an unknown or disabled login. */
@FunctionalInterface
public interface DigestCredentialsLookup {

    Optional<DigestCredentials> find(String login, String realm);
}
