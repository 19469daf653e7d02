package org.switchboard.pbx.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;

/**
 * The Park action as Asterisk 12 and later take it: asterisk-java 3.42's {@code ParkAction} knows only
 * {@code Channel}, the old {@code Channel2} and {@code Timeout}, so it cannot name the lot, the space or the
 * channel that gets the call back. Null fields are not sent. Public because asterisk-java reads the fields
 * through their getters.
 */
public final class ParkIntoSpaceAction extends AbstractManagerAction {

    private static final long serialVersionUID = 1L;

    private final String channel;
    private final String timeoutChannel;
    private final String parkinglot;
    private final String parkingSpace;
    private final Integer timeout;

    ParkIntoSpaceAction(String channel, String timeoutChannel, String parkinglot, String parkingSpace,
            Integer timeout) {
        this.channel = channel;
        this.timeoutChannel = timeoutChannel;
        this.parkinglot = parkinglot;
        this.parkingSpace = parkingSpace;
        this.timeout = timeout;
    }

    @Override
    public String getAction() {
        return "Park";
    }

    public String getChannel() {
        return channel;
    }

    public String getTimeoutChannel() {
        return timeoutChannel;
    }

    public String getParkinglot() {
        return parkinglot;
    }

    public String getParkingSpace() {
        return parkingSpace;
    }

    /** Milliseconds, as Asterisk takes it. */
    public Integer getTimeout() {
        return timeout;
    }
}
