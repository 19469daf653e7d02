package org.switchboard.cdr.persistence;

/**
 * The database refused a call's record because a record of the same call id is stored: the other site's view
 * of the same call, or this site's own record stored again. Not an error: the call has its one row.
 */
public class CallRecordExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String callId;

    public CallRecordExistsException(String callId, Throwable cause) {
        super("a record of call " + callId + " is stored already", cause);
        this.callId = callId;
    }

    public String callId() {
        return callId;
    }
}
