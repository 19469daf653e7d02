package org.switchboard.console.model;

/** A receptionist's field that cannot be used; the message names the field and what it should be. */
public class InvalidReceptionist extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidReceptionist(String field, String value, String expected) {
        super(field + " is '" + (value == null ? "" : value) + "'; expected " + expected);
    }
}
