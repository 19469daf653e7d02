package org.switchboard.pbx.ami;

import org.asteriskjava.manager.AsteriskMapping;
import org.asteriskjava.manager.event.ResponseEvent;

/**
 * Asterisk's {@code ParkedCall} event, registered in place of asterisk-java's own class for two reasons.
 * Asterisk sends the same event live and as the item list of the ParkedCalls action, and only a
 * {@link ResponseEvent} keeps the ActionID that tells the two apart and lets the action collect its items;
 * asterisk-java's class is not one. Its class also has no setters for the {@code Parker*} headers (the
 * channel that parked the call) and two competing setters for {@code ParkeeLinkedid}.
 */
@AsteriskMapping("ParkedCall")
public class AmiParkedCallEvent extends ResponseEvent {

    private static final long serialVersionUID = 1L;

    private String parkeeChannel;
    private String parkeeUniqueid;
    private String parkeeLinkedid;
    private String parkerChannel;
    private String parkerUniqueid;
    private String parkerLinkedid;
    private String parkerDialString;
    private String parkinglot;
    private String parkingSpace;
    private Long parkingTimeout;
    private Long parkingDuration;

    public AmiParkedCallEvent(Object source) {
        super(source);
    }

    public String getParkeeChannel() {
        return parkeeChannel;
    }

    public void setParkeeChannel(String parkeeChannel) {
        this.parkeeChannel = parkeeChannel;
    }

    public String getParkeeUniqueid() {
        return parkeeUniqueid;
    }

    public void setParkeeUniqueid(String parkeeUniqueid) {
        this.parkeeUniqueid = parkeeUniqueid;
    }

    public String getParkeeLinkedid() {
        return parkeeLinkedid;
    }

    public void setParkeeLinkedid(String parkeeLinkedid) {
        this.parkeeLinkedid = parkeeLinkedid;
    }

    public String getParkerChannel() {
        return parkerChannel;
    }

    public void setParkerChannel(String parkerChannel) {
        this.parkerChannel = parkerChannel;
    }

    public String getParkerUniqueid() {
        return parkerUniqueid;
    }

    public void setParkerUniqueid(String parkerUniqueid) {
        this.parkerUniqueid = parkerUniqueid;
    }

    public String getParkerLinkedid() {
        return parkerLinkedid;
    }

    public void setParkerLinkedid(String parkerLinkedid) {
        this.parkerLinkedid = parkerLinkedid;
    }

    public String getParkerDialString() {
        return parkerDialString;
    }

    public void setParkerDialString(String parkerDialString) {
        this.parkerDialString = parkerDialString;
    }

    public String getParkinglot() {
        return parkinglot;
    }

    public void setParkinglot(String parkinglot) {
        this.parkinglot = parkinglot;
    }

    public String getParkingSpace() {
        return parkingSpace;
    }

    public void setParkingSpace(String parkingSpace) {
        this.parkingSpace = parkingSpace;
    }

    public Long getParkingTimeout() {
        return parkingTimeout;
    }

    public void setParkingTimeout(Long parkingTimeout) {
        this.parkingTimeout = parkingTimeout;
    }

    public Long getParkingDuration() {
        return parkingDuration;
    }

    public void setParkingDuration(Long parkingDuration) {
        this.parkingDuration = parkingDuration;
    }
}
