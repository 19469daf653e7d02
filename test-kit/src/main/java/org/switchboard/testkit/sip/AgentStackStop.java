package org.switchboard.testkit.sip;

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
 * Stops the agent's JAIN-SIP stack completely, around two defects of jain-sip-ri 1.3.0-91 (the server's
 * {@code StackShutdown} does the same): the event scanner thread, not a daemon, stays blocked after
 * {@code stop()} until one more event comes, so one harmless event is queued; and a TCP listening point that
 * failed to bind makes {@code stop()} throw before it closes anything, so it is removed first.
 */
final class AgentStackStop {

    private AgentStackStop() {
    }

    static void stop(SipStackImpl stack) {
        List<ListeningPoint> points = new ArrayList<>();
        for (Iterator<?> it = stack.getListeningPoints(); it.hasNext();) {
            points.add((ListeningPoint) it.next());
        }
        for (ListeningPoint point : points) {
            try {
                stack.deleteListeningPoint(point);
            } catch (ObjectInUseException | RuntimeException e) {
                // a never-opened TCP socket throws while stopping; the point is removed all the same
            }
        }
        EventScanner scanner = stack.getEventScanner();
        stack.stop();
        if (scanner != null) {
            scanner.addEvent(new EventWrapper(new IOExceptionEvent(stack, "(test agent stopped)", 0, "none"), null));
        }
    }
}
