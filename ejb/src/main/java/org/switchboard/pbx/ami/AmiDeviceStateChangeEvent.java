package org.switchboard.pbx.ami;

import org.asteriskjava.manager.AsteriskMapping;
import org.asteriskjava.manager.event.ResponseEvent;

/**
 * Asterisk's {@code DeviceStateChange} event, registered in place of asterisk-java's class. Asterisk uses
 * it both live and as the items of the DeviceStateList action (with an ActionID); asterisk-java's class is
 * not a {@link ResponseEvent}, so it would lose the ActionID and the action could not collect its items.
 */
@AsteriskMapping("DeviceStateChange")
public class AmiDeviceStateChangeEvent extends ResponseEvent {

    private static final long serialVersionUID = 1L;

    private String device;
    private String state;

    public AmiDeviceStateChangeEvent(Object source) {
        super(source);
    }

    public String getDevice() {
        return device;
    }

    public void setDevice(String device) {
        this.device = device;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
