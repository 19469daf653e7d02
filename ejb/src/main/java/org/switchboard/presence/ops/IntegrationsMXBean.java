package org.switchboard.presence.ops;

/**
 * The accounts of the integrations (CTI servers) that make passive logins through the presence REST API
 * ({@code org.switchboard:type=Integrations}). A refused change throws an {@link IllegalArgumentException} that says
 * why. Listings start with a header line.
 */
public interface IntegrationsMXBean {

    /** One line per account: name, when it was created, how many passive logins it holds now. */
    String[] listIntegrations();

    /** Creates an account; the password is hashed, neither stored nor logged. */
    String createIntegration(String name, String password);

    /** Sets a new password; it is neither stored nor logged. */
    String setIntegrationPassword(String name, String password);

    /** Removes an account and ends every passive login it made. */
    String removeIntegration(String name);
}
