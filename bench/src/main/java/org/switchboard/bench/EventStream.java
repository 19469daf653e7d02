package org.switchboard.bench;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.switchboard.pbx.scripted.AmiMessage;
import org.switchboard.pbx.scripted.demo.DemoOffice;
import org.switchboard.pbx.scripted.demo.DemoOfficeDay;

/**
 * An endless stream of the AMI events a busy Asterisk 20 sends: the demo office day (reception calls queued,
 * answered, abandoned, parked, transferred; internal and outgoing calls; their device, extension and queue member
 * updates) played on {@link SimulatedTime}, so it is written as fast as it is read, with fresh unique ids, channel
 * names and bridge ids throughout. The same seed and origin give the same events again. One thread reads it.
 */
final class EventStream {

    private final Deque<AmiMessage> written = new ArrayDeque<>();
    private final SimulatedTime time;
    private final DemoOfficeDay day;

    /** @param origin where simulated time starts; unique ids carry its epoch seconds, as Asterisk's do */
    EventStream(DemoOffice office, long seed, Instant origin) {
        this.time = new SimulatedTime(origin);
        this.day = new DemoOfficeDay(office, time.clock(), time.scheduler(), written::add, seed, 1.0);
        day.start();
    }

    /** The next event, in the order the PBX sends them; its Timestamp is the simulated time it happened. */
    AmiMessage next() {
        while (written.isEmpty()) {
            if (!time.runNext()) {
                throw new IllegalStateException("the office day has nothing more scheduled");
            }
        }
        return written.poll();
    }

    /** How many calls the office day has started so far. */
    long callsStarted() {
        return day.callsStarted();
    }
}
