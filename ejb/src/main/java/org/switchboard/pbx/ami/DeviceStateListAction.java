package org.switchboard.pbx.ami;

import org.asteriskjava.manager.action.AbstractManagerAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.event.ResponseEvent;

/**
 * The DeviceStateList action, which asterisk-java 3.42.2 lacks: Asterisk answers with one
 * {@code DeviceStateChange} per device (see {@link AmiDeviceStateChangeEvent}) and a
 * {@code DeviceStateListComplete}.
 */
public class DeviceStateListAction extends AbstractManagerAction implements EventGeneratingAction {

    private static final long serialVersionUID = 1L;

    @Override
    public String getAction() {
        return "DeviceStateList";
    }

    @Override
    public Class<? extends ResponseEvent> getActionCompleteEventClass() {
        return AmiDeviceStateListCompleteEvent.class;
    }
}
