package org.switchboard.pbx.ami;

import org.asteriskjava.manager.AsteriskMapping;
import org.asteriskjava.manager.event.ResponseEvent;

/** The end of the DeviceStateList items; asterisk-java 3.42.2 has no class for it and would drop it. */
@AsteriskMapping("DeviceStateListComplete")
public class AmiDeviceStateListCompleteEvent extends ResponseEvent {

    private static final long serialVersionUID = 1L;

    private String eventList;
    private Integer listItems;

    public AmiDeviceStateListCompleteEvent(Object source) {
        super(source);
    }

    public String getEventList() {
        return eventList;
    }

    public void setEventList(String eventList) {
        this.eventList = eventList;
    }

    public Integer getListItems() {
        return listItems;
    }

    public void setListItems(Integer listItems) {
        this.listItems = listItems;
    }
}
