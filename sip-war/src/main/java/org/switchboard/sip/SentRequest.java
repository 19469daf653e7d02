package org.switchboard.sip;

import javax.sip.message.Response;

/** Hears what became of a request this server sent ({@link SipSender}); called once, from the stack's thread. */
public interface SentRequest {

    /** A final response came. */
    void answered(Response response);

    /** No final response will come: the transaction timed out or the message could not be sent. */
    void failed(String reason);
}
