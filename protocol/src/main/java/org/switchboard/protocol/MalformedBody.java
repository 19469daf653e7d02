package org.switchboard.protocol;

/**
 * A body that is not a well-formed message, with the reason. Thrown inside the codec's readers only, and
 * turned into {@link Decoded.Invalid} before decoding returns; it carries no stack trace.
 */
final class MalformedBody extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Problem problem;

    MalformedBody(String reason) {
        this(Problem.MALFORMED, reason);
    }

    MalformedBody(Problem problem, String reason) {
        super(reason, null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
