package org.switchboard.web.problem;

/**
 * A request refused for one field: a body member of the wrong type or out of bounds, a path parameter that is not
 * what it names, a body too large. Answered 400 with a problem body whose {@code field} names it
 * ({@link InvalidFieldMapper}). Plain Java, so that the parsing that raises it is tested without a JAX-RS runtime.
 */
public class InvalidField extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** @param reason what was expected, e.g. {@code expected 30 to 3600, got 10} (never the refused secret) */
    public InvalidField(String field, String reason) {
        super(field + ": " + reason, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
