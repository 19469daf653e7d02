package org.switchboard.sip.stack;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;

import gov.nist.javax.sip.EventScanner;
import gov.nist.javax.sip.EventWrapper;
import gov.nist.javax.sip.SipStackImpl;

/**
 * Stops a JAIN-SIP stack completely, working around two defects of jain-sip-ri 1.3.0-91:
 * <ul>
 * <li>{@code SipStack.stop()} marks the event scanner stopped but leaves its thread blocked on an empty queue;
 * that thread is not a daemon and lives until the next event. After stopping, one harmless event is queued
 * (an {@link IOExceptionEvent} that the server's and the test agent's listeners log at DEBUG) so that the
 * thread wakes up and ends.</li>
 * <li>A TCP listening point whose port could not be bound stays registered, and stopping it throws a
 * NullPointerException that aborts {@code stop()} before the other sockets and the timer are closed. The
 * listening points are therefore deleted one by one first.</li>
 * </ul>
 * {@code stop()} itself sleeps for one second; nothing can be done about that.
 */
public final class StackShutdown {

    /** The host named by the wake-up event; the stack's listener shows it in its DEBUG line. */
    private static final String WAKE_UP = "(SIP stack stopped)";

    private StackShutdown() {
    }

    /** Stops the stack: its sockets are closed and its threads end. */
    public static void stop(SipStackImpl stack) {
        deleteListeningPoints(stack);
        EventScanner scanner = stack.getEventScanner();
        stack.stop();
        if (scanner != null) {
            scanner.addEvent(new EventWrapper(new IOExceptionEvent(stack, WAKE_UP, 0, "none"), null));
        }
    }

    private static void deleteListeningPoints(SipStackImpl stack) {
        List<ListeningPoint> points = new ArrayList<>();
        for (Iterator<?> it = stack.getListeningPoints(); it.hasNext();) {
            points.add((ListeningPoint) it.next());
        }
        for (ListeningPoint point : points) {
            try {
                stack.deleteListeningPoint(point);
            } catch (ObjectInUseException | RuntimeException e) {
                // a TCP point whose port could not be bound throws here, once removed
            }
        }
    }
}
