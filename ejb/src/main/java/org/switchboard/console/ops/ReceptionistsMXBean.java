package org.switchboard.console.ops;

/**
 * Receptionist accounts for administrators ({@code org.switchboard:type=Receptionists}). A refused change
 * throws an {@link IllegalArgumentException} that says why. Listings start with a header line.
 */
public interface ReceptionistsMXBean {

    /** The SIP digest realm the accounts' credentials are computed for. */
    String getSipRealm();

    /** One line per account: login, name, phone device, extension, personal queue, general queues, enabled. */
    String[] listReceptionists();

    /**
     * Creates an enabled account. {@code generalQueues} is comma-separated and may be empty. The password is
     * hashed and turned into SIP digest credentials; it is neither stored nor logged.
     */
    String createReceptionist(String login, String displayName, String password, String phoneDevice,
            String extension, String personalQueue, String generalQueues);

    /** Sets a new password (also after a change of the SIP realm); it is neither stored nor logged. */
    String setReceptionistPassword(String login, String password);
}
