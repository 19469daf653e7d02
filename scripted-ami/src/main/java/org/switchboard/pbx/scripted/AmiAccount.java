package org.switchboard.pbx.scripted;

import java.util.Objects;

/** The one AMI user the scripted server accepts. {@link #toString()} never shows the secret. */
public record AmiAccount(String username, String secret) {

    public AmiAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(secret, "secret");
    }

    public static AmiAccount of(String username, String secret) {
        return new AmiAccount(username, secret);
    }

    @Override
    public String toString() {
        return "AmiAccount[username=" + username + ", secret=***]";
    }
}
