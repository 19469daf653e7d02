package org.switchboard.presence.ops;

/**
 * The SIP presence accounts of colleagues who are not receptionists ({@code org.switchboard:type=PresenceAccounts}):
 * each lets one user (her extension, also the digest user name) SUBSCRIBE to presence and PUBLISH her own.
 * Receptionists need none: they use their console login and password. A refused change throws an
 * {@link IllegalArgumentException} that says why. Listings start with a header line.
 */
public interface PresenceAccountsMXBean {

    /** The digest realm of the accounts ({@code SWB_SIP_REALM}). */
    String getSipRealm();

    /** One line per account: user, realm, when it was created and last changed. */
    String[] listPresenceAccounts();

    /** Creates the account of {@code user}; the password becomes the realm's HA1s, neither stored nor logged. */
    String createPresenceAccount(String user, String password);

    /** Sets a new password (in the configured realm); it is neither stored nor logged. */
    String setPresenceAccountPassword(String user, String password);

    /** Removes the account: its next requests are refused (subscriptions it made run until they end). */
    String removePresenceAccount(String user);
}
