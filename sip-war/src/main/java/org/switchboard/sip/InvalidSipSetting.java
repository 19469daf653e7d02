package org.switchboard.sip;

/** A SIP setting that cannot be used; the message names the key so that the operator can fix it. */
public class InvalidSipSetting extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidSipSetting(String key, String value, String expected) {
        super("setting " + key + " is '" + (value == null ? "" : value) + "'; expected " + expected);
    }
}
