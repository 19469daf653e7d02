package org.switchboard.pbx.scripted.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** One static member of one queue: a phone, its status as the queue sees it and its call counters. */
final class QueueMember {

    static final int NOT_INUSE = 1;

    private final String queue;
    private final DemoOffice.Phone phone;
    private final long loginTime;
    private int status = NOT_INUSE;
    private boolean inCall;
    private int callsTaken;
    private long lastCall;

    QueueMember(String queue, DemoOffice.Phone phone, long loginTime) {
        this.queue = queue;
        this.phone = phone;
        this.loginTime = loginTime;
    }

    String queue() {
        return queue;
    }

    String extension() {
        return phone.extension();
    }

    String name() {
        return phone.name();
    }

    String location() {
        return "PJSIP/" + phone.extension();
    }

    boolean available() {
        return status == NOT_INUSE;
    }

    void status(int status) {
        this.status = status;
    }

    void inCall(boolean inCall) {
        this.inCall = inCall;
    }

    void tookCall(long epochSecond) {
        callsTaken++;
        lastCall = epochSecond;
    }

    /** The member as QueueMemberStatus and QueueMemberAdded report it. */
    Map<String, String> eventBlock() {
        Map<String, String> block = new LinkedHashMap<>();
        block.put("Queue", queue);
        block.put("MemberName", phone.name());
        block.put("Interface", location());
        block.put("StateInterface", location());
        common(block);
        block.put("Ringinuse", "0");
        block.put("Wrapuptime", "0");
        return block;
    }

    /** The member as an item of a QueueStatus answer. */
    Map<String, String> listBlock() {
        Map<String, String> block = new LinkedHashMap<>();
        block.put("Queue", queue);
        block.put("Name", phone.name());
        block.put("Location", location());
        block.put("StateInterface", location());
        common(block);
        block.put("Wrapuptime", "0");
        return block;
    }

    private void common(Map<String, String> block) {
        block.put("Membership", "static");
        block.put("Penalty", "0");
        block.put("CallsTaken", Integer.toString(callsTaken));
        block.put("LastCall", Long.toString(lastCall));
        block.put("LastPause", "0");
        block.put("LoginTime", Long.toString(loginTime));
        block.put("InCall", inCall ? "1" : "0");
        block.put("Status", Integer.toString(status));
        block.put("Paused", "0");
        block.put("PausedReason", "");
    }
}
