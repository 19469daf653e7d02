package org.switchboard.pbx.ami;

import org.asteriskjava.manager.AsteriskMapping;
import org.asteriskjava.manager.event.ManagerEvent;

/**
 * Asterisk's {@code QueueMemberPause} event, registered in place of asterisk-java's class. Asterisk-java's
 * QueueMemberPauseEvent declares {@code setPausedreason} and {@code setIncall} beside the inherited
 * {@code setPausedReason} and {@code setInCall}; the first time it builds one it logs four WARN lines about
 * the duplicate setters, on every start. This class has one setter per header the translator reads (the
 * other headers are skipped as asterisk-java skips any header without a setter), so nothing is logged.
 */
@AsteriskMapping("QueueMemberPause")
public class AmiQueueMemberPauseEvent extends ManagerEvent {

    private static final long serialVersionUID = 1L;

    private String queue;
    private String memberInterface;
    private String location;
    private String paused;
    private String pausedReason;
    private String reason;

    public AmiQueueMemberPauseEvent(Object source) {
        super(source);
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    /** The member's interface, e.g. {@code PJSIP/201} (Asterisk 12 and later). */
    public String getInterface() {
        return memberInterface;
    }

    public void setInterface(String memberInterface) {
        this.memberInterface = memberInterface;
    }

    /** The member's interface in the header of older Asterisk versions. */
    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    /** {@code 1} when paused, {@code 0} when not. */
    public String getPaused() {
        return paused;
    }

    public void setPaused(String paused) {
        this.paused = paused;
    }

    public String getPausedReason() {
        return pausedReason;
    }

    public void setPausedReason(String pausedReason) {
        this.pausedReason = pausedReason;
    }

    /** The pause reason in the header of older Asterisk versions. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
