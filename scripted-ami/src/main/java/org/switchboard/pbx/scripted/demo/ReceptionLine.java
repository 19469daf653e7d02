package org.switchboard.pbx.scripted.demo;

import java.util.Set;
import org.switchboard.pbx.scripted.LiveOffice;

/**
 * How a demo day reaches the simulated PBX for the calls the PBX itself carries: outside callers who dial the
 * reception and wait in its queue, rung to the desks that consoles logged in (their QueueAdd), answered by the
 * desk's phone, and from then on moved only by the consoles' commands and the phones. The day only makes such
 * a caller give up while it still waits in a queue, and leaves the phones that consoles drive alone.
 */
public interface ReceptionLine {

    /** An outside caller dials {@code dialled} (9000, 9201, 9202) on the trunk; returns the caller's channel. */
    String call(String dialled, String number, String name);

    /** The caller on {@code channel} hangs up if it still waits in a queue; never once the call went elsewhere. */
    void giveUpIfWaiting(String channel);

    /** The extensions the day must not script now: phones in a queue (consoles' desks) or on a PBX call. */
    Set<String> taken();

    /** The line to the PBX that {@code office} is around. */
    static ReceptionLine of(LiveOffice office) {
        return new ReceptionLine() {
            @Override
            public String call(String dialled, String number, String name) {
                return office.trunkCalls(dialled, number, name).channel();
            }

            @Override
            public void giveUpIfWaiting(String channel) {
                office.giveUpIfWaiting(channel);
            }

            @Override
            public Set<String> taken() {
                return office.takenExtensions();
            }
        };
    }
}
