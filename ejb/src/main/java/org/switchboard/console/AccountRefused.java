package org.switchboard.console;

/** A change of accounts that cannot be made as asked (a login taken, an unknown login); the message says why. */
public class AccountRefused extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public AccountRefused(String reason) {
        super(reason);
    }
}
