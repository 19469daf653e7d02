package org.switchboard.shared.model;

/** A configuration value that cannot be used; the message names the key so the operator can fix it. */
public class InvalidSetting extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidSetting(String key, String value, String expected) {
        super("setting " + key + " is '" + (value == null ? "" : value) + "'; expected " + expected);
    }
}
