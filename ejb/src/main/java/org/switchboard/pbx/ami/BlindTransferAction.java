package org.switchboard.pbx.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;

/**
 * The BlindTransfer action (Asterisk 12 and later), which asterisk-java 3.42 lacks: the peer of
 * {@code Channel} goes to {@code Exten@Context}. Public because asterisk-java reads the fields through their
 * getters.
 */
public final class BlindTransferAction extends AbstractManagerAction {

    private static final long serialVersionUID = 1L;

    private final String channel;
    private final String context;
    private final String exten;

    BlindTransferAction(String channel, String context, String exten) {
        this.channel = channel;
        this.context = context;
        this.exten = exten;
    }

    @Override
    public String getAction() {
        return "BlindTransfer";
    }

    public String getChannel() {
        return channel;
    }

    public String getContext() {
        return context;
    }

    public String getExten() {
        return exten;
    }
}
