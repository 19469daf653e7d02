package org.switchboard.web.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A request refused for one field: a body member of the wrong type or out of bounds, a path parameter that is not
 * what it names, a body too large. Answered 400 with a problem body whose {@code field} names it.
 */
public class InvalidField extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** @param reason what was expected, e.g. {@code expected 30 to 3600, got 10} (never the refused secret) */
    public InvalidField(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
